import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import KaderCore
import KaderStore
import KaderTestSupport
import Testing

/// `/beheer` through the real routes: accounts, API tokens and settings, each change in the
/// audit trail under the beheerder who made it.
@Suite struct AdminTests {
    /// A beheerder cleared up to intern, and a lezer cleared for openbaar.
    @Sendable static func prepare(_ database: KaderDatabase) async throws {
        let accounts = AccountRepository(database: database)
        let hash = Bcrypt.hash(WebSession.password, cost: 4)
        try await accounts.add(
            Account(id: "beheer", displayName: "Beheer", role: .beheerder, clearance: .intern), passwordHash: hash,
            by: "test")
        try await accounts.add(
            Account(id: "lezer", displayName: "Lezer", role: .lezer, clearance: .openbaar), passwordHash: hash,
            by: "test")
    }

    /// The status of signing in with the test password.
    static func signIn(_ client: some TestClientProtocol, _ name: String) async throws -> HTTPResponse.Status {
        try await client.execute(
            uri: "/inloggen", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "naam=\(name)&wachtwoord=\(WebSession.password)")
        ) { $0.status }
    }

    static func bearer(_ client: some TestClientProtocol, _ token: String) async throws -> HTTPResponse.Status {
        try await client.execute(uri: "/api/v1/documents", method: .get, headers: [.authorization: "Bearer \(token)"]) {
            $0.status
        }
    }

    @Test func aBeheerderAddsAnAccountThatCanSignInAndTheAuditTrailNamesTheBeheerder() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            let beheer = try await WebSession.login(client, "beheer")
            let account = [
                "naam": "Piet", "weergavenaam": "Piet de Vries", "rol": "analist", "rubricering": "intern",
                "wachtwoord": "kort",
            ]
            let (short, _, shortPage) = try await WebSession.post(client, "/beheer/accounts", account, session: beheer)
            #expect(short == .badRequest)
            #expect(shortPage.contains("minstens 12 tekens"))
            #expect(shortPage.contains("value=\"piet\""))
            #expect(try await Self.signIn(client, "piet") == .unauthorized)

            var above = account
            (above["wachtwoord"], above["rubricering"]) = (WebSession.password, "departementaal-vertrouwelijk")
            let (refused, _, refusedPage) = try await WebSession.post(
                client, "/beheer/accounts", above, session: beheer)
            #expect(refused == .forbidden)
            #expect(refusedPage.contains("geen rubricering boven uw eigen"))

            var good = account
            good["wachtwoord"] = WebSession.password
            let (added, location, _) = try await WebSession.post(client, "/beheer/accounts", good, session: beheer)
            #expect(added == .seeOther)
            let (_, page) = try await WebTestApp.get(client, try #require(location), cookie: beheer.cookie)
            #expect(page.contains("Account piet aangemaakt."))
            #expect(page.contains("<td data-label=\"Naam\">Piet de Vries</td>"))
            let (twice, _, _) = try await WebSession.post(client, "/beheer/accounts", good, session: beheer)
            #expect(twice == .conflict)

            #expect(try await Self.signIn(client, "piet") == .seeOther)
            let (_, audit) = try await WebTestApp.get(
                client, "/audit?soort=account&onderwerp=piet", cookie: beheer.cookie)
            #expect(audit.contains("1 wijzigingen"))
            #expect(audit.contains("href=\"/audit?gebruiker=beheer\""))
            #expect(audit.contains("account aangemaakt"))
        }
    }

    @Test func aBeheerderChangesRoleAndClearanceAndADisabledAccountIsSignedOut() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            let beheer = try await WebSession.login(client, "beheer")
            let lezer = try await WebSession.login(client, "lezer")
            #expect(try await WebTestApp.get(client, "/invoeren", cookie: lezer.cookie).0 == .forbidden)

            let change = ["rol": "analist", "rubricering": "intern", "reden": "nieuwe taak"]
            let (changed, _, _) = try await WebSession.post(client, "/beheer/accounts/lezer", change, session: beheer)
            #expect(changed == .seeOther)
            #expect(try await WebTestApp.get(client, "/invoeren", cookie: lezer.cookie).0 == .ok)

            let (off, _, _) = try await WebSession.post(
                client, "/beheer/accounts/lezer/status", ["actief": "nee"], session: beheer)
            #expect(off == .seeOther)
            #expect(try await WebTestApp.get(client, "/", cookie: lezer.cookie).0 == .seeOther)
            #expect(try await Self.signIn(client, "lezer") == .unauthorized)
            let (_, page) = try await WebTestApp.get(client, "/beheer", cookie: beheer.cookie)
            #expect(page.contains("<td data-label=\"Status\">uitgeschakeld</td>"))

            _ = try await WebSession.post(client, "/beheer/accounts/lezer/status", ["actief": "ja"], session: beheer)
            #expect(try await Self.signIn(client, "lezer") == .seeOther)
            let (missing, _, _) = try await WebSession.post(
                client, "/beheer/accounts/niemand", change, session: beheer)
            #expect(missing == .notFound)

            let (_, audit) = try await WebTestApp.get(
                client, "/audit?soort=account&onderwerp=lezer&gebruiker=beheer", cookie: beheer.cookie)
            #expect(audit.contains("3 wijzigingen"))
            #expect(audit.contains("nieuwe taak"))
            #expect(audit.contains("&quot;role&quot;:&quot;analist&quot;"))
        }
    }

    @Test func aBeheerderCannotLowerTheirOwnRoleOrDisableThemselves() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            let beheer = try await WebSession.login(client, "beheer")
            let (demoted, _, page) = try await WebSession.post(
                client, "/beheer/accounts/beheer", ["rol": "lezer", "rubricering": "intern"], session: beheer)
            #expect(demoted == .badRequest)
            #expect(page.contains("U kunt uw eigen rol niet verlagen"))
            let (disabled, _, _) = try await WebSession.post(
                client, "/beheer/accounts/beheer/status", ["actief": "nee"], session: beheer)
            #expect(disabled == .badRequest)
            #expect(try await WebTestApp.get(client, "/beheer", cookie: beheer.cookie).0 == .ok)
        }
    }

    @Test func anIssuedTokenIsShownOnceReadsTheAPIAndStopsWhenRevoked() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            let beheer = try await WebSession.login(client, "beheer")
            let (status, _, page) = try await WebSession.post(
                client, "/beheer/tokens", ["account": "lezer", "label": "agenda"], session: beheer)
            #expect(status == .ok)
            let token = String(try #require(page.firstMatch(of: /kdr_[0-9a-f]{64}/)?.output))
            #expect(page.contains("Kader toont het niet nog eens"))
            #expect(try await Self.bearer(client, token) == .ok)

            let (_, later) = try await WebTestApp.get(client, "/beheer", cookie: beheer.cookie)
            #expect(!later.contains(token))
            let id = String(try #require(later.firstMatch(of: /\/beheer\/tokens\/([0-9a-f]{12})\/intrekken/)?.output.1))
            let (revoked, _, _) = try await WebSession.post(
                client, "/beheer/tokens/\(id)/intrekken", [:], session: beheer)
            #expect(revoked == .seeOther)
            #expect(try await Self.bearer(client, token) == .unauthorized)
            let (again, _, _) = try await WebSession.post(
                client, "/beheer/tokens/\(id)/intrekken", [:], session: beheer)
            #expect(again == .notFound)

            let (_, audit) = try await WebTestApp.get(
                client, "/audit?soort=token&gebruiker=beheer", cookie: beheer.cookie)
            #expect(audit.contains("token uitgegeven") && audit.contains("token ingetrokken"))
            #expect(!audit.contains(token))
        }
    }

    @Test func theAnoniemLezenSettingOpensReadingToAnonymousVisitorsButNotTheBeheerPage() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            let beheer = try await WebSession.login(client, "beheer")
            #expect(try await WebTestApp.get(client, "/tijdlijn").0 == .seeOther)
            let (bad, _, badPage) = try await WebSession.post(
                client, "/beheer/instellingen", ["instelling": "anoniem-lezen", "waarde": "soms"], session: beheer)
            #expect(bad == .badRequest)
            #expect(badPage.contains("kies ja of nee"))

            let open = ["instelling": "anoniem-lezen", "waarde": "ja"]
            #expect(try await WebSession.post(client, "/beheer/instellingen", open, session: beheer).0 == .seeOther)
            #expect(try await WebTestApp.get(client, "/tijdlijn").0 == .ok)
            #expect(try await WebTestApp.get(client, "/beheer").0 == .unauthorized)
            let (_, page) = try await WebTestApp.get(client, "/beheer", cookie: beheer.cookie)
            #expect(page.contains("id=\"instelling-anoniem-lezen-ja\" name=\"waarde\" value=\"ja\" checked"))

            let closed = ["instelling": "anoniem-lezen", "waarde": "nee"]
            #expect(try await WebSession.post(client, "/beheer/instellingen", closed, session: beheer).0 == .seeOther)
            #expect(try await WebTestApp.get(client, "/tijdlijn").0 == .seeOther)
            let (_, audit) = try await WebTestApp.get(client, "/audit?soort=instelling", cookie: beheer.cookie)
            #expect(audit.contains("2 wijzigingen"))
        }
    }

    @Test func onlyABeheerderIsLinkedToTheBeheerPageAndEveryControlOnItHasALabel() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            let lezer = try await WebSession.login(client, "lezer")
            let beheer = try await WebSession.login(client, "beheer")
            #expect(!(try await WebTestApp.get(client, "/", cookie: lezer.cookie).1.contains("href=\"/beheer\"")))
            #expect(try await WebTestApp.get(client, "/", cookie: beheer.cookie).1.contains("href=\"/beheer\""))

            let (_, page) = try await WebTestApp.get(client, "/beheer", cookie: beheer.cookie)
            let controls = page.matches(of: /<(input|select|textarea)\b([^>]*)>/).map { String($0.output.2) }
                .filter { !$0.contains("type=\"hidden\"") }
            #expect(controls.count >= 10)
            let unlabeled = controls.filter { attributes in
                guard let id = attributes.firstMatch(of: /id="([^"]+)"/)?.output.1 else { return true }
                return !page.contains("<label for=\"\(id)\"")
            }
            #expect(unlabeled.isEmpty, "\(unlabeled)")
            let ids = page.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
            #expect(Set(ids).count == ids.count, "every id once")
        }
    }
}
