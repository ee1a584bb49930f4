import Foundation
import SQLKit

/// How many rows of one table a copy moved.
public struct TableCount: Sendable, Equatable {
    public let table: String
    public let rows: Int
}

/// Moves a whole installation from one database to another (SQLite or PostgreSQL, either
/// way): the registry, the candidate facts, accounts, API tokens, settings and the audit
/// trail, row for row, so that nothing is lost, not even when a letter was loaded or a
/// candidate reviewed. Sessions are left behind: after a move everyone signs in again.
public struct DatabaseCopier: Sendable {
    public let source: KaderDatabase
    public let target: KaderDatabase

    public init(source: KaderDatabase, target: KaderDatabase) {
        self.source = source
        self.target = target
    }

    /// Every copied table, parents before the tables that refer to them (PostgreSQL checks
    /// foreign keys on every insert).
    static let tables: [CopiedTable] = [
        CopiedTable(DocumentRow.self), CopiedTable(MissionRow.self), CopiedTable(ContributionRow.self),
        CopiedTable(DecisionRow.self), CopiedTable(ReferenceRow.self), CopiedTable(MotionRow.self),
        CopiedTable(CommitmentRow.self), CopiedTable(CostLineRow.self), CopiedTable(IndicatorRow.self),
        CopiedTable(MeasurementRow.self), CopiedTable(MonitoringVisitRow.self), CopiedTable(LessonRow.self),
        CopiedTable(RiskRow.self), CopiedTable(StaffingRow.self), CopiedTable(CandidateFactRow.self),
        CopiedTable(UserRow.self), CopiedTable(APITokenRow.self), CopiedTable(AuditRow.self),
        CopiedTable(SettingRow.self),
    ]

    /// The names of the copied tables, in copy order.
    public static var tableNames: [String] { tables.map(\.name) }

    /// Migrates both databases, refuses a target that holds any row, then copies every
    /// table in one transaction on the target (all of it, or nothing) from one consistent
    /// snapshot of the source.
    public func copy() async throws -> [TableCount] {
        guard source.location != target.location else {
            throw StoreError("bron en doel zijn dezelfde database (source and target are the same database)")
        }
        try await Migrator(database: source).migrate()
        try await Migrator(database: target).migrate()
        let filled = try await Self.counts(in: target).filter { $0.rows > 0 }
        guard filled.isEmpty else {
            let tables = filled.map { "\($0.table) (\($0.rows))" }.joined(separator: ", ")
            throw StoreError(
                "de doeldatabase \(target.location) is niet leeg (target is not empty): \(tables)")
        }
        let target = self.target
        return try await source.readSnapshot { from in
            try await target.transaction { to in
                var counts: [TableCount] = []
                for table in Self.tables {
                    counts.append(TableCount(table: table.name, rows: try await table.copy(from, to)))
                }
                return counts
            }
        }
    }

    /// The number of rows of every copied table.
    public static func counts(in database: KaderDatabase) async throws -> [TableCount] {
        try await database.withDatabase { db in
            var counts: [TableCount] = []
            for table in tables {
                counts.append(TableCount(table: table.name, rows: try await db.count(table.name)))
            }
            return counts
        }
    }

    /// Every row of every copied table as sorted JSON text, by table: two databases with
    /// equal contents hold the same installation, whatever their dialect.
    public static func contents(of database: KaderDatabase) async throws -> [String: [String]] {
        try await database.readSnapshot { db in
            var contents: [String: [String]] = [:]
            for table in tables { contents[table.name] = try await table.dump(db) }
            return contents
        }
    }
}

/// One table as its row type: read all, insert all, and the rows as text for comparing.
struct CopiedTable: Sendable {
    let name: String
    let copy: @Sendable (_ from: any SQLDatabase, _ to: any SQLDatabase) async throws -> Int
    let dump: @Sendable (any SQLDatabase) async throws -> [String]

    init<R: StoredRow>(_ type: R.Type) {
        name = R.table
        copy = { from, to in
            let rows = try await from.fetchAll(R.self)
            try await to.insertAll(rows)
            return rows.count
        }
        dump = { db in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return try await db.fetchAll(R.self).map { String(decoding: try encoder.encode($0), as: UTF8.self) }
                .sorted()
        }
    }
}
