import ArgumentParser
import Foundation
import KaderStore

/// `kader restore PATH --db NEW`: brings a SQLite backup back.
struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Zet een SQLite-back-up (van `kader backup`) terug als database.",
        discussion: """
            Kader controleert de back-up eerst met PRAGMA integrity_check en zet hem alleen neer \
            als het doelbestand nog niet bestaat, of met --force. Stop de server op die database \
            voordat je hem met --force vervangt. Een JSON-export (de back-up van PostgreSQL) lees \
            je in met `kader import`.
            """)

    @Argument(help: "Het back-upbestand.")
    var path: String

    @Option(name: .long, help: "De database die de back-up wordt (een nieuw SQLite-bestand).")
    var db: String

    @Flag(name: .long, help: "Vervang een bestaande database.")
    var force = false

    func run() async throws {
        try await CommandFailure.rethrowing {
            try await SQLiteBackup.restore(from: path, to: db, force: force)
        }
        print("hersteld: \(db) uit \(path) (integrity_check: ok)")
    }
}
