import Foundation
import Hummingbird
import KaderStore

/// Finds who is asking (session cookie or API bearer token), guards reading, and checks
/// the form token (CSRF) of every request that changes something.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = KaderRequestContext
    static let cookieName = "kader_sessie"
    /// Paths anyone may open: the login page itself and the health check.
    static let openPaths: Set<String> = ["/inloggen", "/gezondheid"]
    /// Paths a subscribing program reads with `?token=`.
    static let feedPaths: Set<String> = ["/kalender.ics", "/feed.atom"]

    let accounts: AccountRepository
    let policy: AccessPolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        var request = request
        let path = request.uri.path
        let isAPI = path.hasPrefix("/api/")
        // Calendar and feed readers cannot send headers: they may carry the token in the query.
        let feedToken = Self.feedPaths.contains(path) ? request.uri.queryParameters.get("token") : nil
        if let bearer = feedToken
            ?? request.headers[.authorization].flatMap({ header in
                header.lowercased().hasPrefix("bearer ") ? String(header.dropFirst(7)) : nil
            })
        {
            guard let account = try await accounts.account(bearer: bearer) else {
                throw HTTPError(.unauthorized, message: "Het API-token is onbekend of ingetrokken.")
            }
            context.identity = Identity(account: account, csrfToken: nil)
        } else if let cookie = request.cookies[Self.cookieName]?.value,
            let session = try await accounts.session(token: cookie)
        {
            context.identity = Identity(account: session.account, csrfToken: session.csrfToken)
        }
        if request.method != .get && request.method != .head {
            if let expected = context.identity?.csrfToken {
                // Only a URL-encoded form carries its token in the body; uploads carry it in the
                // query, so that a large upload is not read here.
                let isForm = request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true
                let body = isForm ? try await request.collectBody(upTo: context.maxUploadSize) : ByteBuffer()
                guard Self.formToken(in: request, body: body) == expected else {
                    throw HTTPError(
                        .forbidden,
                        message: "Het formulier is verlopen of niet van Kader (CSRF). Laad de pagina opnieuw.")
                }
            } else if context.identity == nil, path != "/inloggen" {
                throw HTTPError(.unauthorized, message: "Log in om dit te doen.")
            }
        }
        if context.identity == nil, !Self.openPaths.contains(path), !(try await policy.anonymousMayRead()) {
            if isAPI { throw HTTPError(.unauthorized, message: "Log in of gebruik een API-token.") }
            let back = request.uri.description.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
            return Response(status: .seeOther, headers: [.location: "/inloggen?terug=\(back)"])
        }
        return try await next(request, context)
    }

    /// The form token from the `X-CSRF-Token` header, the `csrf` query parameter (uploads),
    /// or the `csrf` field of a URL-encoded form.
    static func formToken(in request: Request, body: ByteBuffer) -> String? {
        if let header = request.headers.first(where: { $0.name.canonicalName == "x-csrf-token" }) {
            return header.value
        }
        if let query = request.uri.queryParameters.get("csrf") { return query }
        guard request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true else { return nil }
        let text = String(buffer: body)
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == "csrf" { return String(parts[1]).removingPercentEncoding }
        }
        return nil
    }
}
