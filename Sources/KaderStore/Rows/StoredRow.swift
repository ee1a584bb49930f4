import Foundation
import KaderCore
import SQLKit
import Synchronization

/// A table row as a flat Codable struct: SQLKit encodes it into columns by name
/// (snake_case) and decodes it back, the same on SQLite and PostgreSQL.
protocol StoredRow: Codable, Sendable {
    static var table: String { get }
}

/// A row that lists its columns and their values itself, in the order of its Codable keys:
/// SQLKit's Codable encoder was 4% of ingest's CPU for the candidates' rows alone.
/// `ListedRowTests` holds each list to what the encoder makes of the row.
protocol ListedRow: StoredRow {
    /// The columns, as `ColumnName` names the properties.
    static var columns: [String] { get }
    /// Each column's value, in `columns` order: `.null` is NULL, as SQLKit's `.asNil` writes it.
    var values: [BoundValue] { get }
}

/// The six provenance columns every fact table has.
protocol ProvenanceColumns {
    var sourceDocumentId: String? { get set }
    var sourceStart: Int? { get set }
    var sourceEnd: Int? { get set }
    var sourceQuote: String? { get set }
    var enteredBy: String? { get set }
    var enteredAt: String? { get set }
}

extension ProvenanceColumns {
    func provenance() throws -> Provenance {
        if let id = sourceDocumentId, let start = sourceStart, let end = sourceEnd {
            return .source(SourceSpan(documentID: id, start: start, end: end, quote: sourceQuote ?? ""))
        }
        if let user = enteredBy {
            return .entered(by: user, at: enteredAt.flatMap { ISO8601DateFormatter().date(from: $0) })
        }
        throw StoreError("a row in the database has no provenance (neither a source nor a user)")
    }

    mutating func setProvenance(_ provenance: Provenance) {
        switch provenance {
        case .source(let span):
            sourceDocumentId = span.documentID
            sourceStart = span.start
            sourceEnd = span.end
            sourceQuote = span.quote
        case .entered(let user, let at):
            enteredBy = user
            enteredAt = at.map { ISO8601DateFormatter().string(from: $0) }
        }
    }
}

/// The column of a property ("documentId" → "document_id"), worked out once per name:
/// SQLKit's `.convertToSnakeCase` redid it for every key of every row, a third of storing
/// a letter's candidates.
enum ColumnName {
    static let strategy = SQLQueryEncoder.KeyEncodingStrategy.custom { path in
        Key(stringValue: column(path.last!.stringValue))
    }

    /// The same columns for reading rows back: SQLKit's `.convertFromSnakeCase` converts
    /// each key of each row again, most of reading 50,000 letters for the registry.
    static let decoding = SQLRowDecoder.KeyDecodingStrategy.custom { path in
        Key(stringValue: column(path.last!.stringValue))
    }

    private static let known = Mutex<[String: String]>([:])

    static func column(_ property: String) -> String {
        if let column = known.withLock({ $0[property] }) { return column }
        let column = sqlKitColumn(property)
        known.withLock { $0[property] = column }
        return column
    }

    /// SQLKit's own conversion, asked once by encoding a value with this one key.
    private static func sqlKitColumn(_ property: String) -> String {
        struct OneKey: Encodable {
            let name: String
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(0, forKey: Key(stringValue: name))
            }
        }
        let encoded = try? SQLQueryEncoder(keyEncodingStrategy: .convertToSnakeCase).encode(OneKey(name: property))
        return encoded?.first?.0 ?? property
    }

    struct Key: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}

/// Lists and nested values stored as JSON text.
enum JSONColumn {
    /// One encoder for every column: making one per value was a tenth of storing a letter.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func encode<T: Encodable>(_ value: T) -> String {
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// One decoder for every column, as for encoding: reading 50,000 letters made 50,000.
    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try decoder.decode(type, from: Data(text.utf8))
    }
}

/// Reading a stored text back as an enum or a date, with a clear error when it is not one.
enum ColumnValue {
    static func parse<T: RawRepresentable>(_ type: T.Type, _ raw: String, in table: String) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: raw) else {
            throw StoreError("\(table): '\(raw)' is not a valid \(T.self)")
        }
        return value
    }

    static func day(_ raw: String?, in table: String) throws -> Day? {
        guard let raw else { return nil }
        guard let day = Day(iso: raw) else { throw StoreError("\(table): '\(raw)' is not a date") }
        return day
    }
}

extension SQLDatabase {
    /// Inserts rows in batches small enough for SQLite's limit on bound values.
    func insertAll<R: StoredRow>(_ rows: [R]) async throws {
        for batch in rows.chunked(by: 50) {
            try await insert(into: R.table)
                .models(batch, keyEncodingStrategy: ColumnName.strategy, nilEncodingStrategy: .asNil)
                .run()
        }
    }

    /// Inserts rows that list their own columns, 500 a statement: a letter's candidates
    /// (about 160) in one statement, where 50 a statement cost a parse and a trip to the
    /// database's thread each. 500 rows of 15 columns stay under SQLite's limit of 32,766
    /// bound values (PostgreSQL's is 65,535).
    func insertAll<R: ListedRow>(_ rows: [R]) async throws {
        for batch in rows.chunked(by: 500) {
            if let session = self as? SQLiteSession {
                try await session.insert(into: R.table, columns: R.columns, rows: batch.map(\.values))
            } else {
                try await execute(sql: RowsInsert(table: R.table, columns: R.columns, rows: batch.map(\.values))) { _ in
                }
            }
        }
    }

    /// Every row of the table, in `orderBy` order.
    func fetchAll<R: StoredRow>(_ type: R.Type, orderBy: String...) async throws -> [R] {
        var query = select().column("*").from(R.table)
        for column in orderBy { query = query.orderBy(column) }
        return try await query.all(decoding: R.self, keyDecodingStrategy: ColumnName.decoding)
    }
}

extension SQLRow {
    /// A column that may be NULL, without Codable's route for optionals.
    func decodeIfPresent<T: Decodable>(column: String, as type: T.Type) throws -> T? {
        try decodeNil(column: column) ? nil : decode(column: column, as: type)
    }
}

extension Array {
    /// The elements in runs of at most `size`, in order: statements under SQLite's limit on
    /// bound values.
    func chunked(by size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
