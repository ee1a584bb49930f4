import KaderCore
import KaderTestSupport
import Testing

@Suite struct ContributionStateTests {
    let fp = Contribution(
        id: "fp", missionID: "NMI", component: "force protection-compagnie", kind: .military,
        ministry: .defensie, article100: true)

    func decision(
        _ id: String, _ date: String, _ action: DecisionAction, cap: Int? = nil,
        _ qualifier: CapQualifier = .circa, start: String? = nil, end: String? = nil
    ) -> Decision {
        Decision(
            id: id, contributionID: "fp", date: .at(date), documentID: "doc", action: action,
            cap: cap.map { PersonnelCap(count: $0, qualifier: qualifier) },
            period: Period(start: start.map(Day.at), end: end.map(Day.at)),
            provenance: .entered(by: "test", at: nil))
    }

    var nmiDecisions: [Decision] {
        [
            decision("est", "2023-07-07", .establish, cap: 145, start: "2024-01-01", end: "2024-12-31"),
            decision("ext", "2024-11-22", .extend, cap: 145, start: "2025-01-01", end: "2025-06-30"),
        ]
    }

    @Test func isUndecidedBeforeItsFirstDecision() {
        let state = ContributionState.fold(fp, decisions: nmiDecisions, asOf: .at("2023-07-06"))
        #expect(state.status == .undecided)
        #expect(state.cap == nil)
    }

    @Test func isPlannedBetweenDecisionAndStart() {
        let state = ContributionState.fold(fp, decisions: nmiDecisions, asOf: .at("2023-12-31"))
        #expect(state.status == .planned)
        #expect(state.cap == PersonnelCap(count: 145, qualifier: .circa))
        #expect(state.end == .at("2024-12-31"))
    }

    @Test func isActiveWithinItsFrameworkUpToAndIncludingTheEndDay() {
        let june = ContributionState.fold(fp, decisions: nmiDecisions, asOf: .at("2024-06-01"))
        #expect(june.status == .active)
        #expect(june.end == .at("2024-12-31"))
        #expect(june.endDecision?.id == "est")
        let lastDay = ContributionState.fold(fp, decisions: [nmiDecisions[0]], asOf: .at("2024-12-31"))
        #expect(lastDay.status == .active)
        let dayAfter = ContributionState.fold(fp, decisions: [nmiDecisions[0]], asOf: .at("2025-01-01"))
        #expect(dayAfter.status == .ended)
    }

    @Test func anExtensionMovesTheEndButKeepsTheStart() {
        let state = ContributionState.fold(fp, decisions: nmiDecisions, asOf: .at("2025-03-01"))
        #expect(state.status == .active)
        #expect(state.start == .at("2024-01-01"))
        #expect(state.end == .at("2025-06-30"))
        #expect(state.endDecision?.id == "ext")
        #expect(state.decisions.map { $0.id } == ["est", "ext"])
    }

    @Test func decisionsAreFoldedInDateOrderWhateverTheirGivenOrder() {
        let state = ContributionState.fold(fp, decisions: nmiDecisions.reversed(), asOf: .at("2025-03-01"))
        #expect(state.end == .at("2025-06-30"))
    }

    @Test func aRaiseChangesTheCapAndKeepsThePeriod() {
        let decisions = [
            decision("est", "2022-01-01", .establish, cap: 5, .maximaal, start: "2022-01-01", end: "2025-07-31"),
            decision("raise", "2023-07-07", .raise, cap: 7, .maximaal),
        ]
        let before = ContributionState.fold(fp, decisions: decisions, asOf: .at("2023-07-06"))
        let after = ContributionState.fold(fp, decisions: decisions, asOf: .at("2023-07-07"))
        #expect(before.cap == PersonnelCap(count: 5, qualifier: .maximaal))
        #expect(after.cap == PersonnelCap(count: 7, qualifier: .maximaal))
        #expect(after.capDecision?.id == "raise")
        #expect(after.end == .at("2025-07-31"))
    }

    @Test func anEndDecisionClosesTheFrameworkEarly() {
        let decisions = [
            decision("est", "2020-01-01", .establish, cap: 20, .maximaal, start: "2020-01-01", end: "2021-12-31"),
            decision("end", "2021-03-01", .end, end: "2021-03-31"),
        ]
        #expect(ContributionState.fold(fp, decisions: decisions, asOf: .at("2021-03-31")).status == .active)
        let after = ContributionState.fold(fp, decisions: decisions, asOf: .at("2021-04-01"))
        #expect(after.status == .ended)
        #expect(after.end == .at("2021-03-31"))
    }

    @Test func aSuspensionHoldsUntilResumed() {
        let decisions = [
            decision("est", "2020-01-01", .establish, cap: 20, .maximaal, start: "2020-01-01", end: "2022-12-31"),
            decision("sus", "2020-03-15", .suspend),
            decision("res", "2020-09-01", .resume),
        ]
        #expect(ContributionState.fold(fp, decisions: decisions, asOf: .at("2020-05-01")).status == .suspended)
        #expect(ContributionState.fold(fp, decisions: decisions, asOf: .at("2020-09-01")).status == .active)
    }

    @Test func aLeapDayEndIsHonoured() {
        let decisions = [
            decision("est", "2023-01-01", .establish, cap: 3, .exact, start: "2023-03-01", end: "2024-02-29")
        ]
        #expect(ContributionState.fold(fp, decisions: decisions, asOf: .at("2024-02-29")).status == .active)
        #expect(ContributionState.fold(fp, decisions: decisions, asOf: .at("2024-03-01")).status == .ended)
    }
}
