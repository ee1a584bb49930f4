import KaderStore
import KaderTestSupport
import SQLKit
import Testing

/// The SQLite connections Kader's pool opens.
@Suite struct SQLiteConnectionTests {
    @Test func everyPooledConnectionWaitsFiveSecondsForAWriteLockHeldElsewhere() async throws {
        #expect(try await Self.valuesOnEveryConnection(of: "busy_timeout", column: "timeout") == [5000])
    }

    @Test func everyPooledConnectionKeepsThirtyTwoMegabytesOfPagesSoThatABatchDoesNotSpill() async throws {
        // Negative: a size in KiB rather than in pages.
        #expect(try await Self.valuesOnEveryConnection(of: "cache_size", column: "cache_size") == [-32_768])
    }

    @Test func everyPooledConnectionCheckpointsTheWALOnlyAfterTenThousandPages() async throws {
        #expect(
            try await Self.valuesOnEveryConnection(of: "wal_autocheckpoint", column: "wal_autocheckpoint") == [10_000])
    }

    /// The values a pragma reads on the connections of a new database's pool.
    static func valuesOnEveryConnection(of pragma: String, column: String) async throws -> Set<Int> {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await KaderDatabase.openSQLite(path: folder.databasePath)
        // More uses than event loops, one after another: the pool takes the loops in turn,
        // so every loop's connection is asked. (All at once, beside the other suites on
        // SQLite's two threads, they waited past the pool's ten seconds.)
        var values: [Int] = []
        for _ in 0..<32 {
            values.append(
                try await database.withDatabase { db in
                    try await db.raw(SQLQueryString("PRAGMA \(unsafeRaw: pragma)")).first()?.decode(
                        column: column, as: Int.self) ?? 0
                })
        }
        await database.close()
        #expect(values.count == 32)
        return Set(values)
    }
}
