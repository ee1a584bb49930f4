import Foundation
import KaderTestSupport
import SQLKit
import Testing

@testable import KaderStore

/// A store overrun by requests says so, after waiting its while, instead of failing as if broken.
@Suite struct ConnectionWaitTests {
    @Test func aRequestThatFindsEveryConnectionTakenPastTheWaitIsStoreBusyAndIsAnsweredOnceOneIsFree() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await KaderDatabase.open(
            databaseURL: testDatabase.databaseURL, sqlitePath: testDatabase.sqlitePath,
            connectionWait: .milliseconds(300))
        try await database.withEveryConnectionTaken {
            let started = ContinuousClock.now
            await #expect(throws: StoreBusy.self) {
                try await database.withDatabase { db in try await db.raw("SELECT 1 AS n").run() }
            }
            let waited = ContinuousClock.now - started
            #expect(waited >= .milliseconds(250), "it waited \(waited) before it gave up")
        }
        // With the connections free again, the same request is answered.
        let answer = try await database.withDatabase { db in
            try await db.raw("SELECT 1 AS n").first(decodingColumn: "n", as: Int.self)
        }
        #expect(answer == 1)
        await database.close()
    }

    @Test func theBusyMessageSaysHowLongItWaitedInSecondsOrBelowASecondInMilliseconds() {
        #expect(StoreBusy(waited: .seconds(10)).description.contains("na 10 s wachten"))
        #expect(StoreBusy(waited: .milliseconds(300)).description.contains("na 300 ms wachten"))
        #expect(StoreBusy(waited: .milliseconds(1_500)).description.contains("na 1 s wachten"))
    }
}
