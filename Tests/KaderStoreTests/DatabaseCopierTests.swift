import Foundation
import KaderCore
import KaderIngest
import KaderReport
import KaderStore
import KaderTestSupport
import SQLKit
import Testing

/// `DatabaseCopier`: an installation moved to another database arrives whole. On the
/// PostgreSQL run of `scripts/test` it moves SQLite → PostgreSQL and back; else SQLite → SQLite.
@Suite struct DatabaseCopierTests {
    /// An installation with every kind of data: the corpus and curated registry, an ingested
    /// letter (classified `intern`) with reviewed candidates, accounts, tokens, a setting and
    /// the audit trail those changes wrote.
    static func fillInstallation(_ database: KaderDatabase) async throws {
        _ = try await FirstRun(database: database).prepare(letters: try Corpus.letters())
        var letter = try Corpus.letter("004_a5c8b23f8fb2d6ff.txt")
        letter.id = "intern-004"
        letter.text += "\nIntern kenmerk: verhuistest.\n"
        letter.contentHash = SHA256.hex(of: Data(letter.text.utf8))
        letter.classification = .intern
        let extraction = LetterExtractor().extract(letter)
        let candidates = CandidateRepository(database: database)
        _ = try await candidates.storeLetter(letter, candidates: extraction.facts)
        let motion = try #require(
            extraction.facts.first { if case .reference(_, true) = $0.value { true } else { false } })
        _ = try await candidates.accept(id: motion.id, by: "test")
        _ = try await candidates.reject(id: extraction.facts[0].id, by: "test")

