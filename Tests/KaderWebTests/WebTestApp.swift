import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import KaderCore
import KaderStore
import KaderTestSupport
import KaderWeb
import Logging
import Testing

/// The web app on a fresh SQLite file loaded from the real corpus, for route tests.
enum WebTestApp {
    static func run(
        corpus: String? = Corpus.folder.path, _ test: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let config = AppConfig(
            sqlitePath: testDatabase.sqlitePath, databaseURL: testDatabase.databaseURL, corpusPath: corpus)
        let app = try await buildApplication(config: config)
        try await app.test(.router, test)
    }

    /// The app on a database that `prepare` changed after its first start (accounts,
    /// classifications) and before the app opened it.
    static func run(
        prepare: @Sendable (KaderDatabase) async throws -> Void,
        _ test: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let config = AppConfig(
            sqlitePath: testDatabase.sqlitePath, databaseURL: testDatabase.databaseURL, corpusPath: Corpus.folder.path)
        var logger = Logger(label: "test")
        logger.logLevel = .error
        let (database, _) = try await Startup.openStore(config: config, logger: logger)
        try await prepare(database)
        await database.close()
        let app = try await buildApplication(config: config)
        try await app.test(.router, test)
    }

    /// Status and body of a GET.
    static func get(_ client: some TestClientProtocol, _ uri: String, cookie: String? = nil) async throws -> (
        HTTPResponse.Status, String
    ) {
        try await client.execute(uri: uri, method: .get, headers: cookie.map { [.cookie: $0] } ?? [:]) { response in
            (response.status, String(buffer: response.body))
        }
    }

    /// The part of a page from `marker` on, `length` characters long.
    static func section(_ html: String, from marker: String, length: Int = 3000) -> String? {
        html.range(of: marker).map { String(html[$0.lowerBound...].prefix(length)) }
    }
}

/// Signing in through the real login form, for tests of what accounts may do.
enum WebSession {
    static let password = "een-lang-wachtwoord"

    /// An analist cleared for everything, and a lezer cleared for openbaar.
    @Sendable static func addAccounts(_ database: KaderDatabase) async throws {
        let accounts = AccountRepository(database: database)
        let hash = Bcrypt.hash(password, cost: 4)
        try await accounts.add(
            Account(id: "analist", displayName: "Analist", role: .analist, clearance: .departementaalVertrouwelijk),
            passwordHash: hash, by: "test")
        try await accounts.add(
            Account(id: "lezer", displayName: "Lezer", role: .lezer, clearance: .openbaar), passwordHash: hash,
            by: "test")
    }

    /// The session cookie and the form token of a signed-in account.
    static func login(_ client: some TestClientProtocol, _ name: String) async throws -> (cookie: String, csrf: String)
    {
        let cookie = try await client.execute(
            uri: "/inloggen", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "naam=\(name)&wachtwoord=\(password)")
        ) { response in
            response.headers[values: .setCookie].first { $0.hasPrefix("kader_sessie=") }
                .map { String($0.split(separator: ";")[0]) }
        }
        let session = try #require(cookie)
        let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: session]) {
            String(buffer: $0.body)
        }
        let token = try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/)?.output.1)
        return (session, String(token))
    }

    /// POSTs a URL-encoded form with the session and its token.
    static func post(
        _ client: some TestClientProtocol, _ uri: String, _ fields: [String: String],
        session: (cookie: String, csrf: String)
    ) async throws -> (HTTPResponse.Status, String?, String) {
        var all = fields
        all["csrf"] = session.csrf
        let body = all.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
        }.joined(separator: "&")
        return try await client.execute(
            uri: uri, method: .post,
            headers: [.cookie: session.cookie, .contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: body)
        ) { response in (response.status, response.headers[.location], String(buffer: response.body)) }
    }
}
