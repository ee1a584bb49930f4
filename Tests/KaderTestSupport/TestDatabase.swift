import Foundation
import KaderStore
import SQLKit

/// A fresh, empty database for one test: a SQLite file in a temporary folder, or, when
/// `KADER_TEST_DATABASE_URL` names a PostgreSQL server, a new database on that server.
/// `scripts/test` runs the whole suite both ways.
public struct TestDatabase: Sendable {
    /// The server the PostgreSQL run uses; nil runs on SQLite.
    public static let serverURL = ProcessInfo.processInfo.environment["KADER_TEST_DATABASE_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    public static var isPostgres: Bool { serverURL != nil }

    public let folder: TemporaryFolder
    /// The PostgreSQL URL of this test's database, nil on SQLite.
    public let databaseURL: String?
    private let name: String?

    /// The SQLite file (unused on PostgreSQL, where `databaseURL` wins).
    public var sqlitePath: String { folder.databasePath }

    public static func make() async throws -> TestDatabase {
        let folder = try TemporaryFolder()
        guard let server = serverURL else { return TestDatabase(folder: folder, databaseURL: nil, name: nil) }
        let name = "kader_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let admin = try await KaderDatabase.openPostgres(url: server)
        do {
            try await admin.withDatabase { db in try await db.raw("CREATE DATABASE \(unsafeRaw: name)").run() }
        } catch {
            await admin.close()
            throw error
        }
        await admin.close()
        return TestDatabase(folder: folder, databaseURL: replacingDatabase(in: server, with: name), name: name)
    }

    /// A fresh database migrated through migration `last` (all by default) for `body`: closed
    /// and removed afterwards, also when `body` throws.
    public static func withMigrated(through last: Int = .max, _ body: (KaderDatabase) async throws -> Void)
        async throws
    {
        let testDatabase = try await make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        do {
            try await Migrator(database: database).migrate(through: last)
            try await body(database)
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }

    /// Opens this test's database (again, if needed).
    public func open() async throws -> KaderDatabase {
        try await KaderDatabase.open(databaseURL: databaseURL, sqlitePath: sqlitePath)
    }

    /// Removes the file or drops the database.
    public func remove() async {
        folder.remove()
        guard let name, let server = Self.serverURL, let admin = try? await KaderDatabase.openPostgres(url: server)
        else { return }
        try? await admin.withDatabase { db in
            try await db.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run()
        }
        await admin.close()
    }

    /// For `defer`: removes the file now, drops the PostgreSQL database in the background.
    public func discard() {
        folder.remove()
        guard name != nil else { return }
        Task { await remove() }
    }

    /// `postgres://u@h:p/postgres` → `postgres://u@h:p/NAME`.
    static func replacingDatabase(in url: String, with name: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.path = "/" + name
        return components.string ?? url
    }
}
