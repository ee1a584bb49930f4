import KaderCore
import KaderStore
import KaderTestSupport
import Testing

@Suite struct MonitorOnStoreTests {
    @Test func theStoredRegistryRaisesTheSameAlertsAsTheCuratedOne() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await KaderDatabase.openSQLite(path: folder.databasePath)
        _ = try await FirstRun(database: database).prepare(letters: try Corpus.letters())
        let stored = try await RegistryRepository(database: database).load()
        await database.close()
        let curated = try Corpus.iraqRegistry()
        for day in ["2021-06-01", "2023-12-01", "2024-11-01", "2025-01-15", "2025-08-15"].map(Day.at) {
            let fromStore = Monitor.check(stored, asOf: day)
            #expect(Set(fromStore) == Set(Monitor.check(curated, asOf: day)), "differs on \(day)")
            #expect(!fromStore.isEmpty)
        }
        let november = Monitor.check(stored, asOf: .at("2024-11-01"))
        #expect(november.contains { $0.rule == .frameworkEnding && $0.subject.id == "nmi-force-protection" })
        let january = Monitor.check(stored, asOf: .at("2025-01-15"))
        #expect(!january.contains { $0.rule == .frameworkEnding && $0.subject.id == "nmi-force-protection" })
    }
}
