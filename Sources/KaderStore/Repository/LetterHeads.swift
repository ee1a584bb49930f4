import KaderCore
import SQLKit

/// The letters of a registry without texts (`RegistryRepository.load(keeping:)`), with the
/// `documents_version` they were read at: kept, they serve every later load, which reads
/// again only the letters noted in `documents_changes` since (migrations 009 and 010).
public struct LetterHeads: Sendable {
    public let version: Int
    public let documents: [Document]

    /// More changed letters than this are read with all the others (one query).
    static let mostChangesReadApart = 2_000

    /// The counter that every change to `documents` raises (migrations 009 and 010).
    static func version(in db: any SQLDatabase) async throws -> Int {
        try await db.raw("SELECT version FROM documents_version WHERE id = 1")
            .first(decodingColumn: "version", as: Int.self) ?? 0
    }

    /// These letters brought up to `version` (read before, so that what is read here is at
    /// least as new): those changed since `self.version` read again, the others as kept, in
    /// the database's order of ids. Nil when reading all of them is simpler: many changes,
    /// an order that does not fit (a letter stored meanwhile), or notes let go since these
    /// letters were read. A letter that changes while this reads is noted under a later
    /// number than `version`, so the next load reads it again.
    func updated(to version: Int, in db: any SQLDatabase) async throws -> LetterHeads? {
        // Every number has its notes until they are let go (past 100,000 changes, migration
        // 010): letters older than the oldest note may have missed a change.
        let oldest =
            try await db.select().column(SQLFunction("min", args: SQLColumn("version")), as: "oldest")
            .from("documents_changes").first(decodingColumn: "oldest", as: Int?.self) ?? nil
        guard let oldest, oldest <= self.version + 1 else { return nil }
        let changed = try await db.select().distinct().column("document_id").from("documents_changes")
            .where("version", .greaterThan, SQLBind(self.version)).limit(Self.mostChangesReadApart + 1)
            .all(decodingColumn: "document_id", as: String.self)
        guard changed.count <= Self.mostChangesReadApart else { return nil }
        var fresh: [String: Document] = [:]
        for start in stride(from: 0, to: changed.count, by: 500) {
            let ids = Array(changed[start..<min(start + 500, changed.count)])
            for document in try await RegistryRepository.letterHeads(from: db, ids: ids) {
                fresh[document.id] = document
            }
        }
        let order = try await db.select().column("id").from(DocumentRow.table).orderBy("id")
            .all(decodingColumn: "id", as: String.self)
        guard let merged = Self.merge(documents, fresh: fresh, changed: Set(changed), order: order) else { return nil }
        return LetterHeads(version: version, documents: merged)
    }

    /// `order`'s letters: the changed ones from `fresh` (gone when not there: removed), the
    /// others from `kept`, which holds them in the same order. Nil when one is in neither.
    static func merge(_ kept: [Document], fresh: [String: Document], changed: Set<String>, order: [String])
        -> [Document]?
    {
        var merged: [Document] = []
        merged.reserveCapacity(order.count)
        var next = 0
        for id in order {
            if changed.contains(id) {
                if let document = fresh[id] { merged.append(document) }
                continue
            }
            // Kept letters passed over here were removed (and noted as changed).
            while next < kept.count, kept[next].id != id { next += 1 }
            guard next < kept.count else { return nil }
            merged.append(kept[next])
            next += 1
        }
        return merged
    }
}
