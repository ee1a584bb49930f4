/// Where a contribution stands on a given day.
public enum ContributionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// No decision about it is known up to that day.
    case undecided
    /// Decided, but its framework has not started yet.
    case planned
    case active
    case suspended
    case ended

    /// Dutch label for pages.
    public var label: String {
        switch self {
        case .undecided: "geen besluit"
        case .planned: "besloten, nog niet gestart"
        case .active: "actief"
        case .suspended: "opgeschort"
        case .ended: "beëindigd"
        }
    }
}

/// The national framework of one contribution on one day, derived from its decisions.
public struct ContributionState: Sendable, Hashable, Codable {
    public let contribution: Contribution
    public let asOf: Day
    public let status: ContributionStatus
    public let cap: PersonnelCap?
    public let start: Day?
    public let end: Day?
    /// The decision that set the cap in force.
    public let capDecision: Decision?
    /// The decision that set the end date in force.
    public let endDecision: Decision?
    /// The decisions made up to `asOf`, oldest first.
    public let decisions: [Decision]

    /// Folds the decisions made on or before `day` into the framework in force that day.
    ///
    /// Decisions apply in date order (ties keep their given order); each sets the cap and
    /// period fields it states and keeps the others. `end` closes the framework on its end
    /// date (or the decision's own date); `suspend` holds it until a `resume`.
    public static func fold(_ contribution: Contribution, decisions all: [Decision], asOf day: Day)
        -> ContributionState
    {
        let applied = all.enumerated()
            .filter { $0.element.date <= day }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        var cap: PersonnelCap?
        var start: Day?
        var end: Day?
        var capDecision: Decision?
        var endDecision: Decision?
        var suspendedFrom: Day?
        var endedOn: Day?
        for decision in applied {
            if let newCap = decision.cap {
                cap = newCap
                capDecision = decision
            }
            if let newStart = decision.period.start, decision.action != .suspend {
                // An extension "van januari tot en met juni" states the new stretch only;
                // the framework still began when it was established.
                if start == nil || decision.action == .establish || endedOn != nil {
                    start = newStart
                }
            }
            switch decision.action {
            case .suspend:
                suspendedFrom = decision.period.start ?? decision.date
            case .resume:
                suspendedFrom = nil
                endedOn = nil
            case .end:
                endedOn = decision.period.end ?? decision.date
                end = endedOn
                endDecision = decision
                continue
            case .establish:
                endedOn = nil
                suspendedFrom = nil
            default:
                break
            }
            if let newEnd = decision.period.end {
                end = newEnd
                endDecision = decision
            }
        }
        let status: ContributionStatus
        if applied.isEmpty {
            status = .undecided
        } else if let endedOn, day > endedOn {
            status = .ended
        } else if let suspendedFrom, day >= suspendedFrom {
            status = .suspended
        } else if let start, day < start {
            status = .planned
        } else if let end, day > end {
            status = .ended
        } else {
            status = .active
        }
        return ContributionState(
            contribution: contribution, asOf: day, status: status, cap: cap, start: start, end: end,
            capDecision: capDecision, endDecision: endDecision, decisions: applied)
    }
}
