import Foundation
import KaderCore
import KaderIngest
import KaderStore
import KaderTestSupport
import SQLKit
import Testing

/// `kader ingest` killed with SIGKILL while it stores 200 letters: the SQLite file stays
/// sound, every stored letter has all its candidate facts (a batch is one transaction),
/// and running the same ingest again completes the set.
@Suite(.serialized, .disabled(if: TestDatabase.isPostgres, "a SQLite file under SIGKILL; runs in the SQLite pass"))
struct IngestDurabilityTests {
    static let letterCount = 200

    /// 200 letters: the corpus letters in turn, each with a line of its own so that every
    /// text is new. Returns the files and, per corpus letter, the candidates it yields.
    static func letters(in folder: URL) throws -> (files: [String], expected: [Int]) {
        let corpus = try FileManager.default.contentsOfDirectory(atPath: Corpus.folder.path).sorted()
        let texts = try corpus.map { try String(contentsOf: Corpus.folder.appendingPathComponent($0), encoding: .utf8) }
        var files: [String] = []
        for number in 0..<letterCount {
            let file = folder.appendingPathComponent("brief-\(number)-\(number % texts.count).txt")
            try (texts[number % texts.count] + "\nTestbrief nummer \(number) van de duurzaamheidstest.\n").write(
                to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        // One letter per corpus letter stands for its group; the test checks that every
        // letter of a group yields as many candidates as it.
        let expected = try (0..<texts.count).map {
            LetterExtractor().extract(try LetterReader().read(fileAt: URL(fileURLWithPath: files[$0]))).facts.count
        }
        return (files, expected)
    }

    /// Stored documents with their number of candidate facts.
    static func stored(in path: String) async throws -> [String: Int] {
        let database = try await KaderDatabase.openSQLite(path: path)
        let rows = try await database.withDatabase { db in
            try await db.raw(
                """
                SELECT d.id AS id, (SELECT COUNT(*) FROM candidate_facts c WHERE c.document_id = d.id) AS n
                FROM documents d
                """
            ).all().map { (try $0.decode(column: "id", as: String.self), try $0.decode(column: "n", as: Int.self)) }
        }
        await database.close()
        return Dictionary(uniqueKeysWithValues: rows)
    }

    /// The corpus letter a stored document was made from: `brief-17-2` → 2.
    static func group(of id: String) -> Int { Int(id.split(separator: "-").last ?? "") ?? -1 }

    /// Reads the running ingest's output on a thread of its own until it reports `count`
    /// letters stored, then kills it. A thread, not a task: beside the rest of the suite the
    /// cooperative pool can be busy for longer than the whole ingest takes. Returns the
    /// letters it had reported.
    static func kill(_ process: Process, afterStoring count: Int, output: Pipe) async -> Int {
        await withCheckedContinuation { continuation in
            let reader = Thread {
                var reported = 0
                var text = ""
                while reported < count {
                    let data = output.fileHandleForReading.availableData
                    if data.isEmpty { break }  // the ingest ended before it stored `count`
                    text += String(decoding: data, as: UTF8.self)
                    reported = text.components(separatedBy: ": opgeslagen als ").count - 1
                }
                if reported >= count { Foundation.kill(process.processIdentifier, SIGKILL) }
                continuation.resume(returning: reported)
            }
            reader.start()
        }
    }

    @Test func anIngestKilledMidwayLeavesWholeLettersAndARerunCompletesTheSet() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lettersFolder = folder.url.appendingPathComponent("brieven")
        let corpus = folder.url.appendingPathComponent("leeg-corpus")
        for made in [lettersFolder, corpus] {
            try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        }
        let (files, expected) = try Self.letters(in: lettersFolder)
        let store = ["--db", folder.databasePath, "--corpus", corpus.path]

        let binary: URL = try #require(KaderBinary.url)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["ingest"] + files + store
        process.currentDirectoryURL = folder.url
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let seen = await Self.kill(process, afterStoring: Self.letterCount / 2, output: output)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the ingest ended before it was killed")
        #expect(seen >= Self.letterCount / 2)

        #expect(try await SQLiteBackup.integrityProblems(ofFileAt: folder.databasePath) == [])
        let afterKill = try await Self.stored(in: folder.databasePath)
        #expect(afterKill.count >= seen)
        #expect(afterKill.count < Self.letterCount, "killed after every letter was stored")
        for (id, candidates) in afterKill {
            #expect(candidates == expected[Self.group(of: id)], "\(id) lost candidates")
        }

        let rerun = try KaderBinary.run(["ingest"] + files + store, in: folder.url)
        #expect(rerun.status == 0, "\(rerun.errors)")
        let complete = try await Self.stored(in: folder.databasePath)
        #expect(complete.count == Self.letterCount)
        for (id, candidates) in complete {
            #expect(candidates == expected[Self.group(of: id)], "\(id)")
        }
        print("duurzaamheidstest: \(afterKill.count) van \(Self.letterCount) brieven opgeslagen bij SIGKILL")
    }
}
