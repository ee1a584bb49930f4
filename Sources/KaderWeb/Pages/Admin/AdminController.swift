import Foundation
import Hummingbird
import HummingbirdBcrypt
import KaderCore
import KaderStore

/// Serves `/beheer` to beheerders: accounts (add, change role and clearance, disable and
/// enable), API tokens (issue, revoke) and the settings. Every change goes through
/// AccountRepository, which records it in the audit trail under the acting beheerder.
struct AdminController: Sendable {
    static let minimumPassword = 12

    let accounts: AccountRepository
    let pages: PageRenderer
    /// Told of every change here, so that who may read anonymously follows at once.
    let policy: AccessPolicy

    struct NewAccountForm: Decodable {
        let naam: String
        let weergavenaam: String?
        let rol: String
        let rubricering: String
        let wachtwoord: String
    }

    struct ChangeForm: Decodable {
        let rol: String
        let rubricering: String
        let reden: String?
    }

    struct StatusForm: Decodable {
        let actief: String
    }

    struct TokenForm: Decodable {
        let account: String
        let label: String?
    }

    struct SettingForm: Decodable {
        let instelling: String
        let waarde: String
    }

    /// A change refused for a reason the beheerder can fix: the page again, with the reason.
    struct Refusal: Error {
        let status: HTTPResponse.Status
        let message: String
        var form = AdminPage.NewAccount()
    }

    func register(on router: Router<KaderRequestContext>) {
        router.get("/beheer") { request, context in
            let viewer = try context.require(.beheerder)
            let query = request.uri.queryParameters
            return try await page(
                for: viewer, context: context,
                notice: { Self.notice(query.get("gedaan"), name: query.get("naam"), in: $0) })
        }
        router.post("/beheer/accounts") { request, context in
            try await changing(request, context) {
                defer { policy.forget() }
                return try await addAccount(request, context, by: $0)
            }
        }
        router.post("/beheer/accounts/{naam}") { request, context in
            try await changing(request, context) { try await changeAccount(request, context, by: $0) }
        }
        router.post("/beheer/accounts/{naam}/status") { request, context in
            try await changing(request, context) { try await changeStatus(request, context, by: $0) }
        }
        router.post("/beheer/tokens") { request, context in
            try await changing(request, context) { try await issueToken(request, context, by: $0) }
        }
        router.post("/beheer/tokens/{id}/intrekken") { request, context in
            try await changing(request, context) { viewer in
                let id = context.parameters.get("id") ?? ""
                guard try await accounts.revokeToken(id: id, by: viewer.id) else {
                    throw HTTPError(.notFound, message: "Er is geen geldig token ‘\(id)’.")
                }
                return Self.done("token-ingetrokken")
            }
        }
        router.post("/beheer/instellingen") { request, context in
            try await changing(request, context) { viewer in
                let form = try await request.decode(as: SettingForm.self, context: context)
                let setting: Setting
                do {
                    setting = try Setting.named(form.instelling)
                    _ = try setting.validated(form.waarde)
                } catch {
                    throw Refusal(status: .badRequest, message: "\(error)")
                }
                let changed = try await accounts.set(setting, to: form.waarde, by: viewer.id)
                policy.forget()
                return Self.done(changed ? "instelling-gewijzigd" : "ongewijzigd")
            }
        }
    }

    /// Runs a change as the signed-in beheerder (403 for anyone else, before the form is
    /// read); a refusal shows the page again with its reason and status.
    private func changing(
        _ request: Request, _ context: KaderRequestContext, _ change: (Account) async throws -> Response
    ) async throws -> Response {
        let viewer = try context.require(.beheerder)
        do {
            return try await change(viewer)
        } catch let refusal as Refusal {
            var response = try await page(for: viewer, context: context, error: refusal.message, form: refusal.form)
                .response(from: request, context: context)
            response.status = refusal.status
            return response
        }
    }

