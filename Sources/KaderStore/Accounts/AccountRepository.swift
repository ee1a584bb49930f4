import Foundation
import KaderCore
import SQLKit

/// A signed-in session: who, and the token its forms must carry.
public struct Session: Sendable, Equatable {
    public let account: Account
    public let csrfToken: String
    public let expiresAt: Date
}

/// An API token as a beheerder sees it (never the token itself).
public struct APITokenInfo: Sendable, Equatable {
    public let id: String
    public let userID: String
    public let name: String
    public let createdAt: String
    public let revokedAt: String?
}

/// Accounts, sessions and API tokens. Passwords arrive hashed (bcrypt, in the web layer);
/// session and API tokens are stored as their SHA-256 only.
public struct AccountRepository: Sendable {
    public let database: KaderDatabase

    public init(database: KaderDatabase) {
        self.database = database
    }

    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    /// A random token: 32 bytes as 64 hex digits.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    static func hash(_ token: String) -> String { SHA256.hex(of: Data(token.utf8)) }

    public func count() async throws -> Int {
        try await database.withDatabase { try await $0.count(UserRow.table) }
    }

    /// Adds an account (the id lowercased) and records who added it. Fails when it exists.
    public func add(_ account: Account, passwordHash: String, by actor: String) async throws {
        let row = UserRow(
            id: account.id.lowercased(), displayName: account.displayName, role: account.role.rawValue,
            clearance: account.clearance.rawValue, passwordHash: passwordHash, disabled: account.disabled,
            createdAt: Self.now())
        guard try await self.account(id: row.id) == nil else {
            throw StoreError("het account ‘\(row.id)’ bestaat al (account exists)")
        }
        let after = Self.describe(try row.model())
        try await database.transaction { db in
            try await db.insertAll([row])
            try await AuditLog.append(
                on: db, user: actor, action: "account aangemaakt", subjectKind: "account", subjectID: row.id,
                before: nil, after: after, reason: nil)
        }
    }

    /// An account as the audit trail records it (never the password).
    static func describe(_ account: Account) -> String {
        "{\"id\":\(quoted(account.id)),\"role\":\"\(account.role.rawValue)\",\"clearance\":\"\(account.clearance.rawValue)\",\"disabled\":\(account.disabled)}"
    }

    /// A string as a JSON string literal, so a name with quotes keeps the audit record valid JSON.
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    public func account(id: String) async throws -> Account? {
        try await row(id: id)?.model()
    }

    /// The account and its password hash, for signing in.
    public func credentials(id: String) async throws -> (Account, String)? {
        guard let row = try await row(id: id) else { return nil }
        return (try row.model(), row.passwordHash)
    }

    public func all() async throws -> [Account] {
        try await database.withDatabase { try await $0.fetchAll(UserRow.self, orderBy: "id") }.map { try $0.model() }
    }

    /// Changes role, clearance or whether the account is disabled, and records it.
    public func update(_ account: Account, by actor: String, reason: String?) async throws {
        guard let before = try await self.account(id: account.id) else {
            throw StoreError("geen account ‘\(account.id)’ (no such account)")
        }
        try await database.transaction { db in
            try await AuditLog.append(
                on: db, user: actor, action: "account gewijzigd", subjectKind: "account", subjectID: account.id,
                before: Self.describe(before), after: Self.describe(account), reason: reason)
            try await db.update(UserRow.table)
                .set("display_name", to: account.displayName).set("role", to: account.role.rawValue)
                .set("clearance", to: account.clearance.rawValue).set("disabled", to: account.disabled)
                .where("id", .equal, account.id).run()
        }
    }

    private func row(id: String) async throws -> UserRow? {
        try await database.withDatabase { db in
            try await db.select().column("*").from(UserRow.table).where("id", .equal, id.lowercased())
                .first(decoding: UserRow.self, keyDecodingStrategy: ColumnName.decoding)
        }
    }

    /// Starts a session; returns the cookie value (kept only by the browser).
    public func startSession(for account: Account, lifetime: TimeInterval = 8 * 3600) async throws -> (String, Session)
    {
        let token = Self.randomToken()
        let expires = Date().addingTimeInterval(lifetime)
        let row = SessionRow(
            tokenHash: Self.hash(token), userId: account.id, csrfToken: Self.randomToken(), createdAt: Self.now(),
            expiresAt: ISO8601DateFormatter().string(from: expires))
        try await database.withDatabase { try await $0.insertAll([row]) }
        return (token, Session(account: account, csrfToken: row.csrfToken, expiresAt: expires))
    }

    /// The live session of a cookie value, or nil (unknown, expired, or account disabled).
    public func session(token: String) async throws -> Session? {
        let row = try await database.withDatabase { db in
            try await db.select().column("*").from(SessionRow.table).where("token_hash", .equal, Self.hash(token))
                .first(decoding: SessionRow.self, keyDecodingStrategy: ColumnName.decoding)
        }
        guard let row, let expires = ISO8601DateFormatter().date(from: row.expiresAt), expires > Date(),
            let account = try await account(id: row.userId), !account.disabled
        else { return nil }
        return Session(account: account, csrfToken: row.csrfToken, expiresAt: expires)
    }

