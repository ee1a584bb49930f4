import Foundation
import KaderCore
import KaderReport
import KaderTestSupport
import Testing

@Suite struct ChartTests {
    @Test func theTimelineHasABarPerDecidedContributionWithEveryDecisionMarked() throws {
        let registry = try Corpus.iraqRegistry()
        let chart = TimelineChart(registry: registry) { $0.span.map { "/brieven/\($0.documentID)" } }
        let decided = Set(registry.decisions.map { $0.contributionID })
        #expect(chart.bars.count == decided.count)
        let fp = try #require(chart.bars.first { $0.contributionID == "nmi-force-protection" })
        #expect(fp.start == .at("2023-07-07"))
        #expect(fp.end == .at("2025-06-30"))
        let decisionsOfFP = registry.decisions.filter { $0.contributionID == "nmi-force-protection" }
        #expect(fp.markers.count == decisionsOfFP.count)
        #expect(fp.markers.count >= 2)
        let svg = chart.svg(from: .at("2023-01-01"), to: .at("2025-12-31"), marker: .at("2024-06-01"))
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains("href=\"/brieven/001_58c76a8e68136705\""))
        #expect(svg.contains("peildatum"))
        // Contributions that ended before the period are left out.
        let early = chart.visible(from: .at("2023-01-01"), to: .at("2025-12-31"))
        #expect(!early.contains { $0.contributionID == "atfme-f16" })
    }

    @Test func costsAreSummedPerYearAndKind() throws {
        let registry = try Corpus.iraqRegistry()
        let chart = CostChart(costs: registry.costs)
        let year2020 = try #require(chart.years.first { $0.year == 2020 })
        let expected = registry.costs.filter { $0.year == 2020 && $0.kind == .actual }.reduce(0) { $0 + $1.amountCents }
        #expect(year2020.actual == expected)
        #expect(year2020.actual >= 1_050_000_000)
        #expect(chart.svg().contains("<title>2020, gerealiseerd"))
    }

    @Test func thePersonnelChartStepsWithEachCapChange() throws {
        let registry = try Corpus.iraqRegistry()
        let state = try #require(
            registry.states(asOf: .at("2025-03-01")).first { $0.contribution.id == "euam-adviseurs" })
        let chart = PersonnelChart(state: state, staffing: registry.staffing, label: "EUAM")
        let caps = chart.steps.map { $0.cap }
        #expect(caps.last == 7)
        #expect(caps.contains(3))
        #expect(chart.svg(id: "t").contains("kader 7"))
    }

    @Test func svgTextIsEscaped() {
        #expect(SVG.escape("F-16’s & <Chinooks>") == "F-16’s &amp; &lt;Chinooks&gt;")
        // A quote with a combining mark on it still ends an attribute for a parser.
        #expect(SVG.escape("a=\"\u{301}'") == "a=&quot;\u{301}&#39;")
        #expect(SVG.number(12.345) == "12.3")
        #expect(SVG.number(12.0) == "12")
    }
}
