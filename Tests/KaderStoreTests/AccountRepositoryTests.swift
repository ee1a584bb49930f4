import Foundation
import KaderCore
import KaderStore
import KaderTestSupport
import Testing

@Suite struct AccountRepositoryTests {
    @Test func aRevokedTokenNoLongerSignsInAndBothStepsAreAuditedWithoutTheSecret() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        try await Migrator(database: database).migrate()
        let accounts = AccountRepository(database: database)
        try await accounts.add(
            Account(id: "Analist", displayName: "A", role: .analist, clearance: .intern), passwordHash: "x", by: "test")
        let issued = try await accounts.issueToken(for: "analist", name: "script", by: "beheer")
        #expect(try await accounts.account(bearer: issued.token)?.id == "analist")
        #expect(try await accounts.revokeToken(id: issued.id, by: "beheer"))
        #expect(try await accounts.account(bearer: issued.token) == nil)
        #expect(try await accounts.revokeToken(id: issued.id, by: "beheer") == false)
        let entries = try await AuditLog(database: database).entries(subjectKind: "token", subjectID: issued.id)
        await database.close()
        #expect(entries.map(\.action).sorted() == ["token ingetrokken", "token uitgegeven"])
        #expect(entries.allSatisfy { $0.userID == "beheer" && $0.after?.contains("\"account\":\"analist\"") == true })
        #expect(entries.allSatisfy { !"\($0)".contains(issued.token.dropFirst(4)) })
    }

    @Test func everyAccountChangeIsInTheAuditTrail() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        try await Migrator(database: database).migrate()
        let accounts = AccountRepository(database: database)
        var account = Account(id: "lezer", displayName: "L", role: .lezer, clearance: .openbaar)
        try await accounts.add(account, passwordHash: "x", by: "beheer")
        account.role = .analist
        try await accounts.update(account, by: "beheer", reason: "nieuwe taak")
        let entries = try await AuditLog(database: database).entries(subjectKind: "account", subjectID: "lezer")
        await database.close()
        #expect(entries.count == 2)
        let change = try #require(entries.first { $0.action == "account gewijzigd" })
        #expect(change.userID == "beheer")
        #expect(change.before?.contains("\"role\":\"lezer\"") == true)
        #expect(change.after?.contains("\"role\":\"analist\"") == true)
        #expect(change.reason == "nieuwe taak")
        #expect(entries.allSatisfy { !($0.after ?? "").contains("x\"") })
    }

    @Test func aSecondAccountWithTheSameNameIsRefused() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        try await Migrator(database: database).migrate()
        let accounts = AccountRepository(database: database)
        let account = Account(id: "lezer", displayName: "L", role: .lezer, clearance: .openbaar)
        try await accounts.add(account, passwordHash: "x", by: "t")
        await #expect(throws: StoreError.self) { try await accounts.add(account, passwordHash: "y", by: "t") }
        await database.close()
    }

    @Test func aSettingChangeIsCheckedAndRecordedOnceWithItsValueBeforeAndAfter() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        try await Migrator(database: database).migrate()
        let accounts = AccountRepository(database: database)
        #expect(try await accounts.value(of: .anonymousRead) == "nee")
        #expect(try await accounts.set(.anonymousRead, to: "JA", by: "beheer"))
        #expect(try await accounts.set(.anonymousRead, to: "ja", by: "beheer") == false)
        await #expect(throws: SettingError.self) { try await accounts.set(.anonymousRead, to: "soms", by: "beheer") }
        #expect(try await accounts.set(.anonymousRead, to: "nee", by: "beheer2"))
        let value = try await accounts.value(of: .anonymousRead)
        let entries = try await AuditLog(database: database).entries(
            subjectKind: "instelling", subjectID: "anoniem-lezen")
        await database.close()
        #expect(value == "nee")
        // Both changes may fall in one second, where the trail's order is not defined.
        #expect(entries.count == 2)
        let first = try #require(entries.first { $0.userID == "beheer" })
        let second = try #require(entries.first { $0.userID == "beheer2" })
        #expect(first.before == nil)
        #expect(first.after == "{\"anoniem-lezen\":\"ja\"}")
        #expect(second.before == "{\"anoniem-lezen\":\"ja\"}")
        #expect(second.after == "{\"anoniem-lezen\":\"nee\"}")
    }
}
