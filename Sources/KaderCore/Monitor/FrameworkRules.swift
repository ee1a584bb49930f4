/// Rules on the national framework itself: its end, personnel after its end, and its absence.
public enum FrameworkRules {
    /// Frameworks that end within the horizon without a decision to extend or end them;
    /// frameworks that ended while personnel is still reported; contributions without
    /// a cap or an end date.
    public static func evaluate(_ registry: Registry, asOf day: Day, settings: MonitorSettings) -> [Alert] {
        registry.states(asOf: day).flatMap { state -> [Alert] in
            let staffing = registry.staffing(of: state.contribution.id, asOf: day)
            return [
                ending(state, staffing: staffing, asOf: day, settings: settings),
                staffedAfterEnd(state, staffing: staffing),
                missing(state, asOf: day, settings: settings),
                withoutDecision(state, staffing: staffing),
            ].compactMap { $0 }
        }
    }

    static func isRunning(_ status: ContributionStatus) -> Bool {
        status == .active || status == .planned || status == .suspended
    }

    /// A running framework without an end whose last decision is older than the settings
    /// allow: more likely a record nobody closed than a contribution still under way.
    static func isStale(_ state: ContributionState, asOf day: Day, settings: MonitorSettings) -> Bool {
        guard isRunning(state.status), state.end == nil, let last = state.decisions.last else { return false }
        return last.date.days(until: day) > settings.staleAfterDays
    }

    static func ending(_ state: ContributionState, staffing: Staffing?, asOf day: Day, settings: MonitorSettings)
        -> Alert?
    {
        guard isRunning(state.status), let end = state.end, let endDecision = state.endDecision,
            endDecision.action != .end, day <= end, day.days(until: end) <= settings.horizonDays
        else { return nil }
        var facts = [AlertFact("einddatum \(end.dutch)", endDecision.provenance)]
        if let capDecision = state.capDecision, let cap = state.cap, capDecision != endDecision {
            facts.append(AlertFact("kader \(cap)", capDecision.provenance))
        }
        if let staffing {
            facts.append(AlertFact("bezetting \(staffing.filled) (\(staffing.date.dutch))", staffing.provenance))
        }
        let subject = AlertSubject.contribution(state.contribution)
        let when =
            end == day ? "loopt vandaag af" : "loopt af op \(end.dutch) (\(DutchPhrase.relative(end, from: day)))"
        return Alert(
            severity: .warning, rule: .frameworkEnding, subject: subject,
            message:
                "Het nationaal kader van \(subject.name) \(when); er is geen besluit tot verlenging of beëindiging.",
            due: end, facts: facts)
    }

    static func staffedAfterEnd(_ state: ContributionState, staffing: Staffing?) -> Alert? {
        guard state.status == .ended, let end = state.end, let staffing, staffing.date > end, staffing.filled > 0
        else { return nil }
        var facts = [AlertFact("bezetting \(staffing.filled) op \(staffing.date.dutch)", staffing.provenance)]
        if let endDecision = state.endDecision {
            facts.append(AlertFact("einde kader \(end.dutch)", endDecision.provenance))
        }
        let subject = AlertSubject.contribution(state.contribution)
        return Alert(
            severity: .critical, rule: .staffingAfterEnd, subject: subject,
            message: "Het nationaal kader van \(subject.name) is op \(end.dutch) geëindigd, maar op "
                + "\(staffing.date.dutch) worden nog \(staffing.filled) personen gemeld.",
            due: end, facts: facts)
    }

    static func missing(_ state: ContributionState, asOf day: Day, settings: MonitorSettings) -> Alert? {
        guard isRunning(state.status), state.cap == nil || state.end == nil, let last = state.decisions.last else {
            return nil
        }
        var lacks: [String] = []
        if state.cap == nil { lacks.append("geen personeelsplafond") }
        if state.end == nil { lacks.append("geen einddatum") }
        let subject = AlertSubject.contribution(state.contribution)
        let stale = isStale(state, asOf: day, settings: settings)
        var message = "\(subject.name) heeft een onvolledig nationaal kader: \(lacks.joined(separator: " en ")). "
        message +=
            stale
            ? "Het laatste besluit is van \(last.date.dutch) (\(DutchPhrase.relative(last.date, from: day))): "
                + "ga na of de bijdrage nog loopt of is beëindigd."
            : "Laatste besluit: \(last.date.dutch)."
        // Article 100 requires a bounded framework; for other contributions, and for records
        // that have likely gone stale, it is worth knowing rather than a warning.
        return Alert(
            severity: state.contribution.article100 && !stale ? .warning : .info, rule: .frameworkMissing,
            subject: subject, message: message, due: nil,
            facts: [AlertFact("laatste besluit (\(last.action.label))", last.provenance)])
    }

    /// Personnel reported for a contribution that no decision has set a framework for.
    static func withoutDecision(_ state: ContributionState, staffing: Staffing?) -> Alert? {
        guard state.status == .undecided, let staffing, staffing.filled > 0 else { return nil }
        let subject = AlertSubject.contribution(state.contribution)
        return Alert(
            severity: state.contribution.article100 ? .warning : .info, rule: .frameworkMissing, subject: subject,
            message: "Voor \(subject.name) worden \(staffing.filled) personen gemeld (\(staffing.date.dutch)), "
                + "maar geen besluit over een nationaal kader.",
            due: nil, facts: [AlertFact("bezetting \(staffing.filled)", staffing.provenance)])
    }
}
