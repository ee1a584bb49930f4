import Foundation
import Hummingbird
import HummingbirdBcrypt
import KaderStore

/// The login page.
struct LoginPage: Sendable {
    let title = "Inloggen"
    let back: String
    let error: String?
    let name: String
}

/// Serves `/inloggen` (GET the form, POST the credentials) and `/uitloggen` (POST).
struct LoginController: Sendable {
    let accounts: AccountRepository
    let pages: PageRenderer
    let throttle: LoginThrottle

    struct Form: Decodable {
        let naam: String
        let wachtwoord: String
        let terug: String?
    }

    func register(on router: Router<KaderRequestContext>) {
        router.get("/inloggen") { request, context in
            pages.render(
                LoginPage(back: safeBack(request.uri.queryParameters.get("terug")), error: nil, name: ""),
                template: "login", context: context)
        }
        router.post("/inloggen") { request, context -> Response in
            let form = try await request.decode(as: Form.self, context: context)
            let name = form.naam.trimmingCharacters(in: .whitespaces).lowercased()
            let back = safeBack(form.terug)
            if let wait = await throttle.wait(for: name) {
                let minutes = Int((wait / 60).rounded(.up))
                var response = try pages.render(
                    LoginPage(
                        back: back, error: "Te veel mislukte pogingen. Probeer het over \(minutes) minuten opnieuw.",
                        name: name), template: "login", context: context
                ).response(from: request, context: context)
                response.status = .tooManyRequests
                return response
            }
            guard let (account, hash) = try await accounts.credentials(id: name), !account.disabled,
                Bcrypt.verify(form.wachtwoord, hash: hash)
            else {
                await throttle.failed(name)
                var response = try pages.render(
                    LoginPage(back: back, error: "Naam of wachtwoord klopt niet.", name: name), template: "login",
                    context: context
                ).response(from: request, context: context)
                response.status = .unauthorized
                return response
            }
            await throttle.succeeded(name)
            let (token, session) = try await accounts.startSession(for: account)
            var response = Response(status: .seeOther, headers: [.location: back])
            response.setCookie(
                Cookie(
                    name: AuthMiddleware.cookieName, value: token, expires: session.expiresAt, path: "/", secure: true,
                    httpOnly: true, sameSite: .lax))
            return response
        }
        router.post("/uitloggen") { request, context -> Response in
            if let token = request.cookies[AuthMiddleware.cookieName]?.value {
                try await accounts.endSession(token: token)
            }
            var response = Response(status: .seeOther, headers: [.location: "/inloggen"])
            response.setCookie(
                Cookie(
                    name: AuthMiddleware.cookieName, value: "", expires: Date(timeIntervalSince1970: 0), path: "/",
                    secure: true, httpOnly: true, sameSite: .lax))
            return response
        }
    }

    /// Only a path on this site: never an address elsewhere (no open redirect).
    func safeBack(_ value: String?) -> String {
        guard let value, value.hasPrefix("/"), !value.hasPrefix("//"), !value.contains("\\") else { return "/" }
        return value
    }
}
