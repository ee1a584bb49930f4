import Foundation
import SQLKit

/// Applies the numbered SQL files in `Migrations/` that the database has not seen yet.
///
/// `NNN_name.sql` runs on both dialects; `NNN_name.sqlite.sql` and `NNN_name.postgres.sql`
/// are the branch where the two differ. Each file runs in its own transaction and is
/// recorded in `schema_migrations`.
public struct Migrator: Sendable {
    /// One migration file.
    public struct Migration: Sendable, Equatable {
        public let number: Int
        public let name: String
        public let sql: String
    }

    public let database: KaderDatabase

    public init(database: KaderDatabase) {
        self.database = database
    }

    /// The migrations for this dialect, in order.
    public func migrations() throws -> [Migration] {
        guard let folder = Bundle.module.url(forResource: "Migrations", withExtension: nil) else {
            throw StoreError("the Migrations folder is missing from the KaderStore bundle")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var result: [Migration] = []
        for file in files where file.hasSuffix(".sql") {
            let parts = file.dropLast(4).split(separator: ".")
            if parts.count == 2, parts[1] != database.dialect.rawValue { continue }
            guard let number = Int(file.prefix { $0.isNumber }) else { continue }
            let sql = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            result.append(Migration(number: number, name: String(parts[0]), sql: sql))
        }
        return result
    }

    /// Applies what is missing, up to and including migration `last`; returns the names
    /// applied. An earlier `last` makes a database as an older Kader left it.
    @discardableResult
    public func migrate(through last: Int = .max) async throws -> [String] {
        let all = try migrations().filter { $0.number <= last }
        try await database.withDatabase { db in
            try await db.raw(
                "CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            ).run()
        }
        let done = try await database.withDatabase { db in
            try await db.select().column("number").from("schema_migrations").all(decodingColumn: "number", as: Int.self)
        }
        var applied: [String] = []
        for migration in all where !done.contains(migration.number) {
            try await database.transaction { db in
                for statement in Migrator.statements(in: migration.sql) {
                    try await db.raw(SQLQueryString(statement)).run()
                }
                try await db.insert(into: "schema_migrations")
                    .columns("number", "name", "applied_at")
                    .values(
                        SQLBind(migration.number), SQLBind(migration.name),
                        SQLBind(ISO8601DateFormatter().string(from: Date()))
                    )
                    .run()
            }
            applied.append(migration.name)
        }
        if !applied.isEmpty { try await database.refreshSchema() }
        return applied
    }

    /// Splits a file into statements at semicolons that end a line, keeping
    /// `BEGIN … END;` bodies (triggers) whole and dropping comment lines.
    public static func statements(in sql: String) -> [String] {
        var statements: [String] = []
        var current: [String] = []
        var depth = 0
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("--") || trimmed.isEmpty { continue }
            current.append(String(line))
            let upper = trimmed.uppercased()
            if upper.hasSuffix("BEGIN") || upper.contains(" AS $$") { depth += 1 }
            if depth > 0, upper == "END;" || upper.hasPrefix("$$") { depth -= 1 }
            if depth == 0, trimmed.hasSuffix(";") {
                var statement = current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                statement.removeLast()
                statements.append(statement)
                current = []
            }
        }
        let rest = current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { statements.append(rest) }
        return statements
    }
}
