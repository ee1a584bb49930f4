import KaderCore
import KaderTestSupport
import Testing

@Suite struct ReportingDutyRulesTests {
    @Test func theIraqProgressReportIsOverdueAYearAfterTheLastOneInTheRegistry() throws {
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2024-11-01"))
        let report = try #require(alerts.first { $0.rule == .progressReportOverdue })
        #expect(report.subject.id == "irak")
        #expect(report.due == .at("2021-05-01"))
        #expect(report.message.contains("mei 2020 – mei 2021"))
        let quotes = report.facts.compactMap { $0.provenance.span?.quote.split(separator: "\n").joined() }
        #expect(quotes.contains { $0.contains("jaarlijkse voortgangsrapportage") })
        #expect(report.subject.name == "irak (NMI, OIR)")
    }

    @Test func theProgressReportIsAnnouncedWithinTheHorizonAndOverdueAfterItsDay() {
        var fixture = MonitorFixture()
        fixture.decide("est", on: "2023-01-01", .establish, cap: 10, start: "2023-01-01", end: "2026-12-31")
        fixture.letter("vgr", .voortgangsrapportage, on: "2024-02-29")
        fixture.staff(10, on: "2024-02-29")
        fixture.registry.staffing[0].provenance = .source(
            SourceSpan(documentID: "vgr", start: 0, end: 3, quote: "vgr"))
        // A report of the leap day is due again on 28 February 2025.
        #expect(fixture.alerts(.progressReportDue, asOf: "2024-11-29").isEmpty)
        #expect(fixture.alerts(.progressReportDue, asOf: "2024-11-30").first?.due == .at("2025-02-28"))
        #expect(fixture.alerts(.progressReportOverdue, asOf: "2025-02-28").isEmpty)
        #expect(fixture.alerts(.progressReportOverdue, asOf: "2025-03-01").count == 1)
    }

    @Test func aDeploymentWhoseContributionsHaveAllEndedOwesAFinalEvaluationUntilOneIsLinked() {
        var fixture = MonitorFixture()
        fixture.decide("est", on: "2020-01-01", .establish, cap: 10, start: "2020-01-01", end: "2021-06-30")
        #expect(fixture.alerts(.finalEvaluationOwed, asOf: "2021-06-30").isEmpty)
        let owed = fixture.alerts(.finalEvaluationOwed, asOf: "2021-07-01")
        #expect(owed.first?.severity == .warning)
        #expect(owed.first?.due == .at("2021-06-30"))
        #expect(fixture.alerts(.progressReportOverdue, asOf: "2021-07-01").isEmpty)
        fixture.letter("eval", .evaluatie, on: "2022-03-01")
        fixture.registry.lessons = [
            Lesson(
                id: "l", missionID: "NMI", text: "les", change: nil,
                provenance: .source(SourceSpan(documentID: "eval", start: 0, end: 4, quote: "eval")))
        ]
        #expect(fixture.alerts(.finalEvaluationOwed, asOf: "2022-02-28").count == 1)
        #expect(fixture.alerts(.finalEvaluationOwed, asOf: "2022-03-01").isEmpty)
    }

    @Test func contributionsOutsideArticle100OweNoFinalEvaluation() throws {
        // IRINI (Middellandse Zee) ended in 2021 but is no article 100 contribution.
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2024-11-01"))
        #expect(!alerts.contains { $0.rule == .finalEvaluationOwed })
    }
}

@Suite struct FinalEvaluationOnTheRealRegistryTests {
    @Test func afterJuly2025TheIraqDeploymentOwesItsFinalEvaluationWhateverStaleRecordsRemain() throws {
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2025-08-15"))
        let owed = try #require(alerts.first { $0.rule == .finalEvaluationOwed })
        #expect(owed.subject.id == "irak")
        #expect(owed.due == .at("2025-07-31"))
        let quotes = owed.facts.compactMap { $0.provenance.span?.quote.split(separator: "\n").joined() }
        #expect(quotes.contains { $0.contains("onafhankelijk uitgevoerde eindevaluatie") })
        #expect(!alerts.contains { $0.rule == .progressReportOverdue })
        // The stale records are still listed, as info, to be checked.
        #expect(alerts.contains { $0.rule == .frameworkMissing && $0.subject.id == "oir-tsc" && $0.severity == .info })
    }
}
