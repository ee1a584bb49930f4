import Foundation
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

/// The best hits of a search and how many letters matched.
public struct SearchResults: Sendable, Equatable {
    public let hits: [SearchHit]
    /// The letters that match, counted up to the repository's `rankedAtMost`.
    public let matched: Int
    /// True when more letters match than are ranked: the hits are then the best of the
    /// `rankedAtMost` letters added last.
    public let capped: Bool

    public static let none = SearchResults(hits: [], matched: 0, capped: false)
}

/// Which letters a search may return, besides the words.
public struct SearchScope: Sendable, Equatable {
    public var type: DocumentType?
    public var year: Int?
    /// The highest classification the asker may read; nil for every letter.
    public var clearance: Classification?
    /// Only these letters (a mission's), when set.
    public var documentIDs: Set<String>?

    public init(
        type: DocumentType? = nil, year: Int? = nil, clearance: Classification? = nil,
        documentIDs: Set<String>? = nil
    ) {
        self.type = type
        self.year = year
        self.clearance = clearance
        self.documentIDs = documentIDs
    }
}

/// Full-text search over the letters: FTS5 on SQLite, the `dutch` configuration on PostgreSQL.
public struct SearchRepository: Sendable {
    public let database: KaderDatabase

    /// On SQLite, the letters ranked at most: the most recently added that match. Ranking
    /// costs about a microsecond per matching letter, and a common word is in nearly every
    /// one of 50,000; among that many the order says little anyway.
    public let rankedAtMost: Int
    /// A stem that starts more indexed words than this looks for the most frequent of them.
    static let wordsPerStem = 64

    /// On SQLite, the words of the stems searched for, until the index changes.
    let stemWords = StemWords()

    public init(database: KaderDatabase, rankedAtMost: Int = 5_000) {
        self.database = database
        self.rankedAtMost = rankedAtMost
    }

    /// The best matches first, at most `limit`, within `scope`.
    public func search(_ query: SearchQuery, in scope: SearchScope = SearchScope(), limit: Int = 50)
        async throws -> SearchResults
    {
        let dialect = database.dialect
        let rankedAtMost = rankedAtMost
        let stemWords = stemWords
        return try await database.withDatabase { db in
            switch dialect {
            case .sqlite:
                try await Self.searchSQLite(
                    query, in: scope, limit: limit, rankedAtMost: rankedAtMost, stemWords: stemWords, on: db)
            case .postgres: try await Self.searchPostgres(query, in: scope, limit: limit, on: db)
            }
        }
    }

    private static func searchSQLite(
        _ query: SearchQuery, in scope: SearchScope, limit: Int, rankedAtMost: Int, stemWords: StemWords,
        on db: any SQLDatabase
    ) async throws -> SearchResults {
        // Read before the vocabulary, so that words kept under it are at least as new.
        let version =
            try await db.raw("SELECT version FROM documents_fts_version").first(decodingColumn: "version", as: Int.self)
            ?? 0
        var groups: [[String]] = []
        for term in query.terms {
            guard term.isPrefix else {
                groups.append([term.text])
                continue
            }
            if let words = stemWords.words(for: term.text, version: version) {
                guard !words.isEmpty else { return .none }
                groups.append(words)
                continue
            }
            let words = try await db.raw(
                """
                SELECT term FROM documents_fts_terms
                WHERE term >= \(bind: term.text) AND term < \(bind: term.text + "\u{10FFFF}")
                ORDER BY doc DESC LIMIT \(bind: wordsPerStem)
                """
            ).all(decodingColumn: "term", as: String.self)
            stemWords.keep(words, for: term.text, version: version)
            guard !words.isEmpty else { return .none }
            groups.append(words)
        }
        let match = SearchQuery.fts5(allOf: groups)

        // Rank the most recently added matches: FTS5 walks its lists newest first and stops.
        let newest = { (columns: String) in Self.newestMatches(columns, match, scope, atMost: rankedAtMost) }
        var ranking: SQLQueryString =
            "SELECT rowid FROM ("
            + newest("documents_fts.rowid AS rowid, bm25(documents_fts, 5.0, 1.0) AS score")
            + ") ORDER BY score LIMIT "
        ranking.appendInterpolation(bind: limit)
        let ranked = try await db.raw(ranking).all(decodingColumn: "rowid", as: Int.self)
        guard !ranked.isEmpty else { return .none }
        // Fewer hits than asked for are all there are. Otherwise the matches are counted
        // apart: a count beside each ranked row (a window) costs more than walking them again.
        var matched = ranked.count
        if ranked.count == limit {
            matched =
                try await db.raw("SELECT count(*) AS n FROM (" + newest("documents_fts.rowid") + ")").first(
                    decodingColumn: "n", as: Int.self) ?? 0
        }

        // The hits' letters, for their snippets (made in Swift: see SnippetMaker).
        var letters = SQLQueryString(
            """
            SELECT s.fts_rowid AS rowid, d.id, d.title, d.type, d.date, d.assumed_date, d.text AS snippet
            FROM documents_fts_scope s JOIN documents d ON d.id = s.document_id
            WHERE s.fts_rowid IN (
            """)
        for (index, rowid) in ranked.enumerated() {
            if index > 0 { letters.appendInterpolation(unsafeRaw: ", ") }
            letters.appendInterpolation(bind: rowid)
        }
        letters.appendInterpolation(unsafeRaw: ")")
        let rows = try await db.raw(letters).all(decoding: Row.self)
        let byRowid = Dictionary(rows.map { ($0.rowid ?? 0, $0) }) { a, _ in a }
        let maker = SnippetMaker(words: Set(groups.joined()))
        let hits = try ranked.compactMap { byRowid[$0] }.map {
            try $0.hit(snippet: maker.snippet(of: $0.snippet))
        }
        return SearchResults(hits: hits, matched: matched, capped: matched >= rankedAtMost)
    }

