import AsyncKit
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// Which SQL dialect the store speaks; migrations branch on it where the two differ.
public enum StoreDialect: String, Sendable {
    case sqlite, postgres
}

/// Why the store could not be opened or used.
public struct StoreError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The connection to Kader's database: one SQLite file by default, PostgreSQL when
/// `DATABASE_URL` names a server. Everything above it speaks SQLKit.
public final class KaderDatabase: Sendable {
    // EventLoopGroupConnectionPool guards its state with a lock but is not marked Sendable.
    private enum Pool: @unchecked Sendable {
        case sqlite(EventLoopGroupConnectionPool<SQLiteFileSource>)
        case postgres(EventLoopGroupConnectionPool<PostgresConnectionSource>)
    }

    public let dialect: StoreDialect
    /// The SQLite file, or the PostgreSQL URL without its password, for messages.
    public let location: String
    private let pool: Pool
    private let logger: Logger
    private let isClosed = NIOLockedValueBox(false)
    /// How long a request waits for a free connection before it is `StoreBusy`.
    public let connectionWait: Duration
    /// AsyncKit's own default; a request that waited this long meets a store that is overrun.
    public static let defaultConnectionWait = Duration.seconds(10)

    private init(dialect: StoreDialect, location: String, pool: Pool, logger: Logger, connectionWait: Duration) {
        self.dialect = dialect
        self.location = location
        self.pool = pool
        self.logger = logger
        self.connectionWait = connectionWait
    }

    /// Opens PostgreSQL when `databaseURL` is set, else the SQLite file at `sqlitePath`.
    /// A request waits up to `connectionWait` for a free connection.
    public static func open(
        databaseURL: String?, sqlitePath: String, logger: Logger = Logger(label: "kader.store"),
        connectionWait: Duration = defaultConnectionWait
    ) async throws -> KaderDatabase {
        if let databaseURL, !databaseURL.isEmpty {
            return try await openPostgres(url: databaseURL, logger: logger, connectionWait: connectionWait)
        }
        return try await openSQLite(path: sqlitePath, logger: logger, connectionWait: connectionWait)
    }

