import Foundation
import KaderCore
import SQLKit

/// One change to the registry: who, when, what before and after, and why.
public struct AuditEntry: Sendable, Equatable, Codable {
    public let id: String
    public let at: String
    public let userID: String
    public let action: String
    public let subjectKind: String
    public let subjectID: String
    public let before: String?
    public let after: String?
    public let reason: String?
}

/// The append-only audit trail. It has `append` and reads; nothing updates or deletes.
public struct AuditLog: Sendable {
    public let database: KaderDatabase

    public init(database: KaderDatabase) {
        self.database = database
    }

    /// Appends an entry inside the caller's transaction, so the change and its record
    /// are stored together or not at all.
    public static func append(
        on db: any SQLDatabase, user: String, action: String, subjectKind: String, subjectID: String,
        before: String?, after: String?, reason: String?
    ) async throws {
        let row = AuditRow(
            id: UUID().uuidString.lowercased(), at: ISO8601DateFormatter().string(from: Date()), userId: user,
            action: action, subjectKind: subjectKind, subjectId: subjectID, beforeJson: before, afterJson: after,
            reason: reason)
        try await db.insertAll([row])
    }

    /// Entries, newest first, optionally for one subject or one user.
    public func entries(subjectKind: String? = nil, subjectID: String? = nil, user: String? = nil, limit: Int = 500)
        async throws -> [AuditEntry]
    {
        try await database.withDatabase { db in
            var query = db.select().column("*").from(AuditRow.table)
            if let subjectKind { query = query.where("subject_kind", .equal, subjectKind) }
            if let subjectID { query = query.where("subject_id", .equal, subjectID) }
            if let user { query = query.where("user_id", .equal, user) }
            return try await query.orderBy("at", .descending).orderBy("id", .descending).limit(limit)
                .all(decoding: AuditRow.self, keyDecodingStrategy: ColumnName.decoding)
        }.map {
            AuditEntry(
                id: $0.id, at: $0.at, userID: $0.userId, action: $0.action, subjectKind: $0.subjectKind,
                subjectID: $0.subjectId, before: $0.beforeJson, after: $0.afterJson, reason: $0.reason)
        }
    }
}
