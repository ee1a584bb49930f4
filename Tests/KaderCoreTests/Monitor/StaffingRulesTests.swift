import KaderCore
import KaderTestSupport
import Testing

@Suite struct StaffingRulesTests {
    @Test func sevenOfTwentyAdvisersAtNMIIsReportedAsInfo() throws {
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2021-06-01"))
        let nmi = try #require(alerts.first { $0.rule == .staffingBelowCap && $0.subject.id == "nmi-adviseurs" })
        #expect(nmi.severity == .info)
        #expect(nmi.message.contains("7 van maximaal 20"))
        let quotes = nmi.facts.compactMap { $0.provenance.span?.quote }
        #expect(quotes.contains { $0.contains("zeven adviseurs") })
    }

    @Test func aFullForceProtectionCompanyRaisesNoStaffingAlert() throws {
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2024-12-01"))
        #expect(!alerts.contains { $0.subject.id == "nmi-force-protection" && $0.rule == .staffingAboveCap })
        #expect(!alerts.contains { $0.subject.id == "nmi-force-protection" && $0.rule == .staffingBelowCap })
    }

    @Test func oneAboveAStrictCapIsCritical() {
        var fixture = MonitorFixture()
        fixture.decide("est", on: "2024-01-01", .establish, cap: 20, .maximaal, start: "2024-01-01", end: "2025-12-31")
        fixture.staff(20, on: "2024-03-01")
        #expect(fixture.alerts(.staffingAboveCap, asOf: "2024-04-01").isEmpty)
        fixture.staff(21, on: "2024-04-01")
        let alert = fixture.alerts(.staffingAboveCap, asOf: "2024-04-01").first
        #expect(alert?.severity == .critical)
        #expect(alert?.message.contains("21 personen") == true)
    }

    @Test func anApproximateCapLeavesTenPercentRoom() {
        var fixture = MonitorFixture()
        fixture.decide("est", on: "2024-01-01", .establish, cap: 145, .circa, start: "2024-01-01", end: "2025-12-31")
        fixture.staff(159, on: "2024-03-01")
        #expect(fixture.alerts(.staffingAboveCap, asOf: "2024-04-01").isEmpty)
        fixture.staff(160, on: "2024-03-02")
        #expect(fixture.alerts(.staffingAboveCap, asOf: "2024-04-01").count == 1)
    }

    @Test func aFigureIsJudgedAgainstTheCapInForceWhenItWasReported() {
        var fixture = MonitorFixture()
        fixture.decide("est", on: "2024-01-01", .establish, cap: 5, .maximaal, start: "2024-01-01", end: "2025-12-31")
        fixture.staff(7, on: "2024-02-01")
        fixture.decide("raise", on: "2024-06-01", .raise, cap: 7, .maximaal)
        // Seven was above the cap of five in February, also when looked at after the raise.
        #expect(fixture.alerts(.staffingAboveCap, asOf: "2024-07-01").count == 1)
    }
}
