import ArgumentParser
import Foundation
import HummingbirdBcrypt
import KaderCore
import KaderStore

/// `kader user`: accounts (lezer, analist, beheerder) and their API tokens.
struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Beheer accounts en API-tokens.", subcommands: [Add.self, List.self, Token.self, Revoke.self])

    /// Everything done from the terminal is recorded as done by this name.
    static let actor = "terminal (\(ProcessInfo.processInfo.environment["USER"] ?? "onbekend"))"
}

extension Role: ExpressibleByArgument {}
extension Classification: ExpressibleByArgument {}

extension User {
    /// `kader user add NAME --role …`: the password is read from KADER_PASSWORD, or from
    /// standard input (one line), or asked for at the terminal.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Maak een account. Het wachtwoord komt uit KADER_PASSWORD, standaardinvoer of een vraag.")

        @Argument(help: "De inlognaam.")
        var name: String

        @Option(help: "lezer, analist of beheerder.")
        var role: Role = .lezer

        @Option(help: "openbaar, intern of departementaal-vertrouwelijk.")
        var clearance: Classification = .openbaar

        @Option(name: .customLong("display-name"), help: "De naam zoals pagina's die tonen.")
        var displayName: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let password = try Self.password()
            guard password.count >= 12 else {
                throw CommandFailure("het wachtwoord moet minstens 12 tekens hebben (password too short)")
            }
            let account = Account(
                id: name.lowercased(), displayName: displayName ?? name, role: role, clearance: clearance)
            try await store.withStore { database in
                try await AccountRepository(database: database).add(
                    account, passwordHash: Bcrypt.hash(password), by: User.actor)
            }
            print("account \(account.id) gemaakt: \(role.rawValue), \(clearance.label)")
        }

        static func password() throws -> String {
            if let fromEnvironment = ProcessInfo.processInfo.environment["KADER_PASSWORD"] { return fromEnvironment }
            if isatty(STDIN_FILENO) != 0, let typed = getpass("Wachtwoord: ") { return String(cString: typed) }
            guard let line = readLine(strippingNewline: true) else {
                throw CommandFailure("geen wachtwoord gegeven (no password on standard input)")
            }
            return line
        }
    }

    /// `kader user list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Toon de accounts en de API-tokens.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let (accounts, tokens) = try await store.withStore { database in
                let repository = AccountRepository(database: database)
                return (try await repository.all(), try await repository.tokens())
            }
            for account in accounts {
                print(
                    "\(account.id)\t\(account.role.rawValue)\t\(account.clearance.rawValue)\(account.disabled ? "\tuitgeschakeld" : "")"
                )
            }
            for token in tokens {
                print(
                    "token \(token.id)\t\(token.userID)\t\(token.name)\t\(token.revokedAt.map { "ingetrokken \($0)" } ?? "geldig")"
                )
            }
        }
    }

    /// `kader user token NAME --name LABEL`: issues an API bearer token (shown once).
    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Geef een API-token uit voor een account.")
        @Argument(help: "De inlognaam.") var name: String
        @Option(help: "Waarvoor het token is.") var label: String = "api"
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let issued = try await store.withStore { database in
                let repository = AccountRepository(database: database)
                guard try await repository.account(id: name) != nil else {
                    throw CommandFailure("geen account ‘\(name)’ (no such account)")
                }
                return try await repository.issueToken(for: name, name: label, by: User.actor)
            }
            print("token \(issued.id): \(issued.token)\nBewaar het nu: Kader toont het niet nog eens.")
        }
    }

    /// `kader user revoke TOKEN-ID`.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Trek een API-token in.")
        @Argument(help: "Het kenmerk van het token (uit `kader user list`).") var id: String
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let revoked = try await store.withStore {
                try await AccountRepository(database: $0).revokeToken(id: id, by: User.actor)
            }
            guard revoked else { throw CommandFailure("geen geldig token ‘\(id)’ (no such token)") }
            print("token \(id) ingetrokken")
        }
    }
}
