import KaderStore
import KaderTestSupport
import SQLKit
import Testing

/// The SQLite connections Kader's pool opens.
@Suite struct SQLiteConnectionTests {
    @Test func everyPooledConnectionWaitsFiveSecondsForAWriteLockHeldElsewhere() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await KaderDatabase.openSQLite(path: folder.databasePath)
        // More uses than event loops, one after another: the pool takes the loops in turn,
        // so every loop's connection is asked. (All at once, beside the other suites on
        // SQLite's two threads, they waited past the pool's ten seconds.)
        var timeouts: [Int] = []
        for _ in 0..<32 {
            timeouts.append(
                try await database.withDatabase { db in
                    try await db.raw("PRAGMA busy_timeout").first()?.decode(column: "timeout", as: Int.self) ?? -1
                })
        }
        await database.close()
        #expect(timeouts.count == 32)
        #expect(Set(timeouts) == [5000])
    }

    @Test func everyPooledConnectionKeepsThirtyTwoMegabytesOfPagesSoThatABatchDoesNotSpill() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await KaderDatabase.openSQLite(path: folder.databasePath)
        var sizes: [Int] = []
        for _ in 0..<32 {
            sizes.append(
                try await database.withDatabase { db in
                    try await db.raw("PRAGMA cache_size").first()?.decode(column: "cache_size", as: Int.self) ?? 0
                })
        }
        await database.close()
        // Negative: a size in KiB rather than in pages.
        #expect(Set(sizes) == [-32_768])
    }
}