        let accounts = AccountRepository(database: database)
        var analist = Account(id: "analist", displayName: "Ana List", role: .analist, clearance: .intern)
        try await accounts.add(analist, passwordHash: "$2b$12$hash-analist", by: "test")
        try await accounts.add(
            Account(id: "beheer", displayName: "Beheer", role: .beheerder, clearance: .departementaalVertrouwelijk),
            passwordHash: "$2b$12$hash-beheer", by: "test")
        analist.disabled = true
        try await accounts.update(analist, by: "beheer", reason: "vertrokken")
        let revoked = try await accounts.issueToken(for: "beheer", name: "oud script", by: "beheer")
        _ = try await accounts.issueToken(for: "beheer", name: "rapportage", by: "beheer")
        _ = try await accounts.revokeToken(id: revoked.id, by: "beheer")
        try await accounts.set(.anonymousRead, to: "ja", by: "beheer")
    }

    /// What a user of the installation sees: the export, candidates, accounts, tokens,
    /// audit trail and settings.
    static func visible(_ database: KaderDatabase) async throws -> [String] {
        let export = String(
            decoding: try RegistryExport.json(try await RegistryRepository(database: database).load()), as: UTF8.self)
        let candidates = try await CandidateRepository(database: database).candidates()
        let accounts = AccountRepository(database: database)
        let audit = try await AuditLog(database: database).entries()
        return [
            export, "\(candidates)", "\(try await accounts.all())", "\(try await accounts.tokens())", "\(audit)",
            try await accounts.value(of: .anonymousRead),
        ]
    }

    /// Two SQLite files: `a.sqlite` with a whole installation, `b.sqlite` new.
    static func filledSourceAndEmptyTarget(in files: TemporaryFolder) async throws -> (KaderDatabase, KaderDatabase) {
        let source = try await KaderDatabase.openSQLite(path: files.url.appendingPathComponent("a.sqlite").path)
        let target = try await KaderDatabase.openSQLite(path: files.url.appendingPathComponent("b.sqlite").path)
        try await Migrator(database: source).migrate()
        try await fillInstallation(source)
        return (source, target)
    }

    static let directions =
        TestDatabase.isPostgres ? ["sqlite → postgres", "postgres → sqlite"] : ["sqlite → sqlite"]

    @Test(arguments: directions)
    func aMovedInstallationHasTheSameExportAccountsAndAuditTrail(direction: String) async throws {
        let server = try await TestDatabase.make()
        defer { server.discard() }
        let files = try TemporaryFolder()
        defer { files.remove() }
        let sqlite = try await KaderDatabase.openSQLite(path: files.url.appendingPathComponent("a.sqlite").path)
        let other =
            TestDatabase.isPostgres
            ? try await server.open()
            : try await KaderDatabase.openSQLite(path: files.url.appendingPathComponent("b.sqlite").path)
        let (source, target) = direction.hasPrefix("postgres") ? (other, sqlite) : (sqlite, other)
        try await Migrator(database: source).migrate()
        try await Self.fillInstallation(source)

        let counts = try await DatabaseCopier(source: source, target: target).copy()

        let sourceView = try await Self.visible(source)
        let targetView = try await Self.visible(target)
        let sourceRows = try await DatabaseCopier.contents(of: source)
        let targetRows = try await DatabaseCopier.contents(of: target)
        await source.close()
        await target.close()
        #expect(targetView == sourceView)
        #expect(targetRows == sourceRows)
        #expect(counts.first { $0.table == "documents" }?.rows == 6)
        // Three account changes, two reviews (an accepted motion, a rejected candidate), two
        // tokens issued and one revoked, and a setting.
        #expect(counts.first { $0.table == "audit_log" }?.rows == 9)
        #expect(counts.first { $0.table == "api_tokens" }?.rows == 2)
        #expect(sourceView[0].contains("\"classification\" : \"intern\""))
    }

    @Test func aTargetThatHoldsDataIsRefusedAndLeftAsItWas() async throws {
        let files = try TemporaryFolder()
        defer { files.remove() }
        let (source, target) = try await Self.filledSourceAndEmptyTarget(in: files)
        try await Migrator(database: target).migrate()
        try await AccountRepository(database: target).set(.anonymousRead, to: "ja", by: "test")
        let before = try await DatabaseCopier.contents(of: target)

        let error = await #expect(throws: StoreError.self) {
            try await DatabaseCopier(source: source, target: target).copy()
        }
        let after = try await DatabaseCopier.contents(of: target)
        await source.close()
        await target.close()
        #expect(error?.description.contains("niet leeg") == true)
        #expect(error?.description.contains("settings (1)") == true)
        #expect(after == before)
    }

    /// A table a later migration adds must be copied too, or a move would lose it.
    @Test func everyTableOfTheSchemaIsCopiedExceptSessions() async throws {
        let files = try TemporaryFolder()
        defer { files.remove() }
        let database = try await KaderDatabase.openSQLite(path: files.databasePath)
        try await Migrator(database: database).migrate()
        let tables = try await database.withDatabase { db in
            try await db.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all(
                decodingColumn: "name", as: String.self)
        }
        await database.close()
        let kept = tables.filter {
            // The search index, documents_head, documents_version and documents_changes follow
            // from `documents` by triggers.
            !$0.hasPrefix("sqlite_") && !$0.hasPrefix("documents_fts")
                && !["documents_head", "documents_version", "documents_changes"].contains($0)
                && $0 != "schema_migrations" && $0 != "sessions"
        }
        #expect(Set(kept) == Set(DatabaseCopier.tableNames))
    }

    /// Every column, not only those the row types know: each value as SQLite's quote() writes it.
    @Test func aCopyOnSQLiteHasEveryColumnOfEveryRow() async throws {
        let files = try TemporaryFolder()
        defer { files.remove() }
        let (source, target) = try await Self.filledSourceAndEmptyTarget(in: files)
        _ = try await DatabaseCopier(source: source, target: target).copy()
        for table in DatabaseCopier.tableNames {
            let (original, copy) = (
                try await Self.quotedRows(table, in: source), try await Self.quotedRows(table, in: target)
            )
            #expect(copy == original, "\(table)")
        }
        await source.close()
        await target.close()
    }

    static func quotedRows(_ table: String, in database: KaderDatabase) async throws -> [String] {
        try await database.withDatabase { db in
            let columns = try await db.raw("SELECT name FROM pragma_table_info(\(bind: table))").all(
                decodingColumn: "name", as: String.self)
            let line = columns.map { "quote(\"\($0)\")" }.joined(separator: " || ',' || ")
            return try await db.raw(SQLQueryString("SELECT \(line) AS line FROM \"\(table)\"")).all(
                decodingColumn: "line", as: String.self
            ).sorted()
        }
    }
}
