import Foundation
import KaderCore
import KaderReport
import KaderStore
import KaderTestSupport
import Testing

@Suite struct RegistryRepositoryTests {
    /// Each list sorted by a stable key, since the store returns its own order.
    func normalized(_ registry: Registry) -> Registry {
        var r = registry
        r.documents.sort { $0.id < $1.id }
        r.missions.sort { $0.id < $1.id }
        r.contributions.sort { $0.id < $1.id }
        r.decisions.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        r.references.sort { ($0.documentID, $0.target) < ($1.documentID, $1.target) }
        r.motions.sort { $0.id < $1.id }
        r.commitments.sort { $0.id < $1.id }
        r.costs.sort { $0.id < $1.id }
        r.indicators.sort { $0.id < $1.id }
        r.measurements.sort { $0.id < $1.id }
        r.visits.sort { $0.id < $1.id }
        r.lessons.sort { $0.id < $1.id }
        r.risks.sort { $0.id < $1.id }
        r.staffing.sort { $0.id < $1.id }
        return r
    }

    @Test func theIraqRegistryRoundTripsThroughASQLiteFile() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let registry = try Corpus.iraqRegistry()
        let database = try await testDatabase.open()
        try await Migrator(database: database).migrate()
        let repository = RegistryRepository(database: database)
        #expect(try await repository.isEmpty())
        try await repository.insert(registry)
        await database.close()

        // A new connection reads what the file holds, not what a cache remembers.
        let reopened = try await testDatabase.open()
        let loaded = try await RegistryRepository(database: reopened).load()
        await reopened.close()
        #expect(loaded.decisions.count == registry.decisions.count)
        #expect(normalized(loaded) == normalized(registry))
    }

    @Test func withoutTextsEachLetterHasTheStartOfItsTextAndFollowsChangesAndRemovals() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let registry = try Corpus.iraqRegistry()
        let database = try await testDatabase.open()
        do {
            try await Migrator(database: database).migrate()
            let repository = RegistryRepository(database: database)
            try await repository.insert(registry)
            let whole = try await expectEachLetterWithoutTextIsTheStartOfIt(repository)
            // Changed and removed behind the registry's back, as a trigger must see it.
            let letter = try #require(whole.documents.first).id
            try await database.withDatabase { db in
                try await db.raw(
                    """
                    UPDATE documents SET text = 'Nieuw begin. ' || text, classification = 'intern',
                        title = 'Nieuwe titel', kamerstuk_dossier = '29521', kamerstuk_number = 999 WHERE id = \(bind: letter)
                    """
                ).run()
            }
            let changed = try #require(try await repository.load(texts: false).documents.first { $0.id == letter })
            #expect(changed.text.hasPrefix("Nieuw begin. "))
            #expect(changed.text.unicodeScalars.count == 2000)
            #expect(changed.classification == .intern)
            #expect(changed.title == "Nieuwe titel")
            #expect(changed.kamerstuk == KamerstukID(dossier: "29521", number: 999))
            // Kader never deletes a letter; SQLite's trigger is checked with the references off.
            if database.dialect == .sqlite {
                try await database.withDatabase { db in
                    try await db.raw("PRAGMA foreign_keys = OFF").run()
                    try await db.raw("DELETE FROM documents WHERE id = \(bind: letter)").run()
                    try await db.raw("PRAGMA foreign_keys = ON").run()
                }
                let left = try await repository.load(texts: false).documents.map(\.id)
                #expect(left == whole.documents.map(\.id).filter { $0 != letter })
            }
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }

    /// Every letter read without its text is the letter with its text cut to 2,000 scalars;
    /// returns the letters read with their texts.
    @discardableResult
    func expectEachLetterWithoutTextIsTheStartOfIt(_ repository: RegistryRepository) async throws -> Registry {
        let whole = try await repository.load()
        let heads = try await repository.load(texts: false)
        #expect(heads.documents.map(\.id) == whole.documents.map(\.id))
        #expect(!heads.documents.isEmpty)
        for (head, letter) in zip(heads.documents, whole.documents) {
            var cut = letter
            // substr counts code points, in both dialects.
            cut.text = String(String.UnicodeScalarView(letter.text.unicodeScalars.prefix(2000)))
            #expect(head == cut, "\(letter.id)")
        }
        return whole
    }

    /// Migration 012 widens SQLite's `documents_head` to every column but the text: the
    /// letters stored before it are read whole from it afterwards.
    @Test(.disabled(if: TestDatabase.isPostgres, "documents_head is SQLite's"))
    func lettersStoredBeforeTheHeadsHeldEveryColumnAreReadWholeWithoutTheirTexts() async throws {
        try await TestDatabase.withMigrated(through: 11) { database in
            let registry = try Corpus.iraqRegistry()
            try await RegistryRepository(database: database).insert(registry)
            #expect(try await Migrator(database: database).migrate(through: 12) == ["012_documents_head_whole"])
            try await expectEachLetterWithoutTextIsTheStartOfIt(RegistryRepository(database: database))
        }
    }

    @Test func aValueEnteredByAPersonKeepsWhoEnteredIt() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        try await Migrator(database: database).migrate()
        var registry = Registry()
        registry.missions = [Mission(id: "NMI", fullName: "NATO Mission Iraq", lead: .nato)]
        registry.contributions = [
            Contribution(
                id: "fp", missionID: "NMI", component: "fp", kind: .military, ministry: .defensie, article100: true)
        ]
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        registry.staffing = [
            Staffing(
                id: "s1", contributionID: "fp", date: .at("2024-02-29"), filled: 120, women: 9,
                provenance: .entered(by: "analist@defensie", at: at))
        ]
        let repository = RegistryRepository(database: database)
        try await repository.insert(registry)
        let loaded = try await repository.load()
        await database.close()
        #expect(loaded.staffing == registry.staffing)
    }

    @Test func aFailedInsertLeavesNothingBehind() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        try await Migrator(database: database).migrate()
        var registry = Registry()
        registry.missions = [Mission(id: "NMI", fullName: "NATO Mission Iraq", lead: .nato)]
        // A contribution of an unknown mission breaks the foreign key after the mission went in.
        registry.contributions = [
            Contribution(
                id: "x", missionID: "GEEN", component: "x", kind: .military, ministry: .defensie, article100: false)
        ]
        let repository = RegistryRepository(database: database)
        await #expect(throws: (any Error).self) { try await repository.insert(registry) }
        #expect(try await repository.isEmpty())
        await database.close()
    }
}

/// The JSON export of one database imports into an empty one and exports the same bytes.
@Suite struct ExportRoundTripTests {
    @Test func exportImportExportThroughTwoDatabasesIsIdentical() async throws {
        let first = try await TestDatabase.make()
        let second = try await TestDatabase.make()
        defer {
            first.discard()
            second.discard()
        }
        let source = try await first.open()
        _ = try await FirstRun(database: source).prepare(letters: try Corpus.letters())
        let exported = try RegistryExport.json(try await RegistryRepository(database: source).load())
        await source.close()

        let target = try await second.open()
        try await Migrator(database: target).migrate()
        let repository = RegistryRepository(database: target)
        try await repository.insert(try RegistryExport.registry(fromJSON: exported))
        let again = try RegistryExport.json(try await repository.load())
        await target.close()
        #expect(again == exported)
        #expect(exported.count > 100_000)
    }
}
