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
        // More uses at once than event loops, so that every loop's connection is asked.
        let timeouts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    try await database.withDatabase { db in
                        try await db.raw("PRAGMA busy_timeout").first()?.decode(column: "timeout", as: Int.self) ?? -1
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        try await database.close()
        #expect(timeouts.count == 32)
        #expect(Set(timeouts) == [5000])
    }
}
