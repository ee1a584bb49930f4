import Foundation
import KaderCore
import KaderIngest
import KaderStore
import KaderTestSupport
import Testing

@Suite struct CandidateRepositoryTests {
    /// A migrated SQLite file in a temporary folder.
    private func database(_ folder: TemporaryFolder) async throws -> KaderDatabase {
        let database = try await KaderDatabase.openSQLite(path: folder.databasePath)
        try await Migrator(database: database).migrate()
        return database
    }

    @Test func storesALetterWithItsCandidatesAllProposed() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await database(folder)
        let extraction = LetterExtractor().extract(try Corpus.letter("004_a5c8b23f8fb2d6ff.txt"))
        let repository = CandidateRepository(database: database)
        let outcome = try await repository.storeLetter(extraction.document, candidates: extraction.facts)
        let stored = try await repository.candidates(documentID: "004_a5c8b23f8fb2d6ff")
        let document = try await RegistryRepository(database: database).document(id: "004_a5c8b23f8fb2d6ff")
        await database.close()
        #expect(outcome == .stored(documentID: "004_a5c8b23f8fb2d6ff", candidates: extraction.facts.count))
        #expect(stored == extraction.facts)
        #expect(stored.allSatisfy { $0.status == .proposed })
        #expect(document?.text == extraction.document.text)
    }

    @Test func aLetterWithTheSameTextIsNotStoredTwice() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await database(folder)
        let repository = CandidateRepository(database: database)
        let letter = try Corpus.letter("002_d082f7e0a858dd5f.txt")
        let facts = LetterExtractor().extract(letter).facts
        _ = try await repository.storeLetter(letter, candidates: facts)
        var renamed = letter
        renamed.id = "andere-naam"
        renamed.fileName = "andere-naam.txt"
        let again = try await repository.storeLetter(renamed, candidates: facts)
        let count = try await repository.candidates().count
        await database.close()
        #expect(again == .alreadyStored(documentID: "002_d082f7e0a858dd5f"))
        #expect(count == facts.count)
    }

    @Test func lettersStoredTogetherAreStoredAsEachAloneWithACopyInTheBatchSkipped() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await database(folder)
        let repository = CandidateRepository(database: database)
        let letters = try Corpus.letters().map { LetterExtractor().extract($0) }
        var copy = letters[0].document
        copy.id = "kopie"
        let batch = letters.map { (document: $0.document, candidates: $0.facts) } + [(copy, letters[0].facts)]
        let outcomes = try await repository.storeLetters(batch)
        let stored = try await repository.candidates()
        await database.close()
        #expect(outcomes.count == letters.count + 1)
        #expect(outcomes.last == .alreadyStored(documentID: letters[0].document.id))
        for (outcome, letter) in zip(outcomes, letters) {
            #expect(outcome == .stored(documentID: letter.document.id, candidates: letter.facts.count))
        }
        #expect(stored.count == letters.map(\.facts.count).reduce(0, +))
    }

    @Test func aTakenIDGetsTheNextFreeSuffixAgainstTheStoreAndTheRestOfTheBatch() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await database(folder)
        let repository = CandidateRepository(database: database)
        let letter = try Corpus.letter("004_a5c8b23f8fb2d6ff.txt")
        let facts = LetterExtractor().extract(letter).facts
        _ = try await repository.storeLetter(letter, candidates: facts)
        let taken = Document(
            id: "004_a5c8b23f8fb2d6ff-2", fileName: letter.fileName, title: letter.title,
            text: letter.text + "\nAl opgeslagen onder het tweede nummer.")
        _ = try await repository.storeLetter(taken, candidates: [])
        // Three new texts under the first id, and a copy of the second of them.
        let variants = (1...3).map { n in
            Document(
                id: letter.id, fileName: letter.fileName, title: letter.title, text: letter.text + "\nVariant \(n).")
        }
        let batch = variants.map { (document: $0, candidates: facts) } + [(variants[1], facts)]
        let outcomes = try await repository.storeLetters(batch)
        let third = try await repository.candidates(documentID: "004_a5c8b23f8fb2d6ff-4")
        await database.close()
        #expect(
            outcomes == [
                .stored(documentID: "004_a5c8b23f8fb2d6ff-3", candidates: facts.count),
                .stored(documentID: "004_a5c8b23f8fb2d6ff-4", candidates: facts.count),
                .stored(documentID: "004_a5c8b23f8fb2d6ff-5", candidates: facts.count),
                .alreadyStored(documentID: "004_a5c8b23f8fb2d6ff-4"),
            ])
        #expect(third.count == facts.count)
        #expect(
            third.allSatisfy { $0.documentID == "004_a5c8b23f8fb2d6ff-4" && $0.id.hasPrefix("004_a5c8b23f8fb2d6ff-4") })
    }

    @Test func aBatchThatFailsStoresNoneOfItsLetters() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await database(folder)
        let repository = CandidateRepository(database: database)
        let good = LetterExtractor().extract(try Corpus.letter("002_d082f7e0a858dd5f.txt"))
        let other = LetterExtractor().extract(try Corpus.letter("004_a5c8b23f8fb2d6ff.txt"))
        // Two candidates with one id: the second insert breaks the primary key.
        let broken = other.facts + [other.facts[0]]
        await #expect(throws: (any Error).self) {
            try await repository.storeLetters([(good.document, good.facts), (other.document, broken)])
        }
        let count = try await repository.candidates().count
        await database.close()
        #expect(count == 0)
    }

    @Test func anAcceptedFrameworkJoinsTheMatchingContributionAsADecision() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await database(folder)
        try await RegistryRepository(database: database).insert(try Corpus.iraqRegistry())
        // The same letter with one more line: new text under a taken id.
        var letter = try Corpus.letter("004_a5c8b23f8fb2d6ff.txt")
        letter = Document(id: letter.id, fileName: letter.fileName, title: letter.title, text: letter.text + "\n")
        let repository = CandidateRepository(database: database)
        let outcome = try await repository.storeLetter(letter, candidates: LetterExtractor().extract(letter).facts)
        #expect(
            outcome
                == .stored(
                    documentID: "004_a5c8b23f8fb2d6ff-2", candidates: LetterExtractor().extract(letter).facts.count))
        let candidates = try await repository.candidates(documentID: "004_a5c8b23f8fb2d6ff-2")
        let date = try #require(candidates.first { if case .date = $0.value { true } else { false } })
        _ = try await repository.accept(id: date.id, by: "test")
        let nmi = try #require(
            candidates.first {
                if case .framework(let f) = $0.value { f.mission == "NMI" && f.cap.count == 20 } else { false }
            })
        let result = try await repository.accept(id: nmi.id, by: "test")
        let bosman = try #require(
            candidates.first { $0.value == .reference(KamerstukID(dossier: "27925", number: 699), isMotion: true) })
        let motion = try await repository.accept(id: bosman.id, by: "test")
        let registry = try await RegistryRepository(database: database).load()
        await database.close()
        let (accepted, placement) = try #require(result)
        #expect(accepted.status == .accepted)
        guard case .placed(let target) = placement else {
            Issue.record("not placed: \(placement)")
            return
        }
        let decision = try #require(registry.decisions.first { target == "decisions/\($0.id)" })
        #expect(decision.contributionID == "nmi-adviseurs")
        #expect(decision.cap == PersonnelCap(count: 20, qualifier: .maximaal))
        #expect(decision.date == Day.at("2023-07-07"))
        #expect(decision.provenance.span?.documentID == "004_a5c8b23f8fb2d6ff-2")
        // The registry knows motion Bosman c.s. already: it is not added a second time.
        #expect(motion?.1 == .placed("motions/m-27925-699"))
        #expect(registry.motions.filter { $0.kamerstuk == KamerstukID(dossier: "27925", number: 699) }.count == 1)
    }

    @Test func anAcceptedCostBecomesACostLineAndARejectedCandidateOnlyChangesStatus() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await database(folder)
        let repository = CandidateRepository(database: database)
        let extraction = LetterExtractor().extract(try Corpus.letter("004_a5c8b23f8fb2d6ff.txt"))
        _ = try await repository.storeLetter(extraction.document, candidates: extraction.facts)
        let cost = try #require(extraction.facts.first { if case .cost = $0.value { true } else { false } })
        let mission = try #require(extraction.facts.first { if case .mission = $0.value { true } else { false } })
        let accepted = try await repository.accept(id: cost.id, by: "test")
        let unplaced = try await repository.accept(id: mission.id, by: "test")
        let rejected = try await repository.reject(id: extraction.facts[0].id, by: "test")
        let registry = try await RegistryRepository(database: database).load()
        let proposed = try await repository.candidates(status: .proposed)
        let missing = try await repository.candidate(id: "bestaat-niet")
        await database.close()
        #expect(accepted?.1 == .placed("cost_lines/kosten-\(cost.id)"))
        #expect(registry.costs.map(\.id) == ["kosten-\(cost.id)"])
        if case .unplaced = unplaced?.1 {} else { Issue.record("a mission missing from the registry was placed") }
        #expect(rejected?.status == .rejected)
        #expect(proposed.count == extraction.facts.count - 3)
        #expect(missing == nil)
    }
}

