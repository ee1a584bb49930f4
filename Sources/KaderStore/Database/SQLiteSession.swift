import SQLKit
import SQLiteKit

/// A pooled SQLite connection as SQLKit sees it, which also keeps the connection itself, so
/// that ingest's bulk inserts can bind `SQLiteData` straight away: sqlite-kit serializes
/// every statement and asks the runtime of each bound value whether it converts to
/// `SQLiteData`, 7% of ingest for the candidates' 45 rows of 15 columns a letter.
struct SQLiteSession: SQLDatabase {
    let connection: SQLiteConnection
    /// sqlite-kit's own view of the connection, which everything else goes through.
    private let database: any SQLDatabase

    init(_ connection: SQLiteConnection, queryLogLevel: Logger.Level?) {
        self.connection = connection
        database = connection.sql(queryLogLevel: queryLogLevel)
    }

    var logger: Logger { database.logger }
    var eventLoop: any EventLoop { database.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { database.version }
    var dialect: any SQLDialect { database.dialect }
    var queryLogLevel: Logger.Level? { database.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void)
        -> EventLoopFuture<Void>
    {
        database.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await database.execute(sql: query, onRow)
    }

    /// `INSERT INTO table (columns) VALUES (…), (…)`, with each value bound as it is and
    /// NULL written out, as `RowsInsert` writes it for SQLKit.
    func insert(into table: String, columns: [String], rows: [[BoundValue]]) async throws {
        var sql = "INSERT INTO \"\(table)\" (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES "
        var binds: [SQLiteData] = []
        binds.reserveCapacity(rows.count * columns.count)
        sql.reserveCapacity(sql.utf8.count + rows.count * columns.count * 4)
        for (index, row) in rows.enumerated() {
            sql += index == 0 ? "(" : ", ("
            for (column, value) in row.enumerated() {
                if column > 0 { sql += ", " }
                if value == .null {
                    sql += "NULL"
                } else {
                    sql += "?"
                    binds.append(value.sqliteData)
                }
            }
            sql += ")"
        }
        try await connection.query(sql, binds) { _ in }
    }
}
