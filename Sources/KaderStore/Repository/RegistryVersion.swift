import SQLKit

/// A counter that every write to the registry raises in its own transaction, so that a
/// server notices what other processes (`kader ingest`, `kader import`) stored.
public enum RegistryVersion {
    static let key = "registry_version"

    /// Raises the counter inside the caller's transaction (the settings table holds it).
    static func raise(on db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO settings (key, value) VALUES (\(bind: key), '1')
            ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(settings.value AS INTEGER) + 1 AS TEXT)
            """
        ).run()
    }

    /// The counter now: it differs from an earlier reading once anyone wrote to the registry.
    public static func current(in database: KaderDatabase) async throws -> String {
        try await database.withDatabase { db in
            try await db.select().column("value").from("settings").where("key", .equal, key)
                .first(decodingColumn: "value", as: String.self)
        } ?? "0"
    }
}

extension KaderDatabase {
    /// A write transaction that changes the registry: `body`, then the raised version.
    func changingRegistry<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await transaction { db in
            let result = try await body(db)
            try await RegistryVersion.raise(on: db)
            return result
        }
    }
}