    /// Opens (or creates) the SQLite file, in WAL mode so that readers never wait on a writer.
    public static func openSQLite(
        path: String, logger: Logger = Logger(label: "kader.store"), connectionWait: Duration = defaultConnectionWait
    ) async throws -> KaderDatabase {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw StoreError("de map \(folder.path) voor de database bestaat niet (folder does not exist)")
        }
        let source = SQLiteFileSource(
            source: SQLiteConnectionSource(configuration: .init(storage: .file(path: url.path))))
        let pool = EventLoopGroupConnectionPool(
            source: source, maxConnectionsPerEventLoop: 1, requestTimeout: TimeAmount(connectionWait),
            pruneInterval: nil, logger: logger, on: MultiThreadedEventLoopGroup.singleton)
        let database = KaderDatabase(
            dialect: .sqlite, location: url.path, pool: .sqlite(pool), logger: logger, connectionWait: connectionWait)
        do {
            try await database.withDatabase { db in
                try await db.raw("PRAGMA journal_mode = WAL").run()
            }
        } catch {
            try? await pool.shutdownAsync()
            throw StoreError("kan de database \(url.path) niet openen: \(error)")
        }
        return database
    }

    /// Connects to PostgreSQL at `url` (`postgres://user:pass@host:port/db`).
    public static func openPostgres(
        url: String, logger: Logger = Logger(label: "kader.store"), connectionWait: Duration = defaultConnectionWait
    ) async throws -> KaderDatabase {
        let configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw StoreError("DATABASE_URL is geen geldige PostgreSQL-URL (invalid URL): \(error)")
        }
        let pool = EventLoopGroupConnectionPool(
            source: PostgresConnectionSource(sqlConfiguration: configuration), maxConnectionsPerEventLoop: 4,
            requestTimeout: TimeAmount(connectionWait), pruneInterval: nil, logger: logger,
            on: MultiThreadedEventLoopGroup.singleton)
        let shown = url.replacingOccurrences(of: #":[^:@/]*@"#, with: ":***@", options: .regularExpression)
        let database = KaderDatabase(
            dialect: .postgres, location: shown, pool: .postgres(pool), logger: logger, connectionWait: connectionWait)
        do {
            try await database.withDatabase { db in try await db.raw("SELECT 1").run() }
        } catch {
            try? await pool.shutdownAsync()
            throw StoreError("kan PostgreSQL op \(shown) niet bereiken: \(String(reflecting: error))")
        }
        return database
    }

    /// Runs `body` on one connection, returned to the pool afterwards; `StoreBusy` when no
    /// connection came free within `connectionWait`.
    public func withDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        switch pool {
        case .sqlite(let pool):
            let connection = try await waiting { try await pool.requestConnection(logger: logger).get() }
            defer { pool.releaseConnection(connection, logger: logger) }
            return try await body(SQLiteSession(connection, queryLogLevel: .trace))
        case .postgres(let pool):
            let connection = try await waiting { try await pool.requestConnection(logger: logger).get() }
            defer { pool.releaseConnection(connection, logger: logger) }
            return try await body(connection.sql(queryLogLevel: .trace))
        }
    }

    /// A connection from the pool, with the pool's timeout said as what it means here.
    private func waiting<C>(_ request: () async throws -> C) async throws -> C {
        do {
            return try await request()
        } catch ConnectionPoolTimeoutError.connectionRequestTimeout {
            throw StoreBusy(waited: connectionWait)
        }
    }

    /// Makes every pooled SQLite connection read the current schema.
    ///
    /// sqlite-nio takes a statement's column names before its first step, so a connection
    /// that compiled against an older schema would return `SELECT *` rows without the
    /// columns a migration added. A statement that starts a read makes SQLite reload the
    /// schema; run one on the connection of every event loop after migrating.
    public func refreshSchema() async throws {
        guard case .sqlite(let pool) = pool else { return }
        for loop in MultiThreadedEventLoopGroup.singleton.makeIterator() {
            let connection = try await pool.requestConnection(logger: logger, on: loop).get()
            defer { pool.releaseConnection(connection, logger: logger) }
            _ = try await connection.sql().raw("SELECT count(*) AS n FROM sqlite_master").all()
        }
    }

    /// Runs `body` with every connection of the pool taken, as a crowd of requests would take
    /// them: how the tests make a store overrun without depending on timing.
    func withEveryConnectionTaken<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        switch pool {
        case .sqlite(let pool): return try await Self.taking(every: pool, logger: logger, body)
        case .postgres(let pool): return try await Self.taking(every: pool, logger: logger, body)
        }
    }

    private static func taking<Source, T: Sendable>(
        every pool: EventLoopGroupConnectionPool<Source>, logger: Logger, _ body: () async throws -> T
    ) async throws -> T {
        var taken: [Source.Connection] = []
        defer { for connection in taken { pool.releaseConnection(connection, logger: logger) } }
        for loop in pool.eventLoopGroup.makeIterator() {
            for _ in 0..<pool.maxConnectionsPerEventLoop {
                // Another user may hold one a while: wait on until it is given back.
                while true {
                    do {
                        taken.append(try await pool.requestConnection(logger: logger, on: loop).get())
                        break
                    } catch ConnectionPoolTimeoutError.connectionRequestTimeout {
                        continue
                    }
                }
            }
        }
        return try await body()
    }

    /// Runs `body` in one transaction: all of it is stored, or none of it.
    public func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await run(after: dialect == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN", body)
    }

    /// Runs `body` in one read transaction: its reads see one state of the database, even
    /// while a server writes (a consistent backup or copy).
    public func readSnapshot<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await run(
            after: dialect == .sqlite ? "BEGIN DEFERRED" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    private func run<T: Sendable>(after begin: String, _ body: @Sendable (any SQLDatabase) async throws -> T)
        async throws -> T
    {
        try await withDatabase { db in
            try await db.raw(SQLQueryString(begin)).run()
            do {
                let result = try await body(db)
                try await db.raw("COMMIT").run()
                return result
            } catch {
                try? await db.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Closes every connection.
    public func close() async {
        guard
            isClosed.withLockedValue({ closed in
                defer { closed = true }
                return !closed
            })
        else { return }
        switch pool {
        case .sqlite(let pool): try? await pool.shutdownAsync()
        case .postgres(let pool): try? await pool.shutdownAsync()
        }
    }

    // A database dropped without close() (a test router, a command that failed) still
    // shuts its pool down, in the background.
    deinit {
        guard !isClosed.withLockedValue({ $0 }) else { return }
        switch pool {
        case .sqlite(let pool): pool.shutdownGracefully { _ in }
        case .postgres(let pool): pool.shutdownGracefully { _ in }
        }
    }
}
