import Foundation
import KaderCore
import KaderIngest
import KaderReport
import KaderStore
import KaderTestSupport
import Testing

/// `SQLiteBackup`: a copy taken while letters are being stored, and bringing it back.
@Suite struct SQLiteBackupTests {
    /// A corpus letter with a line of its own, so that it is a letter with new text.
    static func variant(_ number: Int) throws -> Extraction {
        let names = try FileManager.default.contentsOfDirectory(atPath: Corpus.folder.path).sorted()
        var letter = try Corpus.letter(names[number % names.count])
        letter.id = "variant-\(number)"
        letter.text += "\nVolgnummer \(number).\n"
        letter.contentHash = SHA256.hex(of: Data(letter.text.utf8))
        return LetterExtractor().extract(letter)
    }

    /// An installation with the corpus and curated registry, as `kader serve` makes it.
    ///
    /// Its requests wait up to two minutes for a connection: the backup waits for one the
    /// writer holds, and on a loaded CI machine twelve stores took past the 10 s default.
    /// These tests are about what a backup holds, not about how long it waits.
    static func installation(_ folder: TemporaryFolder) async throws -> KaderDatabase {
        let database = try await KaderDatabase.openSQLite(path: folder.databasePath, connectionWait: .seconds(120))
        _ = try await FirstRun(database: database).prepare(letters: try Corpus.letters())
        return database
    }

    @Test func aBackupTakenWhileLettersAreStoredHoldsEachLetterWithAllItsCandidates() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await Self.installation(folder)
        let extractions = try (0..<12).map(Self.variant)
        let writer = Task {
            let repository = CandidateRepository(database: database)
            for extraction in extractions {
                _ = try await repository.storeLetter(extraction.document, candidates: extraction.facts)
            }
        }
        let backup = folder.url.appendingPathComponent("backup.sqlite").path
        try await Task.sleep(for: .milliseconds(20))
        try await SQLiteBackup.write(database, to: backup)
        try await writer.value
        await database.close()

        #expect(try await SQLiteBackup.integrityProblems(ofFileAt: backup).isEmpty)
        let copy = try await KaderDatabase.openSQLite(path: backup)
        let documents = try await RegistryRepository(database: copy).load().documents
        let candidates = try await CandidateRepository(database: copy).candidates()
        await copy.close()
        #expect(documents.count >= 5)
        for extraction in extractions where documents.contains(where: { $0.id == extraction.document.id }) {
            #expect(candidates.filter { $0.documentID == extraction.document.id }.count == extraction.facts.count)
        }
    }

    @Test func aRestoredBackupIsTheDatabaseItCopied() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await Self.installation(folder)
        let backup = folder.url.appendingPathComponent("backup.sqlite").path
        try await SQLiteBackup.write(database, to: backup)
        let original = try await DatabaseCopier.contents(of: database)
        await database.close()

        let restoredPath = folder.url.appendingPathComponent("hersteld.sqlite").path
        try await SQLiteBackup.restore(from: backup, to: restoredPath, force: false)
        let restored = try await KaderDatabase.openSQLite(path: restoredPath)
        #expect(try await DatabaseCopier.contents(of: restored) == original)
        await restored.close()
        await #expect(throws: StoreError.self) { try await SQLiteBackup.write(database, to: backup) }
    }

    @Test func restoreRefusesAnExistingDatabaseUnlessForced() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await Self.installation(folder)
        let backup = folder.url.appendingPathComponent("backup.sqlite").path
        try await SQLiteBackup.write(database, to: backup)
        let backedUp = try await DatabaseCopier.contents(of: database)
        // After the backup, the live database changes.
        try await AccountRepository(database: database).set(.anonymousRead, to: "ja", by: "test")
        await database.close()

        let refused = await #expect(throws: StoreError.self) {
            try await SQLiteBackup.restore(from: backup, to: folder.databasePath, force: false)
        }
        #expect(refused?.description.contains("--force") == true)
        let kept = try await KaderDatabase.openSQLite(path: folder.databasePath)
        #expect(try await AccountRepository(database: kept).value(of: .anonymousRead) == "ja")
        await kept.close()

        try await SQLiteBackup.restore(from: backup, to: folder.databasePath, force: true)
        let replaced = try await KaderDatabase.openSQLite(path: folder.databasePath)
        #expect(try await DatabaseCopier.contents(of: replaced) == backedUp)
        await replaced.close()
    }

    @Test func aDamagedBackupIsRefusedAndNothingIsWritten() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await Self.installation(folder)
        let backup = folder.url.appendingPathComponent("backup.sqlite").path
        try await SQLiteBackup.write(database, to: backup)
        await database.close()
        // Overwrite pages in the middle of the file, past the header and the schema.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: backup))
        let start = bytes.count / 2
        bytes.replaceSubrange(start..<start + 8192, with: Data(repeating: 0xA5, count: 8192))
        try bytes.write(to: URL(fileURLWithPath: backup))

        let target = folder.url.appendingPathComponent("nieuw.sqlite").path
        let error = await #expect(throws: StoreError.self) {
            try await SQLiteBackup.restore(from: backup, to: target, force: false)
        }
        #expect(
            error?.description.contains("niets hersteld") == true
                || error?.description.contains("geen bruikbare") == true, "\(String(describing: error))")
        #expect(!FileManager.default.fileExists(atPath: target))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter {
            $0.hasPrefix(".kader-herstel")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func aJSONExportIsSentToImport() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let export = folder.url.appendingPathComponent("register.json")
        try RegistryExport.json(try Corpus.iraqRegistry()).write(to: export)
        let error = await #expect(throws: StoreError.self) {
            try await SQLiteBackup.restore(from: export.path, to: folder.databasePath, force: false)
        }
        #expect(error?.description.contains("kader import") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.databasePath))
    }
}
