import Foundation
import Hummingbird
import HummingbirdTesting
import KaderStore
import KaderTestSupport
import Testing

/// Uploading, reviewing and entering facts through the web app, and what the overview
/// and the letter page show of the monitoring and the Toetsingskader.
@Suite struct ReviewAndEntryTests {
    @Test func theOverviewWarnsOfTheNMIForceProtectionEndingUntilItIsExtended() async throws {
        try await WebTestApp.run { client in
            let (_, before) = try await WebTestApp.get(client, "/?peildatum=2024-11-01")
            let signals = try #require(WebTestApp.section(before, from: "id=\"kop-signalen\"", length: 20000))
            #expect(signals.contains("loopt af op 31 december 2024"))
            let (_, after) = try await WebTestApp.get(client, "/?peildatum=2025-01-15")
            #expect(!after.contains("loopt af op 31 december 2024"))
            let (status, json) = try await WebTestApp.get(client, "/api/v1/alerts?as_of=2024-11-01")
            #expect(status == .ok)
            #expect(json.contains("\"rule\":\"framework-ending\""))
        }
    }

    @Test func anArticle100LetterShowsItsToetsingskaderCheck() async throws {
        try await WebTestApp.run { client in
            let (_, complete) = try await WebTestApp.get(client, "/brieven/004_a5c8b23f8fb2d6ff")
            #expect(complete.contains("9 van 9 onderdelen behandeld"))
            let (_, supplementary) = try await WebTestApp.get(client, "/brieven/001_58c76a8e68136705")
            let toets = try #require(WebTestApp.section(supplementary, from: "id=\"toets\"", length: 6000))
            #expect(toets.contains("Nazorg: <strong>ontbreekt</strong>"))
            let (_, report) = try await WebTestApp.get(client, "/brieven/000_99295b712c9ec60a")
            #expect(!report.contains("id=\"toets\""))
        }
    }

    @Test func anUploadedLetterLandsOnItsReviewPageAndAnAcceptedFactIsAudited() async throws {
        try await WebTestApp.run(prepare: WebSession.addAccounts) { client in
            let session = try await WebSession.login(client, "analist")
            // The list of letters is kept encoded until a write: asked for before, so kept.
            let (_, listBefore) = try await WebTestApp.get(client, "/api/v1/documents", cookie: session.cookie)
            #expect(listBefore.contains("\"id\":\"004_a5c8b23f8fb2d6ff\"") && !listBefore.contains("\"id\":\"nieuw\""))
            let letter = try Data(contentsOf: Corpus.folder.appendingPathComponent("004_a5c8b23f8fb2d6ff.txt"))
            var changed = String(decoding: letter, as: UTF8.self)
            changed += "\nNaschrift bij deze test.\n"
            let boundary = "----kadertest"
            var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"brieven\"; filename=\"nieuw.txt\"\r\n"
            body += "Content-Type: text/plain\r\n\r\n\(changed)\r\n--\(boundary)--\r\n"
            let upload = try await client.execute(
                uri: "/invoeren/brieven?csrf=\(session.csrf)", method: .post,
                headers: [.cookie: session.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"],
                body: ByteBuffer(string: body)
            ) { ($0.status, $0.headers[.location]) }
            #expect(upload.0 == .seeOther)
            let location = try #require(upload.1)
            #expect(location == "/brieven/nieuw#voorstellen")
            let (_, listAfter) = try await WebTestApp.get(client, "/api/v1/documents", cookie: session.cookie)
            #expect(listAfter.contains("\"id\":\"nieuw\""))
            let (_, page) = try await WebTestApp.get(client, "/brieven/nieuw", cookie: session.cookie)
            let action = try #require(page.firstMatch(of: /action="(\/brieven\/nieuw\/feiten\/[^"]+\/accepteren)"/))
            let accept = String(action.output.1)
            let (status, _, _) = try await WebSession.post(
                client, accept, ["verwacht": "voorgesteld"], session: session)
            #expect(status == .seeOther)
            let (again, _, conflict) = try await WebSession.post(
                client, accept, ["verwacht": "voorgesteld"], session: session)
            #expect(again == .conflict)
            #expect(conflict.contains("intussen door een ander beoordeeld"))
        }
    }

    @Test func aLezerMayNotEnterOrReview() async throws {
        try await WebTestApp.run(prepare: WebSession.addAccounts) { client in
            let session = try await WebSession.login(client, "lezer")
            let (entry, _) = try await WebTestApp.get(client, "/invoeren", cookie: session.cookie)
            #expect(entry == .forbidden)
            let (post, _, _) = try await WebSession.post(
                client, "/invoeren/les", ["missie": "NMI", "les": "iets"], session: session)
            #expect(post == .forbidden)
        }
    }

    @Test func staffingEnteredByHandShowsWhoEnteredIt() async throws {
        try await WebTestApp.run(prepare: WebSession.addAccounts) { client in
            let session = try await WebSession.login(client, "analist")
            let (status, location, _) = try await WebSession.post(
                client, "/invoeren/bezetting",
                // Empty optional fields arrive as "", as a browser sends them.
                [
                    "bijdrage": "nmi-force-protection", "datum": "2024-06-01", "bezet": "131", "vrouwen": "12",
                    "militair": "", "mannen": "",
                ],
                session: session)
            #expect(status == .seeOther)
            #expect(location == "/invoeren?opgeslagen=bezetting")
            let (_, overview) = try await WebTestApp.get(client, "/?peildatum=2024-06-02", cookie: session.cookie)
            let row = try #require(
                WebTestApp.section(overview, from: "id=\"bijdrage-nmi-force-protection\"", length: 2500))
            #expect(row.contains("131 van 145"))
            #expect(row.contains("ingevoerd door analist"))
            let (bad, _, _) = try await WebSession.post(
                client, "/invoeren/bezetting", ["bijdrage": "bestaat-niet", "datum": "2024-06-01", "bezet": "1"],
                session: session)
            #expect(bad == .badRequest)
        }
    }
}
