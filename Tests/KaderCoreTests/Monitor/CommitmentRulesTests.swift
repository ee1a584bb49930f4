import KaderCore
import KaderTestSupport
import Testing

@Suite struct CommitmentRulesTests {
    func alerts(asOf day: String, id: String) throws -> [Alert] {
        Monitor.check(try Corpus.iraqRegistry(), asOf: .at(day)).filter { $0.subject.id == id }
    }

    @Test func aCommitmentForAutumn2023IsDueOnItsLastDayAndOverdueTheDayAfter() throws {
        let lastDay = try alerts(asOf: "2023-11-30", id: "c004-meldstructuren-burgerslachtoffers")
        #expect(lastDay.map { $0.rule } == [.commitmentDue])
        #expect(lastDay.first?.due == .at("2023-11-30"))
        let dayAfter = try alerts(asOf: "2023-12-01", id: "c004-meldstructuren-burgerslachtoffers")
        #expect(dayAfter.map { $0.rule } == [.commitmentOverdue])
        #expect(dayAfter.first?.severity == .warning)
        #expect(dayAfter.first?.facts.first?.provenance.span?.quote.contains("dit najaar") == true)
    }

    @Test func aCommitmentIsNotDueBeforeTheHorizonNorBeforeItsLetter() throws {
        // 90 days before 1 September 2023 is 3 June; the letter itself is of 7 July.
        #expect(try alerts(asOf: "2023-07-06", id: "c004-meldstructuren-burgerslachtoffers").isEmpty)
        #expect(try alerts(asOf: "2023-07-07", id: "c004-meldstructuren-burgerslachtoffers").count == 1)
    }

    @Test func theNextProgressReportIsExpectedAYearOnFromTheLastOneInMay2025() throws {
        let registry = try Corpus.iraqRegistry()
        let commitment = try #require(registry.commitments.first { $0.id == "c001-opvolging-aanbevelingen" })
        let span = CommitmentRules.dueSpan(commitment, in: registry.known(asOf: .at("2025-01-01")))
        #expect(span?.end == .at("2025-05-01"))
        let due = try alerts(asOf: "2025-03-01", id: "c001-opvolging-aanbevelingen")
        #expect(due.map { $0.rule } == [.commitmentDue])
        let overdue = try alerts(asOf: "2025-05-02", id: "c001-opvolging-aanbevelingen")
        #expect(overdue.map { $0.rule } == [.commitmentOverdue])
    }

    @Test func aProgressReportInTheRegistryIsTheMomentOfTheNextProgressReport() {
        var fixture = MonitorFixture()
        fixture.letter("brief", .artikel100, on: "2024-01-10")
        fixture.letter("vgr", .voortgangsrapportage, on: "2024-04-15")
        let commitment = Commitment(
            id: "c", text: "opvolging", documentID: "brief", due: .nextProgressReport,
            provenance: MonitorFixture.entered())
        #expect(CommitmentRules.dueSpan(commitment, in: fixture.registry)?.end == .at("2024-04-15"))
    }

    @Test func aRecurringCommitmentIsOneAlertThatCountsTheMissedOccurrences() throws {
        let alerts = try alerts(asOf: "2021-10-15", id: "c000-hawija-halfjaarlijks")
        let alert = try #require(alerts.first)
        #expect(alerts.count == 1)
        #expect(alert.rule == .commitmentOverdue)
        // Counted from the report's date, 1 May 2020: 1 November 2020 and 1 May 2021 passed.
        #expect(alert.message.contains("2 termijnen"))
        #expect(alert.due == .at("2021-05-01"))
    }

    @Test func keptCommitmentsAndReportingDutiesRaiseNoCommitmentAlert() throws {
        let alerts = Monitor.check(try Corpus.iraqRegistry(), asOf: .at("2025-01-15"))
        let ids = alerts.filter { $0.subject.kind == .commitment }.map(\.subject.id)
        #expect(!ids.contains("c004-commandovoering-nmi"))
        #expect(!ids.contains("c000-karabulut"))
        #expect(!ids.contains("c004-jaarlijkse-voortgangsrapportage"))
        #expect(!ids.contains("c004-eindevaluatie"))
    }

    @Test func aCommitmentKeptByALaterLetterIsOpenUntilThatLetter() {
        var fixture = MonitorFixture()
        fixture.letter("brief", .brief, on: "2023-01-10")
        fixture.letter("antwoord", .brief, on: "2023-09-01")
        fixture.registry.commitments = [
            Commitment(
                id: "c", text: "De Kamer wordt geïnformeerd.", documentID: "brief", due: .period("voorjaar 2023"),
                status: .met, fulfilledBy: "antwoord", provenance: MonitorFixture.entered())
        ]
        #expect(fixture.alerts(.commitmentOverdue, asOf: "2023-06-15").count == 1)
        #expect(fixture.alerts(.commitmentOverdue, asOf: "2023-09-01").isEmpty)
    }

    @Test func occurrencesAreCountedFromTheAnchorSoALeapDayDoesNotMakeThemDrift() {
        let days = CommitmentRules.occurrences(from: .at("2023-08-31"), every: 6, before: .at("2025-03-01"))
        #expect(days == [.at("2024-02-29"), .at("2024-08-31"), .at("2025-02-28")])
        #expect(CommitmentRules.occurrences(from: .at("2023-08-31"), every: 6, before: .at("2024-02-29")).isEmpty)
    }
}
