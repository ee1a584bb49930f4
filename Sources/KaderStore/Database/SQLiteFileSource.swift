import AsyncKit
import Logging
import NIOCore
import SQLiteKit

/// SQLite connections as sqlite-kit opens them, each told once, when it is opened, how long
/// to wait for another process's write lock (an ingest beside the server), how many pages
/// to keep and how often to checkpoint: setting them on every use of a pooled connection cost
/// a round trip to SQLite's thread per request.
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
    /// Pages in the WAL before a commit copies them into the database file (SQLite: 1,000, 4
    /// MB). A page changed by several batches between two checkpoints is copied once: the
    /// last 1,000 of 50,000 letters made 200,489 page writes, 89,109 reads and 130 fsyncs
    /// with 1,000, and 184,239, 72,869 and 52 with 10,000; 1,000 letters into a new file
    /// 90,852, 33,223 and 105, and 86,031, 28,401 and 60. The WAL grows to 40 MB at most
    /// before it starts over.
    static let walAutocheckpointPages = 10_000

    /// What each new connection is told, in turn.
    static let pragmas = [
        "busy_timeout = \(busyTimeoutMilliseconds)", "cache_size = -\(cacheKibibytes)",
        "wal_autocheckpoint = \(walAutocheckpointPages)",
    ]

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        source.makeConnection(logger: logger, on: eventLoop).flatMap { connection in
            Self.pragmas.reduce(eventLoop.makeSucceededVoidFuture()) { told, pragma in
                told.flatMap { connection.query("PRAGMA \(pragma)").map { _ in } }
            }.map { connection }
        }
    }
}
