import Foundation
import KaderCore

/// The registry's tables as CSV, UTF-8 with a header row; every row names its source.
public struct CSVExport: Sendable {
    /// The tables a user can export.
    public enum Table: String, CaseIterable, Sendable {
        case contributions, decisions, costs, commitments, measurements
    }

    /// `,` by default; `;` for Dutch Excel, which also wants a byte order mark to read UTF-8.
    public let separator: Character

    public init(semicolon: Bool = false) {
        separator = semicolon ? ";" : ","
    }

    public func render(_ table: Table, registry: Registry) -> String {
        let (header, rows) = Self.rows(table, registry: registry)
        let body = ([header] + rows).map { $0.map(field).joined(separator: String(separator)) }
            .joined(separator: "\r\n")
        return (separator == ";" ? "\u{FEFF}" : "") + body + "\r\n"
    }

    /// Quotes a field when it holds the separator, a quote or a line break (RFC 4180).
    public func field(_ value: String) -> String {
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static let sourceHeader = ["bron_document", "bron_begin", "bron_eind", "bron_citaat", "ingevoerd_door"]

    static func source(_ provenance: Provenance) -> [String] {
        switch provenance {
        case .source(let span):
            [span.documentID, String(span.start), String(span.end), QuoteText.clean(span.quote), ""]
        case .entered(let user, _): ["", "", "", "", user]
        }
    }

    static func rows(_ table: Table, registry: Registry) -> (header: [String], rows: [[String]]) {
        switch table {
        case .contributions:
            return (
                ["id", "missie", "onderdeel", "soort", "ministerie", "locaties", "artikel_100"],
                registry.contributions.map {
                    [
                        $0.id, $0.missionID, $0.component, $0.kind.rawValue, $0.ministry.rawValue,
                        $0.locations.joined(separator: "; "), $0.article100 ? "ja" : "nee",
                    ]
                }
            )
        case .decisions:
            return (
                ["id", "bijdrage", "datum", "document", "besluit", "personeel", "kwalificatie", "van", "tot_en_met"]
                    + sourceHeader,
                registry.decisions.map {
                    [
                        $0.id, $0.contributionID, $0.date.iso, $0.documentID ?? "", $0.action.rawValue,
                        $0.cap.map { String($0.count) } ?? "", $0.cap?.qualifier.rawValue ?? "",
                        $0.period.start?.iso ?? "", $0.period.end?.iso ?? "",
                    ] + source($0.provenance)
                }
            )
        case .costs:
            return (
                ["id", "missie", "bijdrage", "jaar", "bedrag_euro", "soort", "omschrijving", "financiering"]
                    + sourceHeader,
                registry.costs.map {
                    [
                        $0.id, $0.missionID ?? "", $0.contributionID ?? "", $0.year.map(String.init) ?? "",
                        euros($0.amountCents), $0.kind.rawValue, $0.scope, $0.budgetSource ?? "",
                    ] + source($0.provenance)
                }
            )
        case .commitments:
            return (
                ["id", "toezegging", "missie", "document", "wanneer", "herhaling", "status", "nagekomen_met"]
                    + sourceHeader,
                registry.commitments.map {
                    [
                        $0.id, $0.text, $0.missionID ?? "", $0.documentID ?? "", $0.due?.description ?? "",
                        $0.recurrence ?? "", $0.status.rawValue, $0.fulfilledBy ?? "",
                    ] + source($0.provenance)
                }
            )
        case .measurements:
            let names = Dictionary(registry.indicators.map { ($0.id, $0.name) }) { a, _ in a }
            return (
                ["id", "indicator", "indicator_naam", "van", "tot_en_met", "waarde", "oordeel", "zekerheid", "status"]
                    + sourceHeader,
                registry.measurements.map {
                    [
                        $0.id, $0.indicatorID, names[$0.indicatorID] ?? "", $0.period.start?.iso ?? "",
                        $0.period.end?.iso ?? "", $0.value.map { String($0) } ?? "", $0.rating?.rawValue ?? "",
                        $0.confidence?.rawValue ?? "", $0.status.rawValue,
                    ] + source($0.provenance)
                }
            )
        }
    }

    /// Whole euros with cents after a point, as spreadsheets read numbers in any locale.
    static func euros(_ cents: Int64) -> String {
        cents % 100 == 0 ? String(cents / 100) : String(format: "%.2f", Double(cents) / 100)
    }
}
