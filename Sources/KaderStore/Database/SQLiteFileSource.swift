import AsyncKit
import Logging
import NIOCore
import SQLiteKit

/// SQLite connections as sqlite-kit opens them, each told once, when it is opened, how long
/// to wait for another process's write lock (an ingest beside the server) and how many pages
/// to keep: setting them on every use of a pooled connection cost a round trip to SQLite's
/// thread per request.
struct SQLiteFileSource: ConnectionPoolSource {
    let source: SQLiteConnectionSource
    /// Wait up to this long for the lock rather than fail with SQLITE_BUSY at once, or wait
    /// for ever (sqlite-nio's own busy handler).
    static let busyTimeoutMilliseconds = 5000
    /// The page cache of each connection (one per event loop, a loop per core), in KiB, at
    /// most. With SQLite's default of 2 MB an ingest batch (32 letters a job and their words
    /// in the search index) spilled changed pages to the WAL before its commit, then read and
    /// wrote them again: ingest of 1,000 generated letters made 102,975 page writes and 45,659
    /// reads, 88,179 and 31,946 with 8 MB or more; the last 1,000 of 50,000 letters 219,801
    /// and 137,973, 174,709 and 77,049 with 32 MB (and no fewer with 64).
    static let cacheKibibytes = 32_768

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        source.makeConnection(logger: logger, on: eventLoop).flatMap { connection in
            connection.query("PRAGMA busy_timeout = \(Self.busyTimeoutMilliseconds)").flatMap { _ in
                connection.query("PRAGMA cache_size = -\(Self.cacheKibibytes)")
            }.map { _ in connection }
        }
    }
}
