import Foundation
import Hummingbird
import HummingbirdTesting
import KaderStore
import KaderTestSupport
import KaderWeb
import Logging

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
    static func get(_ client: some TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(uri: uri, method: .get) { response in
            (response.status, String(buffer: response.body))
        }
    }

    /// The part of a page from `marker` on, `length` characters long.
    static func section(_ html: String, from marker: String, length: Int = 3000) -> String? {
        html.range(of: marker).map { String(html[$0.lowerBound...].prefix(length)) }
    }
}
