import ArgumentParser
import Foundation
import KaderStore
import KaderWeb
import Logging

/// The options every command that opens the database shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "Het SQLite-bestand (genegeerd als DATABASE_URL is gezet).")
    var db: String = "kader.sqlite"

    @Option(
        name: .long,
        help:
            "Map met brieven (.txt, .pdf, .html) die een nieuwe database bij de eerste start laadt (en die eval meet)."
    )
    var corpus: String = "../shared/corpus"

    func config(host: String = "127.0.0.1", port: Int = 8080) -> AppConfig {
        AppConfig(host: host, port: port, sqlitePath: db, corpusPath: corpus)
    }

    /// Opens the store as `serve` would (migrating and loading a new database), for commands
    /// that run once; errors become a clear message and exit code 1.
    func withStore<T>(loadCorpus: Bool = true, _ body: (KaderDatabase) async throws -> T) async throws -> T {
        var logger = Logger(label: "kader")
        logger.logLevel = .warning
        let database: KaderDatabase
        do {
            (database, _) = try await Startup.openStore(config: config(), logger: logger, loadCorpus: loadCorpus)
        } catch {
            throw CommandFailure("\(error)")
        }
        do {
            let result = try await body(database)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }
}
