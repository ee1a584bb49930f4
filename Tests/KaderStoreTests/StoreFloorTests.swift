import Foundation
import KaderIngest
import KaderTestSupport
import SQLKit
import Testing

@testable import KaderStore

/// The store's floor stores again exactly what ingest stored, so that its time is that of
/// the same rows.
@Suite struct StoreFloorTests {
    /// Every row of `table` as SQLite's `quote()` writes each column, sorted.
    private static func quoted(_ table: String, on database: KaderDatabase) async throws -> [String] {
        try await database.withDatabase { db in
            let columns = try await db.raw("SELECT name FROM pragma_table_info(\(bind: table))").all().map {
                "quote(\(try $0.decode(column: "name", as: String.self)))"
            }
            let row = columns.joined(separator: " || '|' || ")
            return try await db.raw(SQLQueryString("SELECT \(row) AS row FROM \(table)")).all().map {
                try $0.decode(column: "row", as: String.self)
            }.sorted()
        }
    }

    /// The letters a search finds, by id.
    private static func found(_ word: String, on database: KaderDatabase) async throws -> [String] {
        try await database.withDatabase { db in
            try await db.raw(
                """
                SELECT s.document_id AS id FROM documents_fts f
                JOIN documents_fts_scope s ON s.fts_rowid = f.rowid
                WHERE documents_fts MATCH \(bind: word) ORDER BY s.document_id
                """
            ).all().map { try $0.decode(column: "id", as: String.self) }
        }
    }

    private static func migrated(_ path: String) async throws -> KaderDatabase {
        let database = try await KaderDatabase.openSQLite(path: path)
        _ = try await Migrator(database: database).migrate()
        return database
    }

    @Test func theFloorStoresEveryLetterAndCandidateOfAnIngestedFileAgain() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let sourcePath = folder.url.appendingPathComponent("bron.sqlite").path
        let source = try await Self.migrated(sourcePath)
        let letters = try Corpus.letters().map { ($0, LetterExtractor().extract($0).facts) }
        _ = try await CandidateRepository(database: source).storeLetters(letters.map { ($0.0, $0.1) })
        await source.close()

        let target = try await Self.migrated(folder.url.appendingPathComponent("kopie.sqlite").path)
        // Two letters a transaction: the corpus's five in three.
        let replay = try await StoreFloor.replay(from: sourcePath, into: target, perTransaction: 2)
        let reopened = try await KaderDatabase.openSQLite(path: sourcePath)
        #expect(replay.letters == letters.count)
        #expect(replay.facts == letters.map(\.1.count).reduce(0, +))
        #expect(replay.facts > letters.count * 10)
        #expect(replay.seconds > 0)
        for table in ["documents", "candidate_facts", "documents_head"] {
            let copied = try await Self.quoted(table, on: target)
            #expect(copied.count > 0, "\(table)")
            #expect(copied == (try await Self.quoted(table, on: reopened)), "\(table)")
        }
        // The triggers filled the search index as ingest's inserts did.
        let erbil = try await Self.found("Erbil", on: target)
        #expect(!erbil.isEmpty)
        #expect(erbil == (try await Self.found("Erbil", on: reopened)))
        await reopened.close()
        await target.close()
    }

    @Test func aSourceThatIsNotThereOrATargetOnPostgreSQLIsAClearError() async throws {
        try await TestDatabase.withMigrated { database in
            let error = await #expect(throws: StoreError.self) {
                try await StoreFloor.replay(from: "/nergens/bron.sqlite", into: database, perTransaction: 32)
            }
            let expected = database.dialect == .sqlite ? "bestaat niet" : "alleen SQLite"
            #expect(error?.description.contains(expected) == true, "\(String(describing: error))")
        }
    }
}
