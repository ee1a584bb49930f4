/// Rules that compare the personnel reported with the cap of the framework at the time.
public enum StaffingRules {
    /// Above the cap is critical; far below it is worth knowing (7 of 20 at NMI).
    public static func evaluate(_ registry: Registry, asOf day: Day, settings: MonitorSettings) -> [Alert] {
        let byContribution = Dictionary(grouping: registry.decisions, by: \.contributionID)
        return registry.contributions.compactMap { contribution -> Alert? in
            let decisions = byContribution[contribution.id] ?? []
            guard let figure = registry.staffing(of: contribution.id, asOf: day),
                FrameworkRules.isRunning(ContributionState.fold(contribution, decisions: decisions, asOf: day).status)
            else { return nil }
            // The figure is judged against the framework in force on the day it was reported.
            let then = ContributionState.fold(contribution, decisions: decisions, asOf: figure.date)
            guard let cap = then.cap, let capDecision = then.capDecision else { return nil }
            let subject = AlertSubject.contribution(contribution)
            let facts = [
                AlertFact("bezetting \(figure.filled) (\(figure.date.dutch))", figure.provenance),
                AlertFact("kader \(cap)", capDecision.provenance),
            ]
            if Double(figure.filled) > allowed(cap, settings: settings) {
                return Alert(
                    severity: .critical, rule: .staffingAboveCap, subject: subject,
                    message: "\(subject.name) telt \(figure.filled) personen (\(figure.date.dutch)), "
                        + "boven het kader van \(cap).",
                    due: nil, facts: facts)
            }
            if Double(figure.filled) < Double(cap.count) * settings.understaffedShare {
                let share = Int((Double(figure.filled) / Double(cap.count) * 100).rounded())
                return Alert(
                    severity: .info, rule: .staffingBelowCap, subject: subject,
                    message: "\(subject.name) is met \(figure.filled) van \(cap) personen voor \(share) % gevuld "
                        + "(stand \(figure.date.dutch)).",
                    due: nil, facts: facts)
            }
            return nil
        }
    }

    /// The most people a cap allows: "circa 145" leaves some room, "maximaal 20" none.
    static func allowed(_ cap: PersonnelCap, settings: MonitorSettings) -> Double {
        switch cap.qualifier {
        case .circa, .ongeveer: Double(cap.count) * (1 + settings.approximateCapTolerance)
        case .maximaal, .tot, .exact: Double(cap.count)
        }
    }
}
