/// How urgent an alert is: critical needs action now, warning soon, info is worth knowing.
public enum AlertSeverity: String, Sendable, Hashable, Codable, CaseIterable {
    case critical, warning, info

    /// Dutch label for the terminal and pages.
    public var label: String {
        switch self {
        case .critical: "kritiek"
        case .warning: "waarschuwing"
        case .info: "info"
        }
    }

    /// 0 for the most severe, so that sorting by rank puts critical alerts first.
    public var rank: Int {
        switch self {
        case .critical: 0
        case .warning: 1
        case .info: 2
        }
    }
}

/// The monitoring rules, by their stable id (used in JSON and to filter).
public enum MonitorRule: String, Sendable, Hashable, Codable, CaseIterable {
    case frameworkEnding = "framework-ending"
    case staffingAfterEnd = "staffing-after-end"
    case frameworkMissing = "framework-missing"
    case staffingAboveCap = "staffing-above-cap"
    case staffingBelowCap = "staffing-below-cap"
    case commitmentDue = "commitment-due"
    case commitmentOverdue = "commitment-overdue"
    case progressReportDue = "progress-report-due"
    case progressReportOverdue = "progress-report-overdue"
    case finalEvaluationOwed = "final-evaluation-owed"
    case costOverrun = "cost-overrun"
    case estimateChanged = "estimate-changed"
    case costStatus = "cost-status"
}

/// What an alert is about.
public enum AlertSubjectKind: String, Sendable, Hashable, Codable, CaseIterable {
    case contribution, commitment, deployment, costs
}

/// The contribution, commitment, deployment or cost line an alert concerns.
public struct AlertSubject: Sendable, Hashable, Codable {
    public let kind: AlertSubjectKind
    /// The registry id (`nmi-force-protection`, `c004-meldstructuren-burgerslachtoffers`, `irak`).
    public let id: String
    /// A short Dutch name for people ("NMI force protection-compagnie").
    public let name: String

    public init(kind: AlertSubjectKind, id: String, name: String) {
        self.kind = kind
        self.id = id
        self.name = name
    }

    static func contribution(_ contribution: Contribution) -> AlertSubject {
        AlertSubject(
            kind: .contribution, id: contribution.id, name: "\(contribution.missionID) \(contribution.component)")
    }
}

/// One fact that made a rule fire, with the sentence it comes from.
public struct AlertFact: Sendable, Hashable, Codable {
    /// The fact in one short Dutch line ("einddatum 31 december 2024").
    public let summary: String
    public let provenance: Provenance

    public init(_ summary: String, _ provenance: Provenance) {
        self.summary = summary
        self.provenance = provenance
    }
}

/// A warning that a monitoring rule raises as of a day.
public struct Alert: Sendable, Hashable, Codable {
    public let severity: AlertSeverity
    public let rule: MonitorRule
    public let subject: AlertSubject
    /// One or two Dutch sentences that say what is wrong and by when.
    public let message: String
    /// The day something is (or was) due, when there is one.
    public let due: Day?
    public let facts: [AlertFact]

    public init(
        severity: AlertSeverity, rule: MonitorRule, subject: AlertSubject, message: String, due: Day?,
        facts: [AlertFact]
    ) {
        self.severity = severity
        self.rule = rule
        self.subject = subject
        self.message = message
        self.due = due
        self.facts = facts
    }

    /// Most severe first, then the earliest due day (undated last), then rule and subject.
    public static func ordered(_ alerts: [Alert]) -> [Alert] {
        alerts.sorted { a, b in
            if a.severity.rank != b.severity.rank { return a.severity.rank < b.severity.rank }
            switch (a.due, b.due) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (a.rule.rawValue, a.subject.id) < (b.rule.rawValue, b.subject.id)
            }
        }
    }
}
