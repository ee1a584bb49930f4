import Foundation
import KaderCore
import KaderStore
import KaderTestSupport
import SQLKit
import Testing

@testable import KaderWeb

/// The in-memory registry the pages read: a write must never seem lost, and a burst of
/// requests after a write must not each read the whole registry.
@Suite struct RegistryCacheTests {
    @Test func aReadThatAWriteOvertakesIsNotKeptAfterTheWrite() async throws {
        try await withCache { cache, reads in
            // A page starts reading; a letter is stored and the cache told; then the
            // read that began before the letter ends.
            let page = Task { try await cache.registry().documents.count }
            try await reads.waitUntilStarted(1)
            await cache.invalidate()
            let second = Task { try await cache.registry().documents.count }
            try await reads.waitUntilStarted(2)
            await reads.finishHeldRead()
            #expect(try await page.value == 0)
            #expect(try await second.value == 1)
            #expect(try await cache.registry().documents.count == 1)
            #expect(await reads.started == 2)
        }
    }

    @Test func requestsArrivingTogetherShareOneRead() async throws {
        try await withCache { cache, reads in
            let pages = (0..<8).map { _ in Task { try await cache.registry().documents.count } }
            try await reads.waitUntilStarted(1)
            await reads.finishHeldRead()
            for page in pages { #expect(try await page.value == 0) }
            #expect(await reads.started == 1)
        }
    }

    @Test func aLetterAnotherProcessStoresIsSeenAtTheNextLook() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let server = try await testDatabase.open()
        try await Migrator(database: server).migrate()
        let cache = RegistryCache(repository: RegistryRepository(database: server), recheck: .zero)
        #expect(try await cache.registry().documents.isEmpty)
        // `kader ingest` on its own connection, telling the server nothing.
        let other = try await testDatabase.open()
        let letter = try Corpus.letter("004_a5c8b23f8fb2d6ff.txt")
        _ = try await CandidateRepository(database: other).storeLetter(letter, candidates: [])
        await other.close()
        let seen = try await cache.registry().documents.map(\.id)
        await server.close()
        #expect(seen == [letter.id])
    }

    @Test func afterAWriteTheLettersKeptAndTheLettersChangedAreBothCurrent() async throws {
        try await TestDatabase.withMigrated { database in
            let repository = RegistryRepository(database: database)
            try await repository.insert(try Corpus.iraqRegistry())
            let cache = RegistryCache(repository: repository, recheck: .zero)
            let before = try await cache.registry()
            #expect(try await cache.documents(clearance: .openbaar).count == before.documents.count)
            // A hand entry: the letters stay as they were, the lesson is there.
            let lesson = Lesson(
                id: "les-cache", missionID: nil, text: "Vroeg afstemmen.", change: nil,
                provenance: .entered(by: "tester", at: nil))
            try await repository.addLesson(lesson, by: "tester")
            await cache.invalidate()
            let afterEntry = try await cache.registry()
            #expect(afterEntry.documents == before.documents)
            #expect(afterEntry.lessons.map(\.id).contains("les-cache"))
            #expect(try await cache.documents(clearance: .openbaar)[before.documents[0].id] == before.documents[0])
            // A letter's title changed: the next registry has the new title.
            let id = before.documents[0].id
            try await database.withDatabase { db in
                try await db.update("documents").set("title", to: "Nieuwe titel").where("id", .equal, id).run()
            }
            await cache.invalidate()
            let afterTitle = try await cache.registry()
            #expect(afterTitle.documents.first { $0.id == id }?.title == "Nieuwe titel")
            // The letters by id follow too (kept across writes while the letters stand).
            #expect(try await cache.documents(clearance: .openbaar)[id]?.title == "Nieuwe titel")
            #expect(afterTitle == (try await repository.load(texts: false)))
        }
    }

    /// A cache on a real (empty) SQLite file whose registry reads `reads` scripts.
    private func withCache(_ body: (RegistryCache, ScriptedReads) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await KaderDatabase.openSQLite(path: folder.databasePath)
        let reads = ScriptedReads()
        let cache = RegistryCache(repository: RegistryRepository(database: database), load: { await reads.read() })
        do {
            try await body(cache, reads)
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}

/// Registry reads that the test controls: the first is held until released and sees the
/// registry before the write (no letters); every later one sees it after (one letter).
private actor ScriptedReads {
    private(set) var started = 0
    private var held: CheckedContinuation<Void, Never>?
    private var released = false

    func read() async -> Registry {
        started += 1
        let isFirst = started == 1
        if isFirst && !released { await withCheckedContinuation { held = $0 } }
        var registry = Registry()
        if !isFirst { registry.documents = [Document(id: "nieuw", fileName: "nieuw.txt", title: "Nieuw", text: "")] }
        return registry
    }

    func finishHeldRead() {
        released = true
        held?.resume()
        held = nil
    }

    func waitUntilStarted(_ count: Int) async throws {
        // Up to 30 s: on a loaded CI machine the read may start seconds late.
        let deadline = ContinuousClock.now + .seconds(30)
        while started < count && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(2)) }
        #expect(started >= count)
        // The first read must be parked before it can be released.
        while count == 1 && held == nil && !released { try await Task.sleep(for: .milliseconds(1)) }
    }
}