    public func endSession(token: String) async throws {
        try await database.withDatabase { db in
            try await db.delete(from: SessionRow.table).where("token_hash", .equal, Self.hash(token)).run()
        }
    }

    /// Issues an API token for an account and records who issued it; returns the token
    /// (shown once) and its id.
    public func issueToken(for userID: String, name: String, by actor: String) async throws -> (
        token: String, id: String
    ) {
        let token = "kdr_" + Self.randomToken()
        let id = String(Self.randomToken().prefix(12))
        let row = APITokenRow(
            id: id, tokenHash: Self.hash(token), userId: userID.lowercased(), name: name, createdAt: Self.now(),
            revokedAt: nil)
        try await database.transaction { db in
            try await db.insertAll([row])
            try await AuditLog.append(
                on: db, user: actor, action: "token uitgegeven", subjectKind: "token", subjectID: id, before: nil,
                after: Self.describe(row), reason: nil)
        }
        return (token, id)
    }

    /// Revokes a live token and records who did; false when there is no live token `id`.
    public func revokeToken(id: String, by actor: String) async throws -> Bool {
        try await database.transaction { db in
            guard
                var row = try await db.select().column("*").from(APITokenRow.table).where("id", .equal, id)
                    .where("revoked_at", .is, SQLLiteral.null)
                    .first(decoding: APITokenRow.self, keyDecodingStrategy: ColumnName.decoding)
            else { return false }
            let before = Self.describe(row)
            row.revokedAt = Self.now()
            try await db.update(APITokenRow.table).set("revoked_at", to: row.revokedAt).where("id", .equal, id).run()
            try await AuditLog.append(
                on: db, user: actor, action: "token ingetrokken", subjectKind: "token", subjectID: id,
                before: before, after: Self.describe(row), reason: nil)
            return true
        }
    }

    /// A token as the audit trail records it (never the token or its hash).
    static func describe(_ token: APITokenRow) -> String {
        let revoked = token.revokedAt.map { "\"\($0)\"" } ?? "null"
        return
            "{\"id\":\"\(token.id)\",\"account\":\(quoted(token.userId)),\"naam\":\(quoted(token.name)),\"ingetrokken\":\(revoked)}"
    }

    public func tokens() async throws -> [APITokenInfo] {
        try await database.withDatabase { try await $0.fetchAll(APITokenRow.self, orderBy: "created_at") }.map {
            APITokenInfo(id: $0.id, userID: $0.userId, name: $0.name, createdAt: $0.createdAt, revokedAt: $0.revokedAt)
        }
    }

    /// The account of a bearer token that is not revoked, or nil.
    public func account(bearer token: String) async throws -> Account? {
        let row = try await database.withDatabase { db in
            try await db.select().column("*").from(APITokenRow.table).where("token_hash", .equal, Self.hash(token))
                .where("revoked_at", .is, SQLLiteral.null)
                .first(decoding: APITokenRow.self, keyDecodingStrategy: ColumnName.decoding)
        }
        guard let row, let account = try await account(id: row.userId), !account.disabled else { return nil }
        return account
    }

    /// The value of a setting: the stored one, or its default while nobody set one.
    public func value(of setting: Setting) async throws -> String {
        try await storedValue(of: setting) ?? setting.defaultValue
    }

    private func storedValue(of setting: Setting) async throws -> String? {
        try await database.withDatabase { db in
            try await db.select().column("value").from(SettingRow.table).where("key", .equal, setting.rawValue)
                .first(decodingColumn: "value", as: String.self)
        }
    }

    /// Sets a setting after checking the value, and records who changed it from what.
    /// Returns false (and records nothing) when it already had that value.
    @discardableResult
    public func set(_ setting: Setting, to value: String, by actor: String) async throws -> Bool {
        let value = try setting.validated(value)
        let before = try await storedValue(of: setting)
        guard before != value else { return false }
        let (old, new) = (before.map { Self.describe(setting, $0) }, Self.describe(setting, value))
        try await database.transaction { db in
            try await AuditLog.append(
                on: db, user: actor, action: "instelling gewijzigd", subjectKind: "instelling",
                subjectID: setting.rawValue, before: old, after: new, reason: nil)
            try await db.delete(from: SettingRow.table).where("key", .equal, setting.rawValue).run()
            try await db.insert(into: SettingRow.table).columns("key", "value")
                .values(SQLBind(setting.rawValue), SQLBind(value)).run()
        }
        return true
    }

    /// A setting's value as the audit trail records it.
    static func describe(_ setting: Setting, _ value: String) -> String {
        "{\"\(setting.rawValue)\":\"\(value)\"}"
    }
}
