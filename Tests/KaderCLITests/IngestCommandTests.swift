import Foundation
import KaderCore
import KaderStore
import KaderTestSupport
import SQLKit
import Testing

/// `kader ingest` and `kader facts`, run as the built binary on real SQLite files.
@Suite(.serialized) struct IngestCommandTests {
    /// A folder with an empty corpus, so that a new database is not loaded with the letters.
    private func workspace() throws -> (TemporaryFolder, [String]) {
        let folder = try TemporaryFolder()
        return (folder, try folder.emptyStoreArguments())
    }

    /// Every row of every table, as text: equal before and after means nothing changed.
    private func snapshot(_ path: String) async throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let database = try await KaderDatabase.openSQLite(path: path)
        defer { Task { await database.close() } }
        let registry = try await RegistryRepository(database: database).load()
        let candidates = try await CandidateRepository(database: database).candidates()
        return registry.documents.map(\.contentHash) + candidates.map { "\($0.id) \($0.status.rawValue)" }
    }

    @Test func ingestsALetterAndListsItsCandidateFacts() async throws {
        let (folder, store) = try workspace()
        defer { folder.remove() }
        let letter = Corpus.folder.appendingPathComponent("004_a5c8b23f8fb2d6ff.txt").path
        let run = try KaderBinary.run(["ingest", letter] + store, in: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("opgeslagen als 004_a5c8b23f8fb2d6ff"))
        let facts = try KaderBinary.run(
            ["facts", "--document", "004_a5c8b23f8fb2d6ff", "--status", "voorgesteld"] + store, in: folder.url)
        #expect(facts.status == 0)
        #expect(facts.output.contains("Kamerstuk 29 521, nr. 447"))
        #expect(facts.output.contains("EUAM"))
    }

    /// The command hashes with swift-crypto, the web and the library in plain Swift: a letter
    /// must get the same hash either way, or an upload would not know it is there already.
    @Test func theCommandGivesEachLetterTheContentHashTheLibraryGives() async throws {
        let (folder, store) = try workspace()
        defer { folder.remove() }
        let run = try KaderBinary.run(["ingest", "--quiet", Corpus.folder.path] + store, in: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        let database = try await KaderDatabase.openSQLite(path: folder.databasePath)
        let rows = try await database.withDatabase { db in
            try await db.raw("SELECT text, content_hash FROM documents").all().map {
                (try $0.decode(column: "text", as: String.self), try $0.decode(column: "content_hash", as: String.self))
            }
        }
        await database.close()
        #expect(rows.count == (try Corpus.letters().count))
        for (text, hash) in rows {
            #expect(hash == SHA256.hex(of: Data(text.utf8)))
            #expect(hash.count == 64)
        }
    }

    @Test func skipsALetterItAlreadyHasAndSaysSo() async throws {
        let (folder, store) = try workspace()
        defer { folder.remove() }
        let letter = Corpus.folder.appendingPathComponent("002_d082f7e0a858dd5f.txt").path
        _ = try KaderBinary.run(["ingest", letter] + store, in: folder.url)
        let before = try await snapshot(folder.databasePath)
        let copy = folder.url.appendingPathComponent("kopie.txt")
        try FileManager.default.copyItem(atPath: letter, toPath: copy.path)
        let again = try KaderBinary.run(["ingest", copy.path] + store, in: folder.url)
        #expect(again.status == 0)
        #expect(again.output.contains("overgeslagen"))
        #expect(try await snapshot(folder.databasePath) == before)
    }

    @Test(arguments: ["leeg", "binair", "latin1", "kapot", "groot"])
    func aBadFileGetsItsErrorANonZeroExitAndLeavesTheDatabaseUnchanged(kind: String) async throws {
        let (folder, store) = try workspace()
        defer { folder.remove() }
        // A database that already holds one letter.
        _ = try KaderBinary.run(
            ["ingest", Corpus.folder.appendingPathComponent("004_a5c8b23f8fb2d6ff.txt").path] + store, in: folder.url)
        let before = try await snapshot(folder.databasePath)
        #expect(!before.isEmpty)

        let (name, data, reason): (String, Data, String) =
            switch kind {
            case "leeg": ("leeg.txt", Data(), "leeg (empty file)")
            case "binair": ("binair.txt", Data([0x25, 0x50, 0x00, 0x01, 0xFF]), "binair bestand")
            case "latin1": ("latin1.txt", "geïntegreerde inzet".data(using: .isoLatin1)!, "UTF-8")
            case "kapot": ("kapot.pdf", Data("%PDF-1.4\n1 0 obj\n<< /Type /Catalog".utf8), "PDF")
            default: ("groot.txt", Data(repeating: 0x61, count: 25 * 1024 * 1024), "20 MB")
            }
        let file = folder.url.appendingPathComponent(name)
        try data.write(to: file)
        let run = try KaderBinary.run(["ingest", file.path] + store, in: folder.url)
        #expect(run.status != 0)
        #expect(run.errors.contains(name))
        #expect(run.errors.contains(reason), "\(run.errors)")
        #expect(try await snapshot(folder.databasePath) == before)
    }

    @Test func aFailedFileAmongGoodOnesFailsTheRunButTheGoodOnesAreStored() async throws {
        let (folder, store) = try workspace()
        defer { folder.remove() }
        let bad = folder.url.appendingPathComponent("leeg.txt")
        try Data().write(to: bad)
        let good = Corpus.folder.appendingPathComponent("000_99295b712c9ec60a.txt").path
        let run = try KaderBinary.run(["ingest", good, bad.path] + store, in: folder.url)
        #expect(run.status != 0)
        #expect(run.errors.contains("2/2"))
        let database = try await KaderDatabase.openSQLite(path: folder.databasePath)
        let candidates = try await CandidateRepository(database: database).candidates()
        await database.close()
        #expect(candidates.allSatisfy { $0.documentID == "000_99295b712c9ec60a" })
        #expect(!candidates.isEmpty)
    }

    @Test func acceptingAReferencePlacesItAndRejectingChangesOnlyTheStatus() async throws {
        let (folder, store) = try workspace()
        defer { folder.remove() }
        let letter = Corpus.folder.appendingPathComponent("004_a5c8b23f8fb2d6ff.txt").path
        _ = try KaderBinary.run(["ingest", letter] + store, in: folder.url)
        let database = try await KaderDatabase.openSQLite(path: folder.databasePath)
        let candidates = try await CandidateRepository(database: database).candidates()
        await database.close()
        let motion = try #require(candidates.first { if case .reference(_, true) = $0.value { true } else { false } })
        let framework = try #require(candidates.first { if case .framework = $0.value { true } else { false } })

        let accepted = try KaderBinary.run(["facts", "accept", motion.id] + store, in: folder.url)
        #expect(accepted.status == 0)
        #expect(accepted.output.contains("motions/motie-"))
        // An empty registry has no contribution for the framework to join.
        let unplaced = try KaderBinary.run(["facts", "accept", framework.id] + store, in: folder.url)
        #expect(unplaced.output.contains("nog niet in het register"))
        let rejected = try KaderBinary.run(["facts", "reject", candidates[0].id] + store, in: folder.url)
        #expect(rejected.output.contains("afgewezen"))
        let listed = try KaderBinary.run(["facts", "--status", "geaccepteerd"] + store, in: folder.url)
        #expect(listed.output.contains(motion.id))
        #expect(listed.output.contains(framework.id))
        #expect(!listed.output.contains(candidates[0].id + " "))
        let missing = try KaderBinary.run(["facts", "accept", "bestaat-niet"] + store, in: folder.url)
        #expect(missing.status != 0)
    }
}