    private func addAccount(_ request: Request, _ context: KaderRequestContext, by viewer: Account) async throws
        -> Response
    {
        let form = try await request.decode(as: NewAccountForm.self, context: context)
        let name = form.naam.trimmingCharacters(in: .whitespaces).lowercased()
        let displayName = form.weergavenaam?.trimmingCharacters(in: .whitespaces) ?? ""
        var kept = AdminPage.NewAccount(name: name, displayName: displayName)
        guard let role = Role(rawValue: form.rol), let clearance = Classification(rawValue: form.rubricering) else {
            throw Refusal(status: .badRequest, message: "Kies een rol en een rubricering uit de lijst.", form: kept)
        }
        (kept.role, kept.clearance) = (role, clearance)
        guard Self.isValidName(name) else {
            throw Refusal(
                status: .badRequest,
                message:
                    "Een inlognaam heeft 1 tot 64 tekens: letters zonder accenten, cijfers, punt, koppelteken of liggend streepje, en begint met een letter of cijfer.",
                form: kept)
        }
        try Self.checkClearance(clearance, grantedBy: viewer, form: kept)
        guard form.wachtwoord.count >= Self.minimumPassword else {
            throw Refusal(
                status: .badRequest, message: "Het wachtwoord moet minstens \(Self.minimumPassword) tekens hebben.",
                form: kept)
        }
        guard try await accounts.account(id: name) == nil else {
            throw Refusal(status: .conflict, message: "Het account ‘\(name)’ bestaat al.", form: kept)
        }
        let account = Account(
            id: name, displayName: displayName.isEmpty ? name : displayName, role: role, clearance: clearance)
        try await accounts.add(account, passwordHash: Bcrypt.hash(form.wachtwoord), by: viewer.id)
        return Self.done("account-aangemaakt", name: name)
    }

    private func changeAccount(_ request: Request, _ context: KaderRequestContext, by viewer: Account) async throws
        -> Response
    {
        var account = try await account(named: context)
        let form = try await request.decode(as: ChangeForm.self, context: context)
        guard let role = Role(rawValue: form.rol), let clearance = Classification(rawValue: form.rubricering) else {
            throw Refusal(status: .badRequest, message: "Kies een rol en een rubricering uit de lijst.")
        }
        if account.id == viewer.id, role < viewer.role {
            // So that there is always a beheerder left to undo a mistake.
            throw Refusal(
                status: .badRequest, message: "U kunt uw eigen rol niet verlagen; vraag dat een andere beheerder.")
        }
        if clearance != account.clearance { try Self.checkClearance(clearance, grantedBy: viewer) }
        guard role != account.role || clearance != account.clearance else { return Self.done("ongewijzigd") }
        (account.role, account.clearance) = (role, clearance)
        let reason = form.reden?.trimmingCharacters(in: .whitespacesAndNewlines)
        try await accounts.update(account, by: viewer.id, reason: reason?.isEmpty == false ? reason : nil)
        return Self.done("account-gewijzigd", name: account.id)
    }

    private func changeStatus(_ request: Request, _ context: KaderRequestContext, by viewer: Account) async throws
        -> Response
    {
        var account = try await account(named: context)
        let form = try await request.decode(as: StatusForm.self, context: context)
        guard ["ja", "nee"].contains(form.actief) else {
            throw Refusal(status: .badRequest, message: "Kies of het account actief is: ja of nee.")
        }
        let disabled = form.actief == "nee"
        if disabled, account.id == viewer.id {
            throw Refusal(
                status: .badRequest,
                message: "U kunt uw eigen account niet uitschakelen; vraag dat een andere beheerder.")
        }
        guard disabled != account.disabled else { return Self.done("ongewijzigd") }
        account.disabled = disabled
        try await accounts.update(account, by: viewer.id, reason: nil)
        return Self.done(disabled ? "account-uitgeschakeld" : "account-ingeschakeld", name: account.id)
    }

