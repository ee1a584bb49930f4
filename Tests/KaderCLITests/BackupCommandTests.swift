import Foundation
import KaderStore
import KaderTestSupport
import Testing

/// `kader backup`, `kader restore` and `kader migrate-db`, run as the built binary.
@Suite(.serialized) struct BackupCommandTests {
    /// A database loaded with the corpus and the curated registry, as a first `kader` run makes it.
    private func installation() throws -> (TemporaryFolder, [String]) {
        let folder = try TemporaryFolder()
        let store = ["--db", folder.databasePath, "--corpus", Corpus.folder.path]
        let first = try KaderBinary.run(["state", "--as-of", "2024-06-01"] + store, in: folder.url)
        guard first.status == 0 else { throw StoreError("first start failed: \(first.errors)") }
        return (folder, store)
    }

    @Test func aBackupRestoresToTheSameRegistryAndNeverOverwrites() async throws {
        let (folder, store) = try installation()
        defer { folder.remove() }
        let backup = folder.url.appendingPathComponent("back-up.sqlite").path
        let made = try KaderBinary.run(["backup", backup, "--db", folder.databasePath], in: folder.url)
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.contains("gecontroleerd"))
        let again = try KaderBinary.run(["backup", backup, "--db", folder.databasePath], in: folder.url)
        #expect(again.status != 0)
        #expect(again.errors.contains("bestaat al"))

        let overwrite = try KaderBinary.run(["restore", backup, "--db", folder.databasePath], in: folder.url)
        #expect(overwrite.status != 0)
        #expect(overwrite.errors.contains("--force"))
        let restoredPath = folder.url.appendingPathComponent("hersteld.sqlite").path
        let restored = try KaderBinary.run(["restore", backup, "--db", restoredPath], in: folder.url)
        #expect(restored.status == 0, "\(restored.errors)")

        let original = try KaderBinary.run(["export", "json"] + store, in: folder.url)
        let copy = try KaderBinary.run(["export", "json", "--db", restoredPath, "--corpus", "geen"], in: folder.url)
        #expect(original.status == 0)
        #expect(copy.output == original.output)
        #expect(original.output.contains("\"documents\""))
    }

    @Test func aBackupOfADatabaseThatDoesNotExistCreatesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try KaderBinary.run(
            ["backup", folder.url.appendingPathComponent("b.sqlite").path, "--db", folder.databasePath], in: folder.url)
        #expect(run.status != 0)
        #expect(run.errors.contains("bestaat niet"))
        #expect(!FileManager.default.fileExists(atPath: folder.databasePath))
    }

    /// On the PostgreSQL run of `scripts/test` the target is a fresh PostgreSQL database.
    @Test func migrateDBMovesEveryRowAndRefusesATargetThatHoldsData() async throws {
        let (folder, store) = try installation()
        defer { folder.remove() }
        let server = try await TestDatabase.make()
        defer { server.discard() }
        let target =
            server.databaseURL ?? "sqlite:" + folder.url.appendingPathComponent("doel.sqlite").path
        let moved = try KaderBinary.run(
            ["migrate-db", "--from", "sqlite:" + folder.databasePath, "--to", target], in: folder.url)
        #expect(moved.status == 0, "\(moved.errors)")
        #expect(moved.output.contains("documents: 5"))
        #expect(moved.output.contains("gecontroleerd"))

        let source = try await KaderDatabase.openSQLite(path: folder.databasePath)
        let destination =
            if let url = server.databaseURL {
                try await KaderDatabase.openPostgres(url: url)
            } else {
                try await KaderDatabase.openSQLite(path: folder.url.appendingPathComponent("doel.sqlite").path)
            }
        let (before, after) = (
            try await DatabaseCopier.contents(of: source), try await DatabaseCopier.contents(of: destination)
        )
        await source.close()
        await destination.close()
        #expect(after == before)

        let twice = try KaderBinary.run(
            ["migrate-db", "--from", "sqlite:" + folder.databasePath, "--to", target], in: folder.url)
        #expect(twice.status != 0)
        #expect(twice.errors.contains("niet leeg"))
    }

    @Test(arguments: [
        (["--from", "mysql://x/y", "--to", "sqlite:b.sqlite"], "sqlite:PAD"),
        (["--from", "sqlite:bestaat-niet.sqlite", "--to", "sqlite:b.sqlite"], "bestaat niet"),
        (["--from", "sqlite:a.sqlite", "--to", "sqlite:a.sqlite"], "dezelfde database"),
    ])
    func migrateDBRefusesAnAddressItCannotUse(arguments: [String], message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("x".utf8).write(to: folder.url.appendingPathComponent("a.sqlite"))
        let run = try KaderBinary.run(["migrate-db"] + arguments, in: folder.url)
        #expect(run.status != 0)
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("b.sqlite").path))
    }
}
