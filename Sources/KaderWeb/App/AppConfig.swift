import Foundation
import KaderStore

/// How to start Kader: where it listens, which database, which letters on first start.
public struct AppConfig: Sendable {
    public var host: String
    public var port: Int
    /// The SQLite file, used unless `databaseURL` is set.
    public var sqlitePath: String
    /// A PostgreSQL URL (`DATABASE_URL`); when set, it wins over `sqlitePath`.
    public var databaseURL: String?
    /// The letters loaded into a new database; nil or missing starts empty.
    public var corpusPath: String?
    /// How long a request waits for a free database connection; then it is answered 503.
    public var connectionWait: Duration

    public init(
        host: String = "127.0.0.1", port: Int = 8080, sqlitePath: String = "kader.sqlite",
        databaseURL: String? = ProcessInfo.processInfo.environment["DATABASE_URL"],
        corpusPath: String? = "../shared/corpus", connectionWait: Duration = KaderDatabase.defaultConnectionWait
    ) {
        self.host = host
        self.port = port
        self.sqlitePath = sqlitePath
        self.databaseURL = databaseURL
        self.corpusPath = corpusPath
        self.connectionWait = connectionWait
    }
}
