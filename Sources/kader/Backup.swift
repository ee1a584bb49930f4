import ArgumentParser
import Foundation
import KaderReport
import KaderStore

/// `kader backup PATH`: a consistent copy of the database, also while `kader serve` runs.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Maak een back-up van de database, ook terwijl de server draait.",
        discussion: """
            Op SQLite schrijft Kader met VACUUM INTO een volledige kopie van de database (alles: \
            register, voorgestelde feiten, accounts, API-tokens, instellingen en audittrail); \
            `kader restore` zet die terug. Is DATABASE_URL gezet (PostgreSQL), dan schrijft Kader \
            alleen het register als JSON-export, zoals `kader export json`; `kader import` leest \
            die weer in. Accounts, tokens, voorgestelde feiten en de audittrail zitten daar niet \
            in: maak daarvoor een kopie met pg_dump of `kader migrate-db`.
            """)

    @Argument(help: "Het nieuwe back-upbestand (mag nog niet bestaan).")
    var path: String

    @Option(name: .long, help: "Het SQLite-bestand (genegeerd als DATABASE_URL is gezet).")
    var db: String = "kader.sqlite"

    func run() async throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("\(path) bestaat al; kies een nieuw bestand (backup file exists)")
        }
        if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty {
            try await exportRegistry(url: url)
            return
        }
        guard FileManager.default.fileExists(atPath: db) else {
            throw CommandFailure("de database \(db) bestaat niet (database not found)")
        }
        do {
            let database = try await KaderDatabase.openSQLite(path: db)
            do {
                try await SQLiteBackup.write(database, to: path)
                await database.close()
            } catch {
                await database.close()
                throw error
            }
            let problems = try await SQLiteBackup.integrityProblems(ofFileAt: path)
            guard problems.isEmpty else {
                throw StoreError("de back-up is beschadigd (backup fails integrity_check): \(problems)")
            }
        } catch {
            throw CommandFailure("\(error)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("back-up geschreven en gecontroleerd: \(path) (\(size) bytes)")
    }

    /// PostgreSQL: the registry as its JSON export, read in one snapshot.
    private func exportRegistry(url: String) async throws {
        let registry = try await CommandFailure.rethrowing {
            let database = try await KaderDatabase.openPostgres(url: url)
            do {
                let registry = try await RegistryRepository(database: database).loadSnapshot()
                await database.close()
                return registry
            } catch {
                await database.close()
                throw error
            }
        }
        let data = try RegistryExport.json(registry)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw CommandFailure("kan \(path) niet schrijven (cannot write the backup): \(error)")
        }
        print(
            "registerexport geschreven: \(path) (\(registry.documents.count) brieven, \(data.count) bytes); "
                + "accounts en audittrail zitten er niet in")
    }
}
