import Foundation
import KaderCore
import KaderIngest
import KaderTestSupport
import Logging
import NIOCore
import SQLKit
import Testing

@testable import KaderStore

/// A row that lists its own columns inserts exactly what SQLKit's Codable encoder would.
@Suite struct ListedRowTests {
    /// Candidates of a corpus letter, and one with every optional column filled.
    private func candidateRows() throws -> [CandidateFactRow] {
        let extraction = LetterExtractor().extract(try Corpus.letter("004_a5c8b23f8fb2d6ff.txt"))
        var reviewed = extraction.facts[0]
        reviewed.id += "-beoordeeld"
        reviewed.status = .accepted
        reviewed.placement = "decisions/nmi-1"
        reviewed.provenance = .entered(by: "beoordelaar", at: Date(timeIntervalSince1970: 1_700_000_000))
        var row = CandidateFactRow(reviewed)
        row.reviewedAt = "2026-12-01T12:00:00Z"
        row.sourceDocumentId = "004_a5c8b23f8fb2d6ff"
        row.sourceStart = 10
        row.sourceEnd = 20
        row.sourceQuote = "citaat"
        return extraction.facts.map(CandidateFactRow.init) + [row]
    }

    /// A listed value as SQLKit's builder takes it: bound, or NULL.
    static func expression(_ value: (any Encodable & Sendable)?) -> any SQLExpression {
        guard let value else { return SQLLiteral.null }
        return SQLBind(value)
    }