    private func issueToken(_ request: Request, _ context: KaderRequestContext, by viewer: Account) async throws
        -> Response
    {
        let form = try await request.decode(as: TokenForm.self, context: context)
        guard let account = try await accounts.account(id: form.account), !account.disabled else {
            throw Refusal(status: .badRequest, message: "Kies een account dat actief is.")
        }
        let label = String((form.label ?? "").trimmingCharacters(in: .whitespaces).prefix(100))
        let issued = try await accounts.issueToken(for: account.id, name: label.isEmpty ? "api" : label, by: viewer.id)
        // The secret goes into this one response, never into an address or a log.
        return try await page(
            for: viewer, context: context, notice: { _ in "Token \(issued.id) uitgegeven voor \(account.id)." },
            issued: AdminPage.IssuedToken(id: issued.id, account: account.id, secret: issued.token)
        ).response(from: request, context: context)
    }

    /// The account named in the path, or 404.
    private func account(named context: KaderRequestContext) async throws -> Account {
        let raw = context.parameters.get("naam") ?? ""
        let name = raw.removingPercentEncoding ?? raw
        guard let account = try await accounts.account(id: name) else {
            throw HTTPError(.notFound, message: "Er is geen account ‘\(name)’.")
        }
        return account
    }

    private func page(
        for viewer: Account, context: KaderRequestContext, notice: ([Account]) -> String? = { _ in nil },
        error: String? = nil, issued: AdminPage.IssuedToken? = nil, form: AdminPage.NewAccount = .init()
    ) async throws -> HTMLResponse {
        let all = try await accounts.all()
        var settings: [(Setting, String)] = []
        for setting in Setting.allCases { settings.append((setting, try await accounts.value(of: setting))) }
        return pages.render(
            AdminPage(
                accounts: all, tokens: try await accounts.tokens(), settings: settings, viewer: viewer,
                notice: notice(all), error: error, issued: issued, form: form),
            template: "admin", context: context)
    }

    /// Nobody hands out a clearance above their own.
    static func checkClearance(
        _ clearance: Classification, grantedBy viewer: Account, form: AdminPage.NewAccount = .init()
    ) throws {
        guard clearance <= viewer.clearance else {
            throw Refusal(
                status: .forbidden,
                message: "U kunt geen rubricering boven uw eigen (\(viewer.clearance.label)) toekennen.", form: form)
        }
    }

    /// Login names go into addresses and the audit trail: plain ASCII only.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 64 else { return false }
        let allowed = { (c: Unicode.Scalar) in
            ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "." || c == "-" || c == "_"
        }
        return allowed(first) && first != "." && first != "-" && first != "_" && name.unicodeScalars.allSatisfy(allowed)
    }

    /// A login name as one segment of an address.
    static func path(of name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._"))) ?? name
    }

    /// After a change, back to the page (POST, then redirect, then GET).
    static func done(_ what: String, name: String? = nil) -> Response {
        let suffix = name.map { "&naam=\(path(of: $0))" } ?? ""
        return Response(status: .seeOther, headers: [.location: "/beheer?gedaan=\(what)\(suffix)"])
    }

    /// The message after a redirect; a name only when such an account exists, so that a
    /// crafted link cannot put words on the page.
    static func notice(_ what: String?, name: String?, in accounts: [Account]) -> String? {
        let name = name.flatMap { name in accounts.contains { $0.id == name } ? name : nil } ?? "?"
        return switch what {
        case "account-aangemaakt": "Account \(name) aangemaakt."
        case "account-gewijzigd": "Rol en rubricering van \(name) gewijzigd."
        case "account-uitgeschakeld":
            "Account \(name) uitgeschakeld: het kan niet meer inloggen en zijn API-tokens werken niet meer."
        case "account-ingeschakeld": "Account \(name) is weer actief."
        case "token-ingetrokken": "Het token is ingetrokken."
        case "instelling-gewijzigd": "De instelling is opgeslagen."
        case "ongewijzigd": "Niets gewijzigd: alles stond al zo."
        default: nil
        }
    }
}
