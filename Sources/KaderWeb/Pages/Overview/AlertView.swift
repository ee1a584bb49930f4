import KaderCore

/// An alert of the monitoring rules as a page shows it, with links to its sources.
struct AlertView: Sendable {
    let severity: String
    let severityClass: String
    let rule: String
    let subject: String
    let message: String
    let due: String?
    let sources: [SourceLink]

    init(_ alert: Alert, documents: LettersByID) {
        severity = alert.severity.label
        severityClass = alert.severity.rawValue
        rule = alert.rule.rawValue
        subject = alert.subject.name
        message = alert.message
        due = alert.due?.dutch
        sources = alert.facts.map { SourceLink($0.provenance, documents: documents) }
    }
}
