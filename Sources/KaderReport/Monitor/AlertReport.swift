import Foundation
import KaderCore

/// The alerts of `kader check` as terminal text or JSON.
public struct AlertReport: Sendable {
    /// One alert as JSON: `severity`, `rule`, `subject`, `message`, `due`, `sources`.
    public struct Row: Sendable, Codable, Equatable {
        /// A fact behind the alert: its sentence in a letter, or who entered it.
        public struct Source: Sendable, Codable, Equatable {
            public let fact: String
            public let document: String?
            public let start: Int?
            public let end: Int?
            public let quote: String?
            public let enteredBy: String?
        }

        public let severity: AlertSeverity
        public let rule: MonitorRule
        /// The id of the contribution, commitment or deployment.
        public let subject: String
        public let subjectKind: AlertSubjectKind
        public let subjectName: String
        public let message: String
        public let due: Day?
        public let sources: [Source]

        enum CodingKeys: String, CodingKey {
            case severity, rule, subject, subjectKind, subjectName, message, due, sources
        }

        /// Writes `due` as null rather than leaving it out, so every object has the same keys.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(severity, forKey: .severity)
            try container.encode(rule, forKey: .rule)
            try container.encode(subject, forKey: .subject)
            try container.encode(subjectKind, forKey: .subjectKind)
            try container.encode(subjectName, forKey: .subjectName)
            try container.encode(message, forKey: .message)
            try container.encode(due, forKey: .due)
            try container.encode(sources, forKey: .sources)
        }
    }

    public let asOf: Day
    public let alerts: [Alert]

    public init(alerts: [Alert], asOf day: Day) {
        self.alerts = Alert.ordered(alerts)
        asOf = day
    }

    /// True when an alert is critical: `kader check` then exits with status 1.
    public var hasCritical: Bool { alerts.contains { $0.severity == .critical } }

    /// The alerts as JSON rows, most severe first.
    public var rows: [Row] {
        alerts.map { alert in
            Row(
                severity: alert.severity, rule: alert.rule, subject: alert.subject.id, subjectKind: alert.subject.kind,
                subjectName: alert.subject.name, message: alert.message, due: alert.due,
                sources: alert.facts.map { fact in
                    switch fact.provenance {
                    case .source(let span):
                        Row.Source(
                            fact: fact.summary, document: span.documentID, start: span.start, end: span.end,
                            quote: span.quote, enteredBy: nil)
                    case .entered(let user, _):
                        Row.Source(fact: fact.summary, document: nil, start: nil, end: nil, quote: nil, enteredBy: user)
                    }
                })
        }
    }

    /// A JSON array, most severe first, keys in snake_case.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }

    /// Plain Dutch text: a count line, then each alert with its sources.
    public func text() -> String {
        let counts = AlertSeverity.allCases.compactMap { severity -> String? in
            let n = alerts.filter { $0.severity == severity }.count
            return n == 0 ? nil : "\(n) \(n == 1 || severity != .warning ? severity.label : "waarschuwingen")"
        }
        var out = "Signalen op \(asOf.iso) (\(asOf.dutch)): "
        out += alerts.isEmpty ? "geen.\n" : "\(counts.joined(separator: ", ")).\n"
        for alert in alerts {
            let due = alert.due.map { " · \($0.iso)" } ?? ""
            out += "\n[\(alert.severity.label)] \(alert.rule.rawValue) · \(alert.subject.id)\(due)\n"
            out += "  \(alert.message)\n"
            for fact in alert.facts {
                out += "  bron: \(SourceLine.render(fact.provenance)) (\(fact.summary))\n"
            }
        }
        return out
    }
}

/// A source as one terminal line: document, offsets and the quote shortened.
public enum SourceLine {
    public static func render(_ provenance: Provenance, limit: Int = 100) -> String {
        switch provenance {
        case .source(let span):
            return "\(span.documentID) [\(span.start)–\(span.end)] “\(shortened(span.quote, limit: limit))”"
        case .entered(let user, _):
            return "ingevoerd door \(user)"
        }
    }

    /// White space collapsed, cut at `limit` characters with an ellipsis.
    public static func shortened(_ text: String, limit: Int) -> String {
        // A word hyphenated over a line break ("verplich-\ntingen") is joined again.
        let joined = text.replacingOccurrences(
            of: "(\\p{Ll})-[ \\t]*\\n\\s*(\\p{Ll})", with: "$1$2", options: .regularExpression)
        let flat = joined.split { $0.isWhitespace }.joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
