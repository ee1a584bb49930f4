import Foundation
import KaderCore
import KaderStore

/// `/beheer`: the accounts, API tokens and settings, as a beheerder manages them.
struct AdminPage: Sendable {
    /// One account with its forms; `number` makes the ids of its form controls unique.
    struct AccountRow: Sendable {
        let number: Int
        let id: String
        let path: String
        let displayName: String
        let role: String
        let clearance: String
        let disabled: Bool
        let isSelf: Bool
        let roles: [SelectOption]
        let clearances: [SelectOption]
    }

    /// One API token as the list shows it (never the token itself).
    struct TokenRow: Sendable {
        let id: String
        let account: String
        let label: String
        let createdAt: String
        let revokedAt: String?
        let live: Bool
    }

    /// A token just issued: its secret is on this one page and nowhere else.
    struct IssuedToken: Sendable {
        let id: String
        let account: String
        let secret: String
    }

    /// A setting with its values as radio buttons.
    struct SettingRow: Sendable {
        let key: String
        let explanation: String
        let choices: [Choice]
    }

    /// One radio button of a setting.
    struct Choice: Sendable {
        let id: String
        let value: String
        let checked: Bool
    }

    /// What the form for a new account held when it was refused (never the password).
    struct NewAccount: Sendable {
        var name = ""
        var displayName = ""
        var role = Role.lezer
        var clearance = Classification.openbaar
    }

    let title = "Beheer"
    let accounts: [AccountRow]
    let tokens: [TokenRow]
    let hasTokens: Bool
    let tokenAccounts: [SelectOption]
    let newName: String
    let newDisplayName: String
    let newRoles: [SelectOption]
    let newClearances: [SelectOption]
    let settings: [SettingRow]
    let notice: String?
    let error: String?
    let issued: IssuedToken?
    let minimumPassword = AdminController.minimumPassword

    init(
        accounts: [Account], tokens: [APITokenInfo], settings: [(Setting, String)], viewer: Account,
        notice: String? = nil, error: String? = nil, issued: IssuedToken? = nil, form: NewAccount = NewAccount()
    ) {
        self.accounts = accounts.enumerated().map { index, account in
            AccountRow(
                number: index + 1, id: account.id, path: AdminController.path(of: account.id),
                displayName: account.displayName, role: account.role.rawValue, clearance: account.clearance.label,
                disabled: account.disabled, isSelf: account.id == viewer.id,
                roles: Self.options(Role.allCases.map { ($0.rawValue, $0.rawValue) }, selected: account.role.rawValue),
                clearances: Self.options(
                    Classification.allCases.map { ($0.rawValue, $0.label) }, selected: account.clearance.rawValue))
        }
        self.tokens = tokens.sorted { $0.createdAt > $1.createdAt }.map {
            TokenRow(
                id: $0.id, account: $0.userID, label: $0.name, createdAt: $0.createdAt, revokedAt: $0.revokedAt,
                live: $0.revokedAt == nil)
        }
        hasTokens = !tokens.isEmpty
        tokenAccounts = accounts.filter { !$0.disabled }.map {
            SelectOption(value: $0.id, label: "\($0.id) (\($0.role.rawValue))")
        }
        newName = form.name
        newDisplayName = form.displayName
        newRoles = Self.options(Role.allCases.map { ($0.rawValue, $0.rawValue) }, selected: form.role.rawValue)
        // Nobody hands out a clearance above their own.
        newClearances = Self.options(
            Classification.allCases.filter { $0 <= viewer.clearance }.map { ($0.rawValue, $0.label) },
            selected: form.clearance.rawValue)
        self.settings = settings.map { setting, value in
            SettingRow(
                key: setting.rawValue, explanation: setting.explanation,
                choices: setting.values.map {
                    Choice(id: "instelling-\(setting.rawValue)-\($0)", value: $0, checked: $0 == value)
                })
        }
        self.notice = notice
        self.error = error
        self.issued = issued
    }

    static func options(_ pairs: [(String, String)], selected: String) -> [SelectOption] {
        pairs.map { SelectOption(value: $0.0, label: $0.1, selected: $0.0 == selected) }
    }
}
