import KaderCore
import SQLKit

/// One letter that matches a search, with a snippet around the matches.
public struct SearchHit: Sendable, Equatable {
    public let documentID: String
    public let title: String
    public let type: DocumentType
    public let date: Day?
    /// Plain text; the matched words stand between `SearchHit.markStart` and `markEnd`.
    public let snippet: String

    /// Private-use characters that no letter contains, replaced by `<mark>` after escaping.
    public static let markStart: Character = "\u{E000}"
    public static let markEnd: Character = "\u{E001}"
}

/// Full-text search over the letters: FTS5 on SQLite, the `dutch` configuration on PostgreSQL.
public struct SearchRepository: Sendable {
    public let database: KaderDatabase

    public init(database: KaderDatabase) {
        self.database = database
    }

    /// The best matches first; `type` and `year` narrow the letters searched.
    public func search(_ query: SearchQuery, type: DocumentType? = nil, year: Int? = nil, limit: Int = 50)
        async throws -> [SearchHit]
    {
        let dialect = database.dialect
        let rows: [Row] = try await database.withDatabase { db in
            var sql: SQLQueryString
            switch dialect {
            case .sqlite:
                // The best `limit` first, by rank alone; only those get a snippet. Made for every
                // match, snippets cost more than the search when a word is in thousands of letters.
                // The `+` keeps the rowid list out of FTS5's hands: given it, FTS5 runs the whole
                // query again for every rowid (50 prefix expansions); without, one pass filters.
                sql = """
                    SELECT d.id, d.title, d.type, d.date, d.assumed_date,
                        snippet(documents_fts, 2, char(57344), char(57345), '…', 24) AS snippet
                    FROM documents_fts JOIN documents d ON d.id = documents_fts.id
                    WHERE documents_fts MATCH \(bind: query.fts5) AND +documents_fts.rowid IN (
                        SELECT documents_fts.rowid FROM documents_fts
                    """
                if type != nil || year != nil {
                    sql.appendInterpolation(unsafeRaw: " JOIN documents d ON d.id = documents_fts.id")
                }
                sql.appendInterpolation(unsafeRaw: " WHERE documents_fts MATCH ")
                sql.appendInterpolation(bind: query.fts5)
                Self.filter(&sql, type: type, year: year)
                sql.appendInterpolation(unsafeRaw: " ORDER BY bm25(documents_fts, 0.0, 5.0, 1.0) LIMIT ")
                sql.appendInterpolation(bind: limit)
                sql.appendInterpolation(unsafeRaw: ") ORDER BY bm25(documents_fts, 0.0, 5.0, 1.0)")
            case .postgres:
                // PostgreSQL makes the headlines after the limit on its own.
                sql = """
                    SELECT d.id, d.title, d.type, d.date, d.assumed_date,
                        ts_headline('dutch', d.text, q, 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "') AS snippet
                    FROM documents d, websearch_to_tsquery('dutch', \(bind: query.plain)) q
                    WHERE d.search @@ q
                    """
                Self.filter(&sql, type: type, year: year)
                sql.appendInterpolation(unsafeRaw: " ORDER BY ts_rank(d.search, q) DESC LIMIT ")
                sql.appendInterpolation(bind: limit)
            }
            return try await db.raw(sql).all(decoding: Row.self)
        }
        return try rows.map { row in
            SearchHit(
                documentID: row.id, title: row.title,
                type: try ColumnValue.parse(DocumentType.self, row.type, in: "documents"),
                date: try ColumnValue.day(row.date ?? row.assumed_date, in: "documents"), snippet: row.snippet)
        }
    }

    /// The type and year filters, on the documents table `d`.
    private static func filter(_ sql: inout SQLQueryString, type: DocumentType?, year: Int?) {
        if let type {
            sql.appendInterpolation(unsafeRaw: " AND d.type = ")
            sql.appendInterpolation(bind: type.rawValue)
        }
        if let year {
            sql.appendInterpolation(unsafeRaw: " AND substr(coalesce(d.date, d.assumed_date), 1, 4) = ")
            sql.appendInterpolation(bind: String(year))
        }
    }

    private struct Row: Decodable {
        let id: String
        let title: String
        let type: String
        let date: String?
        let assumed_date: String?
        let snippet: String
    }
}
