import Foundation
import KaderCore
import KaderTestSupport
import SQLKit
import Testing

@testable import KaderStore

/// The letters a registry load keeps for the next: reused while no letter changed, read
/// again after any change to one.
@Suite struct LetterHeadsTests {
    @Test func aLoadReusesTheKeptLettersUntilALetterChanges() async throws {
        try await withIraqRegistry { database, repository in
            let (first, heads) = try await repository.load(keeping: nil)
            #expect(first == (try await repository.load(texts: false)))
            // A write that leaves the letters alone: kept letters stand in for a read. (An
            // empty list, so that a read could not pass for them.)
            let lesson = Lesson(
                id: "les-kaders", missionID: first.missions.first?.id, text: "Plafonds vroeg afstemmen.",
                change: nil, provenance: .entered(by: "tester", at: nil))
            try await repository.addLesson(lesson, by: "tester")
            let (second, kept) = try await repository.load(
                keeping: LetterHeads(version: heads.version, documents: []))
            #expect(second.documents.isEmpty)
            #expect(kept.version == heads.version)
            #expect(second.lessons.contains { $0.id == "les-kaders" })
            // A new letter: read again, whatever was kept.
            let letter = Document(
                id: "nieuw", fileName: "nieuw.txt", title: "Nieuw", text: "Een brief die nog niet bestond.")
            _ = try await CandidateRepository(database: database).storeLetter(letter, candidates: [])
            let (third, read) = try await repository.load(
                keeping: LetterHeads(version: heads.version, documents: []))
            #expect(read.version > heads.version)
            #expect(third.documents.map(\.id) == (first.documents.map(\.id) + [letter.id]).sorted())
            #expect(third == (try await repository.load(texts: false)))
        }
    }

    @Test func everyChangeToALetterRaisesTheVersion() async throws {
        try await withIraqRegistry { database, repository in
            let id = try #require(try await repository.load(texts: false).documents.first).id
            var versions = [try await version(database)]
            // Each column a write may touch: metadata placed by a review, a clearance.
            for (column, value) in [("addressee", "Eerste Kamer"), ("classification", "intern"), ("title", "Nieuw")] {
                try await database.withDatabase { db in
                    try await db.update("documents").set(column, to: value).where("id", .equal, id).run()
                }
                versions.append(try await version(database))
            }
            let letter = Document(
                id: "nieuw", fileName: "nieuw.txt", title: "Nieuw", text: "Een brief die nog niet bestond.")
            _ = try await CandidateRepository(database: database).storeLetter(letter, candidates: [])
            versions.append(try await version(database))
            // Kader never deletes a letter; SQLite's trigger is checked with the references off.
            if database.dialect == .sqlite {
                try await database.withDatabase { db in
                    try await db.raw("PRAGMA foreign_keys = OFF").run()
                    try await db.raw("DELETE FROM documents WHERE id = \(bind: letter.id)").run()
                    try await db.raw("PRAGMA foreign_keys = ON").run()
                }
                versions.append(try await version(database))
            }
            #expect(versions == versions.sorted() && Set(versions).count == versions.count, "\(versions)")
        }
    }

    private func version(_ database: KaderDatabase) async throws -> Int {
        try await database.withDatabase { try await LetterHeads.version(in: $0) }
    }

    /// A migrated test database (SQLite, or PostgreSQL when the suite runs on it) holding
    /// the Iraq registry.
    private func withIraqRegistry(
        _ body: (KaderDatabase, RegistryRepository) async throws -> Void
    ) async throws {
        try await TestDatabase.withMigrated { database in
            let repository = RegistryRepository(database: database)
            try await repository.insert(try Corpus.iraqRegistry())
            try await body(database, repository)
        }
    }
}
