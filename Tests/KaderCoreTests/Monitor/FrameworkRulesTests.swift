import KaderCore
import KaderTestSupport
import Testing

@Suite struct FrameworkRulesTests {
    @Test func theIraqRegistryWarnsInNovember2024ThatTheNMIForceProtectionFrameworkEndsOnNewYearsEve() throws {
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2024-11-01"))
        let ending = try #require(
            alerts.first { $0.rule == .frameworkEnding && $0.subject.id == "nmi-force-protection" })
        #expect(ending.severity == .warning)
        #expect(ending.due == .at("2024-12-31"))
        #expect(ending.message.contains("31 december 2024"))
        let quotes = ending.facts.compactMap { $0.provenance.span?.quote }
        #expect(quotes.contains { $0.contains("1 januari 2024 tot") })
    }

    @Test func theExtensionOfNovember2024SilencesTheWarningInJanuary2025() throws {
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2025-01-15"))
        #expect(!alerts.contains { $0.rule == .frameworkEnding && $0.subject.id == "nmi-force-protection" })
    }

    @Test func theExtensionIsUnknownBeforeItsLetterSoTheWarningStandsOnTheDayBefore() throws {
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2024-11-21"))
        #expect(alerts.contains { $0.rule == .frameworkEnding && $0.subject.id == "nmi-force-protection" })
        let after = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2024-11-22"))
        #expect(!after.contains { $0.rule == .frameworkEnding && $0.subject.id == "nmi-force-protection" })
    }

    @Test func theRealCheckOfNovember2024IsShortAndHasNothingCritical() throws {
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2024-11-01"))
        #expect(alerts.count <= 20, "a flood: \(alerts.map { $0.message })")
        #expect(!alerts.contains { $0.severity == .critical })
        for alert in alerts where alert.rule != .frameworkMissing {
            #expect(!alert.facts.isEmpty, "no source for \(alert.message)")
        }
    }

    @Test func theHandOverOfTheNMIForceProtectionIsDecidedSoMay2025WarnsOnlyOfTheUndecidedFrameworks() throws {
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2025-05-15"))
        let ending = Set(alerts.filter { $0.rule == .frameworkEnding }.map(\.subject.id))
        #expect(!ending.contains("nmi-force-protection"))
        #expect(!ending.contains("nmi-helikopters"))
        // Letter 001 leaves OIR, EUAM and MoPA after July 2025 to a later letter.
        #expect(ending.isSuperset(of: ["oir-sof", "euam-adviseurs", "mopa-militair-adviseur"]))
    }

    @Test func aFrameworkThatEndsTodayIsStillAnnouncedAndTheDayAfterNoLonger() {
        var fixture = MonitorFixture()
        fixture.decide("est", on: "2024-01-01", .establish, cap: 10, start: "2024-01-01", end: "2024-06-30")
        let today = fixture.alerts(.frameworkEnding, asOf: "2024-06-30")
        #expect(today.count == 1)
        #expect(today.first?.message.contains("vandaag") == true)
        #expect(fixture.alerts(.frameworkEnding, asOf: "2024-07-01").isEmpty)
    }

    @Test func theHorizonIsConfigurableAndCountsWholeDays() {
        var fixture = MonitorFixture()
        fixture.decide("est", on: "2024-01-01", .establish, cap: 10, start: "2024-01-01", end: "2024-12-31")
        // 2024-10-02 is 90 days before the end; a day earlier is outside the default horizon.
        #expect(fixture.alerts(.frameworkEnding, asOf: "2024-10-02").count == 1)
        #expect(fixture.alerts(.frameworkEnding, asOf: "2024-10-01").isEmpty)
        #expect(
            fixture.alerts(.frameworkEnding, asOf: "2024-10-01", settings: MonitorSettings(horizonDays: 120)).count == 1
        )
    }

    @Test func aFrameworkEndingOnALeapDayIsCountedAcrossFebruary() {
        var fixture = MonitorFixture()
        fixture.decide("est", on: "2023-06-01", .establish, cap: 3, .exact, start: "2023-07-01", end: "2024-02-29")
        let alert = fixture.alerts(.frameworkEnding, asOf: "2024-02-01").first
        #expect(alert?.due == .at("2024-02-29"))
        #expect(alert?.message.contains("over 28 dagen") == true)
        #expect(fixture.alerts(.frameworkEnding, asOf: "2024-03-01").isEmpty)
    }

    @Test func aDecisionToEndTheFrameworkIsNotAWarning() {
        var fixture = MonitorFixture()
        fixture.decide("est", on: "2024-01-01", .establish, cap: 10, start: "2024-01-01", end: "2024-12-31")
        fixture.decide("end", on: "2024-10-15", .end, end: "2024-11-30")
        #expect(fixture.alerts(.frameworkEnding, asOf: "2024-11-01").isEmpty)
    }

    @Test func personnelReportedAfterTheEndIsCritical() {
        var fixture = MonitorFixture()
        fixture.decide("est", on: "2024-01-01", .establish, cap: 10, start: "2024-01-01", end: "2024-06-30")
        fixture.staff(8, on: "2024-05-01")
        #expect(fixture.alerts(.staffingAfterEnd, asOf: "2024-08-01").isEmpty)
        fixture.staff(4, on: "2024-07-15")
        let alert = fixture.alerts(.staffingAfterEnd, asOf: "2024-08-01").first
        #expect(alert?.severity == .critical)
        #expect(alert?.message.contains("30 juni 2024") == true)
        // Once the figure is zero nobody is left.
        fixture.staff(0, on: "2024-07-31")
        #expect(fixture.alerts(.staffingAfterEnd, asOf: "2024-08-01").isEmpty)
    }

    @Test func aContributionWithoutCapOrEndHasAnIncompleteFramework() {
        let civilian = Contribution(
            id: "civ", missionID: "NMI", component: "civiele adviseur", kind: .civilian, ministry: .buitenlandseZaken,
            article100: false)
        var fixture = MonitorFixture(contributions: [MonitorFixture.fp, civilian])
        fixture.decide("fp", on: "2024-01-01", .establish, cap: 10, start: "2024-01-01")
        fixture.decide("civ", on: "2024-01-01", .establish, contribution: "civ", start: "2024-01-01", end: "2025-01-01")
        let alerts = fixture.alerts(.frameworkMissing, asOf: "2024-03-01")
        let fp = alerts.first { $0.subject.id == "fp" }
        let civ = alerts.first { $0.subject.id == "civ" }
        #expect(fp?.severity == .warning)
        #expect(fp?.message.contains("geen einddatum") == true)
        #expect(civ?.severity == .info)
        #expect(civ?.message.contains("geen personeelsplafond") == true)
    }

    @Test func personnelWithoutAnyDecisionHasNoFramework() {
        var fixture = MonitorFixture()
        fixture.staff(6, on: "2024-02-01")
        let alert = fixture.alerts(.frameworkMissing, asOf: "2024-03-01").first
        #expect(alert?.severity == .warning)
        #expect(alert?.message.contains("geen besluit") == true)
        // A contribution the registry merely names, without personnel, is left alone.
        #expect(MonitorFixture().alerts(.frameworkMissing, asOf: "2024-03-01").isEmpty)
    }
}
