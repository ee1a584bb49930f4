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
            // A new letter, and the kept letters not those of the database: all read again.
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

    @Test func onlyTheLettersChangedSinceTheKeptOnesWereReadAreReadAgain() async throws {
        try await withIraqRegistry { database, repository in
            let (_, heads) = try await repository.load(keeping: nil)
            let marked = Self.marked(heads.documents)
            let changedID = heads.documents[1].id
            try await database.withDatabase { db in
                try await db.update("documents").set("title", to: "Gewijzigd").where("id", .equal, changedID).run()
            }
            let letter = Document(
                id: "0025_nieuw", fileName: "nieuw.txt", title: "Nieuw", text: "Een brief die nog niet bestond.")
            _ = try await CandidateRepository(database: database).storeLetter(letter, candidates: [])
            let (registry, read) = try await repository.load(
                keeping: LetterHeads(version: heads.version, documents: marked))
            let whole = try await repository.load(texts: false)
            #expect(read.version == (try await version(database)))
            #expect(registry.documents.map(\.id) == whole.documents.map(\.id))
            for document in registry.documents {
                switch document.id {
                case changedID: #expect(document.title == "Gewijzigd")
                case letter.id: #expect(document == whole.documents.first { $0.id == letter.id })
                default: #expect(document.title.hasPrefix("bewaard: "), "\(document.id)")
                }
            }
            // Nothing changed since: the same letters again.
            let (again, _) = try await repository.load(keeping: read)
            #expect(again.documents == registry.documents)
        }
    }

    @Test func lettersOlderThanTheOldestNoteAreAllReadAgain() async throws {
        try await withIraqRegistry { database, repository in
            let (_, heads) = try await repository.load(keeping: nil)
            let marked = Self.marked(heads.documents)
            let id = heads.documents[0].id
            try await database.withDatabase { db in
                try await db.update("documents").set("title", to: "Gewijzigd").where("id", .equal, id).run()
                // As if 100,000 later changes had let these notes go.
                try await db.delete(from: "documents_changes").run()
            }
            let (registry, _) = try await repository.load(
                keeping: LetterHeads(version: heads.version, documents: marked))
            #expect(registry == (try await repository.load(texts: false)))
            #expect(!registry.documents.contains { $0.title.hasPrefix("bewaard: ") })
        }
    }

    @Test func notesOlderThanAHundredThousandChangesAreLetGo() async throws {
        try await withIraqRegistry { database, _ in
            let now = try await version(database)
            let before = try await noteCount(database)
            #expect(before >= 5)
            try await database.withDatabase { db in
                try await db.insert(into: "documents_changes").columns("version", "document_id")
                    .values(SQLBind(100_000), SQLBind("x")).run()
            }
            #expect(try await noteCount(database) == before + 1)
            try await database.withDatabase { db in
                try await db.insert(into: "documents_changes").columns("version", "document_id")
                    .values(SQLBind(now + 100_000), SQLBind("y")).run()
            }
            // The first let go nothing (100,000 changes after number 0); this one every note
            // up to `now`; the two late ones stay.
            #expect(try await noteCount(database) == 2)
        }
    }

    @Test func aMergeDropsRemovedLettersAndGivesUpOnALetterItDoesNotHave() {
        let kept = ["a", "b", "c"].map { Document(id: $0, fileName: "\($0).txt", title: $0, text: "") }
        let fresh = ["b": Document(id: "b", fileName: "b.txt", title: "B", text: "")]
        let merged = LetterHeads.merge(kept, fresh: fresh, changed: ["b", "c"], order: ["a", "b"])
        #expect(merged?.map(\.title) == ["a", "B"])
        #expect(LetterHeads.merge(kept, fresh: fresh, changed: ["b"], order: ["a", "b", "c", "d"]) == nil)
        #expect(LetterHeads.merge(kept, fresh: [:], changed: [], order: ["b", "a", "c"]) == nil)
    }

    @Test func everyChangeToALetterRaisesTheVersionAndNotesTheLetter() async throws {
        try await withIraqRegistry { database, repository in
            let id = try #require(try await repository.load(texts: false).documents.first).id
            var versions = [try await version(database)]
            // Each column a write may touch: metadata placed by a review, a clearance.
            for (column, value) in [("addressee", "Eerste Kamer"), ("classification", "intern"), ("title", "Nieuw")] {
                try await database.withDatabase { db in
                    try await db.update("documents").set(column, to: value).where("id", .equal, id).run()
                }
                versions.append(try await version(database))
                #expect(try await noted(versions.last!, database) == [id])
            }
            let letter = Document(
                id: "nieuw", fileName: "nieuw.txt", title: "Nieuw", text: "Een brief die nog niet bestond.")
            _ = try await CandidateRepository(database: database).storeLetter(letter, candidates: [])
            versions.append(try await version(database))
            #expect(try await noted(versions.last!, database) == [letter.id])
            // Kader never deletes a letter; SQLite's trigger is checked with the references off.
            if database.dialect == .sqlite {
                try await database.withDatabase { db in
                    try await db.raw("PRAGMA foreign_keys = OFF").run()
                    try await db.raw("DELETE FROM documents WHERE id = \(bind: letter.id)").run()
                    try await db.raw("PRAGMA foreign_keys = ON").run()
                }
                versions.append(try await version(database))
                #expect(try await noted(versions.last!, database) == [letter.id])
            }
            #expect(versions == versions.sorted() && Set(versions).count == versions.count, "\(versions)")
        }
    }

    /// Kept letters marked, so that one read again shows by its title.
    private static func marked(_ documents: [Document]) -> [Document] {
        documents.map { document in
            var document = document
            document.title = "bewaard: " + document.title
            return document
        }
    }

    /// The letters noted as changed under `version`.
    private func noted(_ version: Int, _ database: KaderDatabase) async throws -> [String] {
        try await database.withDatabase { db in
            try await db.select().column("document_id").from("documents_changes").where("version", .equal, version)
                .all(decodingColumn: "document_id", as: String.self)
        }
    }

    private func noteCount(_ database: KaderDatabase) async throws -> Int {
        try await database.withDatabase { db in
            try await db.raw("SELECT COUNT(*) AS n FROM documents_changes").first(decodingColumn: "n", as: Int.self)
                ?? 0
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
