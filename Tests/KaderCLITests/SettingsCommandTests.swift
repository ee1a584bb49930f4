import Foundation
import KaderStore
import KaderTestSupport
import Testing

/// `kader settings`, run as the built binary on a real SQLite file.
@Suite(.serialized) struct SettingsCommandTests {
    /// A folder with an empty corpus, so that the new database holds no letters.
    private func workspace() throws -> (TemporaryFolder, [String]) {
        let folder = try TemporaryFolder()
        return (folder, try folder.emptyStoreArguments())
    }

    @Test func settingAnoniemLezenStoresItShowsItAndRecordsWhoChangedIt() async throws {
        let (folder, store) = try workspace()
        defer { folder.remove() }
        let before = try KaderBinary.run(["settings", "show"] + store, in: folder.url)
        #expect(before.status == 0, "\(before.errors)")
        #expect(before.output.contains("anoniem-lezen = nee"))

        let set = try KaderBinary.run(["settings", "set", "anoniem-lezen", "ja"] + store, in: folder.url)
        #expect(set.status == 0, "\(set.errors)")
        #expect(set.output.contains("anoniem-lezen is nu ja"))
        let again = try KaderBinary.run(["settings", "set", "anoniem-lezen", "ja"] + store, in: folder.url)
        #expect(again.output.contains("niets gewijzigd"))
        let shown = try KaderBinary.run(["settings"] + store, in: folder.url)
        #expect(shown.output.contains("anoniem-lezen = ja"))

        let database = try await KaderDatabase.openSQLite(path: folder.databasePath)
        let value = try await AccountRepository(database: database).value(of: .anonymousRead)
        let entries = try await AuditLog(database: database).entries(subjectKind: "instelling")
        await database.close()
        #expect(value == "ja")
        #expect(entries.count == 1)
        #expect(entries.first?.userID.hasPrefix("terminal") == true)
        #expect(entries.first?.after == "{\"anoniem-lezen\":\"ja\"}")
        let audit = try KaderBinary.run(["audit", "--kind", "instelling"] + store, in: folder.url)
        #expect(audit.output.contains("instelling gewijzigd  instelling/anoniem-lezen"))
    }

    @Test(arguments: [
        (["onbekend", "ja"], "onbekende instelling ‘onbekend’; Kader kent: anoniem-lezen"),
        (["anoniem-lezen", "misschien"], "‘misschien’ past niet bij anoniem-lezen: kies ja of nee"),
    ])
    func anUnknownSettingOrValueIsRefusedBeforeTheDatabaseIsOpened(arguments: [String], message: String) throws {
        let (folder, store) = try workspace()
        defer { folder.remove() }
        let run = try KaderBinary.run(["settings", "set"] + arguments + store, in: folder.url)
        #expect(run.status != 0)
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.databasePath))
    }
}
