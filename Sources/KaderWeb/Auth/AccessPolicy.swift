import KaderStore

/// Who may read without signing in.
///
/// A new installation without any account is open for reading, so that the first start
/// shows the letters at once; once an account exists, reading needs a login unless a
/// beheerder opened it to anonymous readers (setting `anoniem-lezen`). Anonymous readers
/// only ever see what is openbaar. Writing always needs a login.
struct AccessPolicy: Sendable {
    static let anonymousReadSetting = "anoniem-lezen"
    let accounts: AccountRepository

    func anonymousMayRead() async throws -> Bool {
        if try await accounts.count() == 0 { return true }
        return try await accounts.setting(Self.anonymousReadSetting) == "ja"
    }
}
