import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import KaderCore
import KaderStore
import KaderTestSupport
import SQLKit
import Synchronization
import Testing

/// Accounts, sessions, CSRF, API tokens and classification, through the real routes.
@Suite struct AccessTests {
    static let password = "een-lang-wachtwoord"

    /// A beheerder cleared for everything, a lezer cleared for openbaar, and letter 004
    /// marked departementaal vertrouwelijk.
    @Sendable static func prepare(_ database: KaderDatabase) async throws {
        let accounts = AccountRepository(database: database)
        let hash = Bcrypt.hash(password, cost: 4)
        try await accounts.add(
            Account(id: "beheer", displayName: "Beheer", role: .beheerder, clearance: .departementaalVertrouwelijk),
            passwordHash: hash, by: "test")
        try await accounts.add(
            Account(id: "lezer", displayName: "Lezer", role: .lezer, clearance: .openbaar), passwordHash: hash,
            by: "test")
        try await database.withDatabase { db in
            try await db.update("documents").set("classification", to: "departementaal-vertrouwelijk")
                .where("id", .equal, "004_a5c8b23f8fb2d6ff").run()
        }
    }

    func login(_ client: some TestClientProtocol, _ name: String, password: String = Self.password) async throws
        -> (HTTPResponse.Status, String?)
    {
        try await client.execute(
            uri: "/inloggen", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "naam=\(name)&wachtwoord=\(password)&terug=%2F")
        ) { response in
            let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("kader_sessie=") }
            return (response.status, cookie.map { String($0.split(separator: ";")[0]) })
        }
    }

    func get(_ client: some TestClientProtocol, _ uri: String, cookie: String? = nil, bearer: String? = nil)
        async throws -> (HTTPResponse.Status, String)
    {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        if let bearer { headers[.authorization] = "Bearer \(bearer)" }
        return try await client.execute(uri: uri, method: .get, headers: headers) { response in
            (response.status, String(buffer: response.body))
        }
    }

    @Test func onceAccountsExistAnonymousReadersAreSentToTheLoginPage() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            let response = try await client.execute(uri: "/tijdlijn", method: .get) { $0 }
            #expect(response.status == .seeOther)
            #expect(response.headers[.location]?.hasPrefix("/inloggen?terug=") == true)
            let (api, _) = try await get(client, "/api/v1/missions")
            #expect(api == .unauthorized)
            let (health, _) = try await get(client, "/gezondheid")
            #expect(health == .ok)
        }
    }

    @Test func aGoodPasswordGivesASecureSessionCookie() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            let raw = try await client.execute(
                uri: "/inloggen", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "naam=Lezer&wachtwoord=\(Self.password)&terug=%2Ftijdlijn")
            ) { $0 }
            #expect(raw.status == .seeOther)
            #expect(raw.headers[.location] == "/tijdlijn")
            let setCookie = try #require(raw.headers[values: .setCookie].first { $0.hasPrefix("kader_sessie=") })
            #expect(
                setCookie.contains("HttpOnly") && setCookie.contains("Secure") && setCookie.contains("SameSite=Lax"))
            let cookie = String(setCookie.split(separator: ";")[0])
            let (status, html) = try await get(client, "/", cookie: cookie)
            #expect(status == .ok)
            #expect(html.contains("Lezer (lezer, openbaar)"))
        }
    }

    @Test func aWrongPasswordIsRefusedAndRepeatedFailuresAreThrottled() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            for _ in 0..<5 {
                let (status, cookie) = try await login(client, "lezer", password: "fout-wachtwoord-1")
                #expect(status == .unauthorized)
                #expect(cookie == nil)
            }
            let (throttled, _) = try await login(client, "lezer")
            #expect(throttled == .tooManyRequests)
            let (other, _) = try await login(client, "beheer")
            #expect(other == .seeOther)
        }
    }

    @Test func loggingOutNeedsTheFormTokenAndEndsTheSession() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            let (_, cookie) = try await login(client, "lezer")
            let session = try #require(cookie)
            let (_, page) = try await get(client, "/", cookie: session)
            let token = try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/)?.output.1)
            let forged = try await client.execute(
                uri: "/uitloggen", method: .post,
                headers: [.cookie: session, .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "csrf=0000")
            ) { $0.status }
            #expect(forged == .forbidden)
            let real = try await client.execute(
                uri: "/uitloggen", method: .post,
                headers: [.cookie: session, .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "csrf=\(token)")
            ) { $0.status }
            #expect(real == .seeOther)
            let after = try await client.execute(uri: "/", method: .get, headers: [.cookie: session]) { $0.status }
            #expect(after == .seeOther)
        }
    }

    @Test func aLezerClearedForOpenbaarNeverSeesAVertrouwelijkLetter() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            let (_, lezer) = try await login(client, "lezer")
            let (_, beheer) = try await login(client, "beheer")
            let (hidden, _) = try await get(client, "/brieven/004_a5c8b23f8fb2d6ff", cookie: lezer)
            #expect(hidden == .notFound)
            let (_, search) = try await get(client, "/zoeken?q=Schreinemacher", cookie: lezer)
            #expect(search.contains("0 brieven gevonden"))
            let (_, overview) = try await get(client, "/?peildatum=2024-06-01", cookie: lezer)
            #expect(!overview.contains("004_a5c8b23f8fb2d6ff"))
            let (shown, _) = try await get(client, "/brieven/004_a5c8b23f8fb2d6ff", cookie: beheer)
            #expect(shown == .ok)
            let (_, found) = try await get(client, "/zoeken?q=Schreinemacher", cookie: beheer)
            #expect(found.contains("1 brief gevonden"))
        }
    }

    @Test func anAPITokenReadsWhatItsAccountMayAndAnUnknownTokenIsRefused() async throws {
        let issued = Mutex<(String, String)?>(nil)
        try await WebTestApp.run(
            prepare: { database in
                try await Self.prepare(database)
                let token = try await AccountRepository(database: database).issueToken(
                    for: "lezer", name: "test", by: "test")
                issued.withLock { $0 = (token.token, token.id) }
            }
        ) { client in
            let (token, _) = try #require(issued.withLock { $0 })
            let (status, body) = try await get(client, "/api/v1/documents", bearer: token)
            #expect(status == .ok)
            #expect(!body.contains("004_a5c8b23f8fb2d6ff"))
            let (wrong, _) = try await get(client, "/api/v1/documents", bearer: "kdr_onzin")
            #expect(wrong == .unauthorized)
        }
    }
}
