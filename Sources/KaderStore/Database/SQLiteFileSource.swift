import AsyncKit
import Logging
import NIOCore
import SQLiteKit

/// SQLite connections as sqlite-kit opens them, each told once, when it is opened, how long
/// to wait for another process's write lock (an ingest beside the server): setting it on
/// every use of a pooled connection cost a round trip to SQLite's thread per request.
struct SQLiteFileSource: ConnectionPoolSource {
    let source: SQLiteConnectionSource
    /// Wait up to this long for the lock rather than fail with SQLITE_BUSY at once, or wait
    /// for ever (sqlite-nio's own busy handler).
    static let busyTimeoutMilliseconds = 5000

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        source.makeConnection(logger: logger, on: eventLoop).flatMap { connection in
            connection.query("PRAGMA busy_timeout = \(Self.busyTimeoutMilliseconds)").map { _ in connection }
        }
    }
}