    /// `SELECT columns` of the `atMost` newest rows of the search index that match, within the scope.
    private static func newestMatches(_ columns: String, _ match: String, _ scope: SearchScope, atMost: Int)
        -> SQLQueryString
    {
        var sql = SQLQueryString("SELECT \(unsafeRaw: columns) FROM documents_fts")
        if scope.restrictsDocuments {
            sql.appendInterpolation(unsafeRaw: " JOIN documents_fts_scope s ON s.fts_rowid = documents_fts.rowid")
        }
        sql.appendInterpolation(unsafeRaw: " WHERE documents_fts MATCH ")
        sql.appendInterpolation(bind: match)
        scope.filter(&sql, dialect: .sqlite)
        sql.appendInterpolation(unsafeRaw: " ORDER BY documents_fts.rowid DESC LIMIT ")
        sql.appendInterpolation(bind: atMost)
        return sql
    }

    private static func searchPostgres(_ query: SearchQuery, in scope: SearchScope, limit: Int, on db: any SQLDatabase)
        async throws -> SearchResults
    {
        // Ranked and counted first; headlines only for the hits.
        var sql = SQLQueryString(
            """
            SELECT d.id, d.title, d.type, d.date, d.assumed_date, top.matched,
                ts_headline('dutch', d.text, q, 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "') AS snippet
            FROM (
                SELECT d.id, ts_rank(d.search, q) AS rank, count(*) OVER () AS matched
                FROM documents d, websearch_to_tsquery('dutch', \(bind: query.plain)) q
                WHERE d.search @@ q
            """)
        scope.filter(&sql, dialect: .postgres)
        sql.appendInterpolation(unsafeRaw: " ORDER BY rank DESC LIMIT ")
        sql.appendInterpolation(bind: limit)
        sql.appendInterpolation(unsafeRaw: ") top JOIN documents d ON d.id = top.id, websearch_to_tsquery('dutch', ")
        sql.appendInterpolation(bind: query.plain)
        sql.appendInterpolation(unsafeRaw: ") q ORDER BY top.rank DESC")
        let rows = try await db.raw(sql).all(decoding: Row.self)
        return SearchResults(hits: try rows.map { try $0.hit() }, matched: rows.first?.matched ?? 0, capped: false)
    }

    private struct Row: Decodable {
        let rowid: Int?
        let id: String
        let title: String
        let type: String
        let date: String?
        let assumed_date: String?
        let snippet: String
        let matched: Int?

        /// The hit, with `snippet` in place of the column's when given.
        func hit(snippet made: String? = nil) throws -> SearchHit {
            SearchHit(
                documentID: id, title: title, type: try ColumnValue.parse(DocumentType.self, type, in: "documents"),
                date: try ColumnValue.day(date ?? assumed_date, in: "documents"), snippet: made ?? snippet)
        }
    }
}

extension SearchScope {
    /// True when the documents table must be joined to apply the scope.
    var restrictsDocuments: Bool {
        type != nil || year != nil || documentIDs != nil || limitingClearance != nil
    }

    /// The clearance when it keeps some letters out.
    private var limitingClearance: Classification? {
        clearance.flatMap { clearance in Classification.allCases.contains { $0 > clearance } ? clearance : nil }
    }

    /// The scope's conditions: on SQLite on `documents_fts_scope s`, on PostgreSQL on `documents d`.
    func filter(_ sql: inout SQLQueryString, dialect: StoreDialect) {
        let (id, type, classification, day) =
            dialect == .sqlite
            ? ("s.document_id", "s.type", "s.classification", "s.day")
            : ("d.id", "d.type", "d.classification", "coalesce(d.date, d.assumed_date)")
        if let value = self.type {
            sql.appendInterpolation(unsafeRaw: " AND \(type) = ")
            sql.appendInterpolation(bind: value.rawValue)
        }
        if let year {
            sql.appendInterpolation(unsafeRaw: " AND substr(\(day), 1, 4) = ")
            sql.appendInterpolation(bind: String(year))
        }
        if let clearance = limitingClearance {
            sql.appendInterpolation(unsafeRaw: " AND \(classification) IN (")
            for (index, level) in Classification.allCases.filter({ $0 <= clearance }).enumerated() {
                if index > 0 { sql.appendInterpolation(unsafeRaw: ", ") }
                sql.appendInterpolation(bind: level.rawValue)
            }
            sql.appendInterpolation(unsafeRaw: ")")
        }
        if let documentIDs {
            // One parameter however many letters a mission has: a JSON list or an array.
            let list = documentIDs.sorted()
            switch dialect {
            case .sqlite:
                let json = String(decoding: (try? JSONEncoder().encode(list)) ?? Data("[]".utf8), as: UTF8.self)
                sql.appendInterpolation(unsafeRaw: " AND \(id) IN (SELECT value FROM json_each(")
                sql.appendInterpolation(bind: json)
                sql.appendInterpolation(unsafeRaw: "))")
            case .postgres:
                sql.appendInterpolation(unsafeRaw: " AND \(id) = ANY(")
                sql.appendInterpolation(bind: list)
                sql.appendInterpolation(unsafeRaw: ")")
            }
        }
    }
}
