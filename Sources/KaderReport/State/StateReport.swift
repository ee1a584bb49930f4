import Foundation
import KaderCore

/// The state of every contribution on a day, as a terminal table or JSON.
public struct StateReport: Sendable {
    /// One contribution on the day, with the sources of its figures.
    public struct Row: Sendable, Codable, Equatable {
        public struct Source: Sendable, Codable, Equatable {
            public let document: String
            public let start: Int
            public let end: Int
            public let quote: String
        }

        public let mission: String
        public let contribution: String
        public let component: String
        public let status: ContributionStatus
        public let cap: PersonnelCap?
        public let start: Day?
        public let end: Day?
        public let staffing: Int?
        public let capSource: Source?
        public let endSource: Source?
        /// The latest decision up to the day: every row has one.
        public let source: Source?
    }

    public let asOf: Day
    public let rows: [Row]

    /// The contributions decided by `day` (undecided ones are left out).
    public init(registry: Registry, asOf day: Day) {
        asOf = day
        rows = registry.states(asOf: day).filter { $0.status != .undecided }.map { state in
            Row(
                mission: state.contribution.missionID, contribution: state.contribution.id,
                component: state.contribution.component, status: state.status, cap: state.cap,
                start: state.start, end: state.end,
                staffing: registry.staffing(of: state.contribution.id, asOf: day)?.filled,
                capSource: state.capDecision.flatMap { Self.source($0.provenance) },
                endSource: state.endDecision.flatMap { Self.source($0.provenance) },
                source: state.decisions.last.flatMap { Self.source($0.provenance) })
        }
    }

    private static func source(_ provenance: Provenance) -> Row.Source? {
        provenance.span.map { Row.Source(document: $0.documentID, start: $0.start, end: $0.end, quote: $0.quote) }
    }

    /// `{"as_of": …, "contributions": [...]}`, keys in snake_case.
    public func json() throws -> String {
        struct Payload: Encodable {
            let asOf: Day
            let contributions: [Row]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(Payload(asOf: asOf, contributions: rows)), as: UTF8.self)
    }

    /// A plain-text table in Dutch, one line per contribution.
    public func table() -> String {
        let header = ["missie", "bijdrage", "status", "kader", "van", "tot en met", "bezetting", "bron"]
        let lines = rows.map { row in
            [
                row.mission, row.component, row.status.label, row.cap?.description ?? "—",
                row.start?.iso ?? "—", row.end?.iso ?? "—", row.staffing.map(String.init) ?? "—",
                row.source?.document ?? "—",
            ]
        }
        return "Stand op \(asOf.iso) (\(asOf.dutch)): \(rows.count) bijdragen\n"
            + TextTable.render(header: header, rows: lines)
    }
}

/// Aligned columns for the terminal.
public enum TextTable {
    public static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }
        return ([line(header), line(rule)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
