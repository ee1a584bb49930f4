import ArgumentParser
import Foundation
import KaderStore

/// `kader migrate-db --from … --to …`: moves an installation between SQLite and PostgreSQL.
struct MigrateDB: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate-db",
        abstract: "Verhuis een installatie naar een andere database (SQLite ⇄ PostgreSQL) zonder verlies.",
        discussion: """
            Kopieert het register, de voorgestelde feiten, accounts, API-tokens, instellingen en \
            de audittrail in één transactie naar een lege doeldatabase, en vergelijkt daarna elke \
            rij. Sessies gaan niet mee: na de verhuizing logt iedereen opnieuw in. Adressen: \
            sqlite:PAD of postgres://gebruiker:wachtwoord@host:5432/database.
            """)

    @Option(name: .long, help: "De bron: sqlite:PAD of postgres://….")
    var from: String

    @Option(name: .long, help: "Het doel (leeg of nieuw): sqlite:PAD of postgres://….")
    var to: String

    /// Where a database is, as the options name it.
    enum Address: Equatable {
        case sqlite(String)
        case postgres(String)

        init(_ text: String) throws {
            if text.hasPrefix("sqlite:") {
                let path = String(text.dropFirst("sqlite:".count))
                guard !path.isEmpty else { throw ValidationError("sqlite: zonder pad; schrijf sqlite:kader.sqlite.") }
                self = .sqlite(path)
            } else if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
                self = .postgres(text)
            } else {
                throw ValidationError(
                    "‘\(text)’ is geen database-adres; gebruik sqlite:PAD of postgres://gebruiker@host:5432/database.")
            }
        }

        func open() async throws -> KaderDatabase {
            switch self {
            case .sqlite(let path): try await KaderDatabase.openSQLite(path: path)
            case .postgres(let url): try await KaderDatabase.openPostgres(url: url)
            }
        }
    }

    func validate() throws {
        let source = try Address(from)
        guard try Address(to) != source else { throw ValidationError("--from en --to zijn dezelfde database.") }
        if case .sqlite(let path) = source, !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("de bron \(path) bestaat niet (source not found).")
        }
    }

    func run() async throws {
        let counts = try await CommandFailure.rethrowing {
            let source = try await Address(from).open()
            defer { Task { await source.close() } }
            let target = try await Address(to).open()
            defer { Task { await target.close() } }
            let counts = try await DatabaseCopier(source: source, target: target).copy()
            let (before, after) = (
                try await DatabaseCopier.contents(of: source), try await DatabaseCopier.contents(of: target)
            )
            guard before == after else {
                let differing = DatabaseCopier.tableNames.filter { before[$0] != after[$0] }
                throw StoreError(
                    "de kopie wijkt af in \(differing.joined(separator: ", ")) (copy differs from the source)")
            }
            await source.close()
            await target.close()
            return counts
        }
        for count in counts where count.rows > 0 { print("\(count.table): \(count.rows)") }
        let total = counts.reduce(0) { $0 + $1.rows }
        print("verhuisd en gecontroleerd: \(total) rijen, elke rij gelijk aan de bron")
    }
}