    @Test func aCandidatesListedColumnsAndValuesAreWhatTheCodableEncoderMakesOfIt() async throws {
        let rows = try candidateRows()
        #expect(rows.count > 20)
        try await TestDatabase.withMigrated { database in
            try await database.withDatabase { db in
                let encoder = SQLQueryEncoder(keyEncodingStrategy: ColumnName.strategy, nilEncodingStrategy: .asNil)
                for row in rows {
                    let encoded = try encoder.encode(row)
                    #expect(encoded.map(\.0) == CandidateFactRow.columns)
                    let listed = row.values.map { db.serialize(Self.expression($0.encodable)) }
                    let coded = encoded.map { db.serialize($0.1) }
                    #expect(listed.map(\.sql) == coded.map(\.sql), "\(row.id)")
                    #expect(
                        listed.map { $0.binds.map { "\($0)" } } == coded.map { $0.binds.map { "\($0)" } }, "\(row.id)")
                }
            }
        }
        // The filled row really has no NULL left, so every column's bind was compared.
        #expect(!rows.last!.values.contains(.null))
    }

    /// The insert of `rows` as SQLKit's builder writes it on `db`, and as `RowsInsert` does.
    private static func statements(of rows: [CandidateFactRow], on db: any SQLDatabase) -> (
        expected: (sql: String, binds: [any Encodable & Sendable]),
        written: (sql: String, binds: [any Encodable & Sendable])
    ) {
        let builder = db.insert(into: CandidateFactRow.table).columns(CandidateFactRow.columns)
        for row in rows { builder.values(row.values.map { Self.expression($0.encodable) }) }
        let written = RowsInsert(
            table: CandidateFactRow.table, columns: CandidateFactRow.columns, rows: rows.map(\.values))
        return (db.serialize(builder.query), db.serialize(written))
    }

    @Test func theWrittenOutInsertIsTheStatementSQLKitsBuilderMakes() async throws {
        let rows = try Array(candidateRows().suffix(3))
        try await TestDatabase.withMigrated { database in
            try await database.withDatabase { db in
                let (expected, written) = Self.statements(of: rows, on: db)
                #expect(written.sql == expected.sql)
                #expect(written.binds.map { "\($0)" } == expected.binds.map { "\($0)" })
                #expect(written.binds.count > 3 * 10)
            }
        }
    }

    @Test func candidatesInsertedByTheirListedColumnsReadBackAsTheyWere() async throws {
        let rows = try candidateRows()
        try await TestDatabase.withMigrated { database in
            let letter = try Corpus.letter("004_a5c8b23f8fb2d6ff.txt")
            try await database.withDatabase { db in
                try await db.insertAll([DocumentRow(letter)])
                try await db.insertAll(rows)
                let read = try await db.fetchAll(CandidateFactRow.self).sorted { $0.id < $1.id }
                #expect(try read.map { try $0.model() } == (try rows.sorted { $0.id < $1.id }.map { try $0.model() }))
                #expect(read.map(\.reviewedAt).compactMap { $0 } == ["2026-12-01T12:00:00Z"])
            }
        }
    }

    /// Every candidate row as SQLite's `quote()` writes its columns, which tells a number
    /// from text and a whole number from a real one.
    private static func quotedCandidates(on db: any SQLDatabase) async throws -> [String] {
        let columns = CandidateFactRow.columns.map { "quote(\($0))" }.joined(separator: " || '|' || ")
        return try await db.raw(SQLQueryString("SELECT \(columns) AS row FROM candidate_facts ORDER BY id")).all()
            .map { try $0.decode(column: "row", as: String.self) }
    }

    @Test func onSQLiteTheDirectInsertStoresWhatSQLKitsStatementStores() async throws {
        let rows = try candidateRows()
        try await TestDatabase.withMigrated { database in
            let letter = try Corpus.letter("004_a5c8b23f8fb2d6ff.txt")
            try await database.withDatabase { db in
                guard let session = db as? SQLiteSession else {
                    // PostgreSQL has no such shortcut: its inserts are SQLKit's statement.
                    #expect(database.dialect == .postgres)
                    return
                }
                #expect(database.dialect == .sqlite)
                try await db.insertAll([DocumentRow(letter)])
                try await session.insert(
                    into: CandidateFactRow.table, columns: CandidateFactRow.columns, rows: rows.map(\.values))
                let direct = try await Self.quotedCandidates(on: db)
                try await db.raw("DELETE FROM candidate_facts").run()
                try await db.execute(
                    sql: RowsInsert(
                        table: CandidateFactRow.table, columns: CandidateFactRow.columns, rows: rows.map(\.values))
                ) { _ in }
                let throughSQLKit = try await Self.quotedCandidates(on: db)
                #expect(direct.count == rows.count)
                #expect(direct == throughSQLKit)
                // Each kind of value was compared: text, whole and real numbers, and NULL.
                #expect(direct.contains { $0.contains("|NULL|") } && direct.contains { $0.contains("|0.") })
            }
        }
    }

    /// A dialect whose placeholders have a shape `RowsInsert` does not know ("@p1@"), so that
    /// it asks the dialect for each one.
    private struct OddPlaceholders: SQLDialect {
        let base: any SQLDialect
        var name: String { base.name }
        var identifierQuote: any SQLExpression { base.identifierQuote }
        var supportsAutoIncrement: Bool { base.supportsAutoIncrement }
        var autoIncrementClause: any SQLExpression { base.autoIncrementClause }
        func bindPlaceholder(at position: Int) -> any SQLExpression { SQLRaw("@p\(position)@") }
        func literalBoolean(_ value: Bool) -> any SQLExpression { base.literalBoolean(value) }
    }

    /// A database seen through another dialect, only for writing statements out.
    private struct Redialected: SQLDatabase {
        let database: any SQLDatabase
        let dialect: any SQLDialect
        var logger: Logger { database.logger }
        var eventLoop: any EventLoop { database.eventLoop }
        func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void)
            -> EventLoopFuture<Void>
        {
            database.execute(sql: query, onRow)
        }
    }

    @Test func aDialectWithPlaceholdersOfAnotherShapeIsAskedForEachAndGetsTheBuildersStatement() async throws {
        let rows = try Array(candidateRows().suffix(3))
        try await TestDatabase.withMigrated { database in
            try await database.withDatabase { real in
                let db = Redialected(database: real, dialect: OddPlaceholders(base: real.dialect))
                let (expected, written) = Self.statements(of: rows, on: db)
                #expect(written.sql == expected.sql)
                #expect(written.sql.contains("@p1@") && written.sql.contains("@p\(written.binds.count)@"))
                #expect(written.binds.map { "\($0)" } == expected.binds.map { "\($0)" })
            }
        }
    }
}
