import Foundation
import KaderCore
import KaderStore
import KaderTestSupport
import Testing

@Suite struct FirstRunTests {
    @Test func aNewDatabaseGetsTheLettersAndTheCuratedRegistryOnce() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let letters = try Corpus.letters()
        let database = try await testDatabase.open()
        let first = try await FirstRun(database: database).prepare(letters: letters)
        #expect(first.documentsLoaded == 5)
        #expect(first.decisionsLoaded > 0)
        #expect(first.registryProblem == nil)
        #expect(!first.alreadyLoaded)

        let second = try await FirstRun(database: database).prepare(letters: letters)
        #expect(second.alreadyLoaded)
        #expect(second.documentsLoaded == 0)
        let registry = try await RegistryRepository(database: database).load()
        await database.close()
        #expect(registry.documents.count == 5)
        #expect(registry.decisions.count == first.decisionsLoaded)
    }

    @Test func withoutLettersTheDatabaseStaysEmptyAndSaysHowToAddThem() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        let report = try await FirstRun(database: database).prepare(letters: nil)
        let empty = try await RegistryRepository(database: database).isEmpty()
        await database.close()
        #expect(empty)
        #expect(report.emptyHint?.contains("--corpus") == true)
    }

    @Test func lettersTheRegistryDoesNotCiteStillLoadWithoutIt() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let one = try Corpus.letter("001_58c76a8e68136705.txt")
        let database = try await testDatabase.open()
        let report = try await FirstRun(database: database).prepare(letters: [one])
        let registry = try await RegistryRepository(database: database).load()
        await database.close()
        #expect(report.registryProblem?.contains("000_99295b712c9ec60a.txt") == true)
        #expect(registry.documents.map { $0.id } == ["001_58c76a8e68136705"])
        #expect(registry.decisions.isEmpty)
    }

    @Test func theSameLetterTwiceIsStoredOnce() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let one = try Corpus.letter("001_58c76a8e68136705.txt")
        var copy = one
        copy.id = "kopie"
        copy.fileName = "kopie.txt"
        let database = try await testDatabase.open()
        let report = try await FirstRun(database: database).prepare(letters: [one, copy])
        let count = try await RegistryRepository(database: database).load().documents.count
        await database.close()
        #expect(count == 1)
        #expect(report.skippedFiles.first?.hasPrefix("kopie.txt") == true)
    }
}
