import KaderCore
import SQLKit

/// Reads and writes the registry as a whole, on either dialect.
public struct RegistryRepository: Sendable {
    public let database: KaderDatabase

    public init(database: KaderDatabase) {
        self.database = database
    }

    /// True when no document and no mission is stored yet (a new database).
    public func isEmpty() async throws -> Bool {
        try await database.withDatabase { db in
            let documents = try await db.count(DocumentRow.table)
            let missions = try await db.count(MissionRow.table)
            return documents == 0 && missions == 0
        }
    }

    /// Stores every value of `registry` in one transaction: all of it, or nothing.
    public func insert(_ registry: Registry) async throws {
        try await database.changingRegistry { db in
            try await db.insertAll(registry.documents.map { DocumentRow($0) })
            try await db.insertAll(registry.missions.map(MissionRow.init))
            try await db.insertAll(registry.contributions.map(ContributionRow.init))
            try await db.insertAll(registry.decisions.map(DecisionRow.init))
            try await db.insertAll(registry.references.map(ReferenceRow.init))
            try await db.insertAll(registry.motions.map(MotionRow.init))
            try await db.insertAll(registry.commitments.map(CommitmentRow.init))
            try await db.insertAll(registry.costs.map(CostLineRow.init))
            try await db.insertAll(registry.indicators.map(IndicatorRow.init))
            try await db.insertAll(registry.measurements.map(MeasurementRow.init))
            try await db.insertAll(registry.visits.map(MonitoringVisitRow.init))
            try await db.insertAll(registry.lessons.map(LessonRow.init))
            try await db.insertAll(registry.risks.map(RiskRow.init))
            try await db.insertAll(registry.staffing.map(StaffingRow.init))
        }
    }

    /// The whole registry, each list in a stable order.
    /// Without `texts`, documents come with only the start of their text (where their first
    /// line is, which alerts cite): what pages need of tens of thousands of letters is their
    /// id, title and date, and `document(id:)` gives one whole text.
    public func load(texts: Bool = true) async throws -> Registry {
        try await database.withDatabase { try await Self.load(from: $0, texts: texts) }
    }

    /// The whole registry read in one read transaction: a consistent backup while the
    /// server writes.
    public func loadSnapshot() async throws -> Registry {
        try await database.readSnapshot { try await Self.load(from: $0) }
    }

    /// How much of each text a registry without texts keeps (migrations 008 and 012 keep as much).
    static let textStart = 2000

    static func load(from db: any SQLDatabase, texts: Bool = true) async throws -> Registry {
        var registry = try await loadAllButDocuments(from: db)
        registry.documents =
            texts
            ? try await db.select().column("*").from(DocumentRow.table).orderBy("id").all()
                .map { try DocumentRow(row: $0).model() }
            : try await letterHeads(from: db)
        return registry
    }

    /// The registry without texts, its letters those of `kept` with the ones changed since
    /// read again (`documents_version` and `documents_changes`, migrations 009–010), and the
    /// letters to keep for the next load. At 50,000 letters the letters are nearly all of a
    /// load.
    public func load(keeping kept: LetterHeads?) async throws -> (registry: Registry, heads: LetterHeads) {
        try await database.withDatabase { db in
            // The version first: letters read after it are at least as new as it says.
            let version = try await LetterHeads.version(in: db)
            var registry = try await Self.loadAllButDocuments(from: db)
            let heads: LetterHeads
            if let kept, kept.version == version {
                heads = kept
            } else if let kept, let updated = try await kept.updated(to: version, in: db) {
                heads = updated
            } else {
                heads = LetterHeads(version: version, documents: try await Self.letterHeads(from: db))
            }
            registry.documents = heads.documents
            return (registry, heads)
        }
    }

    /// Every letter with every column, but of the text only its start: on SQLite from
    /// `documents_head` alone (migrations 008 and 012), which keeps every column but the text,
    /// so that the letters' long rows in `documents` are not read. Only the letters in `ids`
    /// when given.
    static func letterHeads(from db: any SQLDatabase, ids: [String]? = nil) async throws -> [Document] {
        let query = db.select()
        if db.dialect.name == "sqlite" {
            query.column(SQLAlias(SQLColumn("document_id"), as: SQLIdentifier("id")))
                .columns(DocumentRow.columnsBeforeText.dropFirst().map { SQLColumn($0) })
                .column(SQLAlias(SQLColumn("text_start"), as: SQLIdentifier("text")))
                .columns(DocumentRow.columnsAfterText.map { SQLColumn($0) })
                .from("documents_head")
            if let ids { query.where(SQLColumn("document_id"), .in, SQLBind.group(ids)) }
            return try await query.orderBy(SQLColumn("document_id")).all().map { try DocumentRow(row: $0).model() }
        }
        // substr counts characters, as SQLite's does.
        query.columns(DocumentRow.columnsBeforeText.map { SQLColumn($0) })
            .column(SQLAlias(SQLRaw("substr(text, 1, \(Self.textStart))"), as: SQLIdentifier("text")))
            .columns(DocumentRow.columnsAfterText.map { SQLColumn($0) })
            .from(DocumentRow.table)
        if let ids { query.where(SQLColumn("id"), .in, SQLBind.group(ids)) }
        return try await query.orderBy(SQLColumn("id")).all().map { try DocumentRow(row: $0).model() }
    }

    private static func loadAllButDocuments(from db: any SQLDatabase) async throws -> Registry {
        var registry = Registry()
        registry.missions = try await db.fetchAll(MissionRow.self, orderBy: "id").map { try $0.model() }
        registry.contributions = try await db.fetchAll(ContributionRow.self, orderBy: "id").map { try $0.model() }
        registry.decisions = try await db.fetchAll(DecisionRow.self, orderBy: "date", "id").map { try $0.model() }
        registry.references = try await db.fetchAll(
            ReferenceRow.self, orderBy: "document_id", "target_dossier", "target_number"
        ).map { try $0.model() }
        registry.motions = try await db.fetchAll(MotionRow.self, orderBy: "id").map { try $0.model() }
        registry.commitments = try await db.fetchAll(CommitmentRow.self, orderBy: "id").map { try $0.model() }
        registry.costs = try await db.fetchAll(CostLineRow.self, orderBy: "id").map { try $0.model() }
        registry.indicators = try await db.fetchAll(IndicatorRow.self, orderBy: "id").map { try $0.model() }
        registry.measurements = try await db.fetchAll(MeasurementRow.self, orderBy: "id").map { try $0.model() }
        registry.visits = try await db.fetchAll(MonitoringVisitRow.self, orderBy: "id").map { try $0.model() }
        registry.lessons = try await db.fetchAll(LessonRow.self, orderBy: "id").map { try $0.model() }
        registry.risks = try await db.fetchAll(RiskRow.self, orderBy: "id").map { try $0.model() }
        registry.staffing = try await db.fetchAll(StaffingRow.self, orderBy: "id").map { try $0.model() }
        return registry
    }

    /// One document with its text, or nil.
    public func document(id: String) async throws -> Document? {
        try await database.withDatabase { db in try await Self.document(id: id, in: db) }
    }

    /// One document with its text, or nil, read in `db` (a transaction's, say).
    static func document(id: String, in db: any SQLDatabase) async throws -> Document? {
        try await db.select().column("*").from(DocumentRow.table).where("id", .equal, id).first()
            .map { try DocumentRow(row: $0).model() }
    }
}

extension SQLDatabase {
    func count(_ table: String) async throws -> Int {
        try await raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(decodingColumn: "n", as: Int.self) ?? 0
    }
}
