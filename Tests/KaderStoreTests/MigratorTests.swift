import Foundation
import KaderStore
import KaderTestSupport
import SQLKit
import Testing

@Suite struct MigratorTests {
    @Test func splitsStatementsAtLineEndingSemicolonsButKeepsTriggerBodiesWhole() {
        let sql = """
            -- a comment
            CREATE TABLE a (x TEXT);

            CREATE TRIGGER t AFTER INSERT ON a BEGIN
                INSERT INTO b VALUES (new.x);
                INSERT INTO c VALUES (new.x);
            END;
            CREATE INDEX i ON a (x);
            """
        let statements = Migrator.statements(in: sql)
        #expect(statements.count == 3)
        #expect(statements[0] == "CREATE TABLE a (x TEXT)")
        #expect(statements[1].hasPrefix("CREATE TRIGGER t") && statements[1].hasSuffix("END"))
        #expect(statements[2] == "CREATE INDEX i ON a (x)")
    }

    @Test func migratesANewFileOnceAndRecordsIt() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        let first = try await Migrator(database: database).migrate()
        let second = try await Migrator(database: database).migrate()
        #expect(first.first == "001_registry")
        #expect(second.isEmpty)
        let listTables: SQLQueryString =
            database.dialect == .sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"
        let tables = try await database.withDatabase { db in
            try await db.raw(listTables).all(decodingColumn: "name", as: String.self)
        }
        for table in [
            "documents", "missions", "contributions", "decisions", "commitments", "cost_lines",
            "indicators", "measurements", "monitoring_visits", "lessons", "risks", "staffing", "motions",
            "document_references", "schema_migrations",
        ] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        if database.dialect == .sqlite {
            let mode = try await database.withDatabase { db in
                try await db.raw("PRAGMA journal_mode").first(decodingColumn: "journal_mode", as: String.self)
            }
            #expect(mode == "wal")
        }
        await database.close()
    }

    @Test func refusesADatabaseInAFolderThatDoesNotExist() async throws {
        await #expect(throws: StoreError.self) {
            _ = try await KaderDatabase.openSQLite(path: "/nonexistent-kader-folder/kader.sqlite")
        }
    }
}
