import Foundation
import Hummingbird
import KaderCore
import NIOCore

/// Who is asking: the account and how it signed in.
struct Identity: Sendable {
    let account: Account
    /// The session's form token; nil for an API bearer token (which needs none).
    let csrfToken: String?
}

/// The request context of Kader: the identity the auth middleware found, and a decoder
/// that reads both HTML forms and JSON.
struct KaderRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    var identity: Identity?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
    }

    var requestDecoder: FormOrJSONDecoder { FormOrJSONDecoder() }

    /// What this request may read: the account's clearance, openbaar for anonymous readers.
    var clearance: Classification { identity?.account.clearance ?? .openbaar }

    /// The account, or 401/403 when it lacks `role`.
    func require(_ role: Role) throws -> Account {
        guard let account = identity?.account else {
            throw HTTPError(.unauthorized, message: "Log in om dit te doen.")
        }
        guard account.role >= role else {
            throw HTTPError(
                .forbidden, message: "Hiervoor is de rol \(role.rawValue) nodig; u bent \(account.role.rawValue).")
        }
        return account
    }
}

/// Decodes `application/x-www-form-urlencoded` forms and JSON bodies.
struct FormOrJSONDecoder: RequestDecoder {
    func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext) async throws -> T {
        if request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            return try await URLEncodedFormDecoder().decode(type, from: request, context: context)
        }
        return try await JSONDecoder().decode(type, from: request, context: context)
    }
}
