import Foundation
import Hummingbird
import HummingbirdTesting
import KaderTestSupport
import KaderWeb
import Testing

/// The web app on a real SQLite file loaded from the real corpus.
@Suite struct OverviewTests {
    func withApp(corpus: String? = Corpus.folder.path, _ test: @Sendable (any TestClientProtocol) async throws -> Void)
        async throws
    {
        try await WebTestApp.run(corpus: corpus, test)
    }

    func page(_ client: some TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await WebTestApp.get(client, uri)
    }

    @Test func showsTheNMIForceProtectionUntilTheEndOf2024InJune2024() async throws {
        try await withApp { client in
            let (status, html) = try await page(client, "/?peildatum=2024-06-01")
            #expect(status == .ok)
            #expect(html.contains("<html lang=\"nl\">"))
            let row = try #require(html.range(of: "id=\"bijdrage-nmi-force-protection\""))
            let rowHTML = String(html[row.lowerBound...].prefix(2000))
            #expect(rowHTML.contains("circa 145"))
            #expect(rowHTML.contains("31 december 2024"))
            #expect(rowHTML.contains("href=\"/brieven/004_a5c8b23f8fb2d6ff#bron-"))
        }
    }

    @Test func showsTheExtensionToJune2025AndTheEUAMCapOfSevenInMarch2025() async throws {
        try await withApp { client in
            let (_, html) = try await page(client, "/?peildatum=2025-03-01")
            let row = try #require(html.range(of: "id=\"bijdrage-nmi-force-protection\""))
            let rowHTML = String(html[row.lowerBound...].prefix(2000))
            #expect(rowHTML.contains("30 juni 2025"))
            #expect(rowHTML.contains("href=\"/brieven/001_58c76a8e68136705#bron-"))
            let euam = try #require(html.range(of: "id=\"missie-EUAM\""))
            #expect(String(html[euam.lowerBound...].prefix(3000)).contains("maximaal 7"))
        }
    }

    @Test func anInvalidPeildatumGetsADutchErrorPage() async throws {
        try await withApp { client in
            let (status, html) = try await page(client, "/?peildatum=31-12-2024")
            #expect(status == .badRequest)
            #expect(html.contains("geen geldige datum"))
        }
    }

    @Test func aSourceLinkLeadsToTheMarkedSentenceInTheLetter() async throws {
        try await withApp { client in
            let (_, overview) = try await page(client, "/?peildatum=2024-06-01")
            let link = try #require(overview.firstMatch(of: /href="(\/brieven\/004_a5c8b23f8fb2d6ff)#(bron-\d+-\d+)"/))
            let (status, letter) = try await page(client, String(link.output.1))
            #expect(status == .ok)
            #expect(letter.contains("id=\"\(link.output.2)\""))
            #expect(letter.contains("<mark>"))
            #expect(letter.contains("7 juli 2023"))
        }
    }

    @Test func anUnknownLetterIsANotFoundPageInDutch() async throws {
        try await withApp { client in
            let (status, html) = try await page(client, "/brieven/bestaat-niet")
            #expect(status == .notFound)
            #expect(html.contains("Er is geen brief met kenmerk"))
        }
    }

    @Test func withoutACorpusThePageSaysHowToAddLetters() async throws {
        try await withApp(corpus: "/nonexistent-corpus") { client in
            let (status, html) = try await page(client, "/")
            #expect(status == .ok)
            #expect(html.contains("De database is leeg"))
        }
    }
}
