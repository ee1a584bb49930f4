import KaderCore
import KaderTestSupport
import Testing

@Suite struct CostComparisonTests {
    @Test func in2019TheEstimateOf24Point6MillionStandsBeside3Point4MillionSpent() throws {
        let comparisons = CostComparison.compare(try Corpus.iraqRegistry())
        let biv2019 = try #require(comparisons.first { $0.year == 2019 && $0.missionID == nil && $0.budget == "BIV" })
        #expect(biv2019.latestEstimate?.amountCents == 2_460_000_000)
        #expect(biv2019.actualCents == 340_000_000)
        #expect(!Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2019-06-01")).contains { $0.rule == .costOverrun })
    }

    func line(_ id: String, _ amount: Int64, _ kind: CostKind, document: String) -> CostLine {
        CostLine(
            id: id, missionID: "NMI", contributionID: nil, year: 2025, amountCents: amount * 100, kind: kind,
            scope: "inzet", budgetSource: "BIV", documentID: document, provenance: MonitorFixture.entered())
    }

    @Test func aLaterLetterThatChangesTheEstimateAndSpendingAboveItAreReported() {
        var fixture = MonitorFixture()
        fixture.letter("a", .artikel100, on: "2024-07-01")
        fixture.letter("b", .voortgangsrapportage, on: "2025-05-01")
        fixture.letter("c", .voortgangsrapportage, on: "2026-05-01")
        fixture.registry.costs = [
            line("e1", 18_300_000, .estimate, document: "a"), line("e2", 20_000_000, .estimate, document: "b"),
            line("r", 21_500_000, .actual, document: "c"),
        ]
        let changed = CostComparison.alerts(fixture.registry, asOf: .at("2026-06-01")).filter {
            $0.rule == .estimateChanged
        }
        #expect(changed.count == 1)
        #expect(changed.first?.message.contains("€ 18,3 miljoen naar € 20 miljoen") == true)
        let overrun = CostComparison.alerts(fixture.registry, asOf: .at("2026-06-01")).filter {
            $0.rule == .costOverrun
        }
        #expect(overrun.first?.message.contains("€ 21,5 miljoen") == true)
        // Before the report of 2026 nothing was spent yet as far as the registry knew.
        #expect(fixture.alerts(.costOverrun, asOf: "2025-12-31").isEmpty)
    }

    @Test func inJune2019TheCheckShowsHowMuchOfThe2019EstimateIsSpent() throws {
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2019-06-01"))
        let status = try #require(alerts.first { $0.rule == .costStatus })
        #expect(status.severity == .info)
        #expect(status.message == "Kosten 2019 (BIV): geraamd € 24,6 miljoen, gerealiseerd € 3,4 miljoen (14 %).")
        #expect(status.facts.count == 2)
        // Two years on it is history, not news.
        #expect(!Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2021-06-01")).contains { $0.rule == .costStatus })
    }
}
