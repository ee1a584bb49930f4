import Foundation
import KaderCore

/// A row of `users`.
struct UserRow: StoredRow {
    static let table = "users"
    var id: String
    var displayName: String
    var role: String
    var clearance: String
    var passwordHash: String
    var disabled: Bool
    var createdAt: String

    func model() throws -> Account {
        Account(
            id: id, displayName: displayName, role: try ColumnValue.parse(Role.self, role, in: Self.table),
            clearance: try ColumnValue.parse(Classification.self, clearance, in: Self.table), disabled: disabled)
    }
}

/// A row of `sessions`.
struct SessionRow: StoredRow {
    static let table = "sessions"
    var tokenHash: String
    var userId: String
    var csrfToken: String
    var createdAt: String
    var expiresAt: String
}

/// A row of `api_tokens`.
struct APITokenRow: StoredRow {
    static let table = "api_tokens"
    var id: String
    var tokenHash: String
    var userId: String
    var name: String
    var createdAt: String
    var revokedAt: String?
}

/// A row of `audit_log`.
struct AuditRow: StoredRow {
    static let table = "audit_log"
    var id: String
    var at: String
    var userId: String
    var action: String
    var subjectKind: String
    var subjectId: String
    var beforeJson: String?
    var afterJson: String?
    var reason: String?
}

/// A row of `settings`.
struct SettingRow: StoredRow {
    static let table = "settings"
    var key: String
    var value: String
}