/// Two reviewers and the audit trail of a review.
@Suite struct ReviewConcurrencyTests {
    @Test func theSecondReviewerOfAFactGetsAConflictWithBothVersions() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        try await Migrator(database: database).migrate()
        let repository = CandidateRepository(database: database)
        let extraction = LetterExtractor().extract(try Corpus.letter("004_a5c8b23f8fb2d6ff.txt"))
        _ = try await repository.storeLetter(extraction.document, candidates: extraction.facts)
        let fact = try #require(extraction.facts.first)
        _ = try await repository.accept(id: fact.id, by: "analist-a", expecting: .proposed)
        do {
            _ = try await repository.reject(id: fact.id, by: "analist-b", expecting: .proposed, reason: "onjuist")
            Issue.record("the second review went through")
        } catch let conflict as ReviewConflict {
            #expect(conflict.current.status == .accepted)
            #expect(conflict.expected == .proposed)
            #expect(conflict.description.contains("intussen door een ander beoordeeld"))
        }
        let entries = try await AuditLog(database: database).entries(subjectKind: "feit", subjectID: fact.id)
        await database.close()
        #expect(entries.count == 1)
        #expect(entries.first?.userID == "analist-a")
        #expect(entries.first?.before?.contains("voorgesteld") == true)
        #expect(entries.first?.after?.contains("geaccepteerd") == true)
    }
}
