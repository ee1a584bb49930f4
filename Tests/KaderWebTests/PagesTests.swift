import Foundation
import Hummingbird
import HummingbirdTesting
import KaderTestSupport
import Testing

@testable import KaderWeb

/// The timeline, mission, commitments and search pages on the real corpus.
@Suite struct PagesTests {
    @Test func theTimelineDrawsEveryFrameworkWithLinkedDecisions() async throws {
        try await WebTestApp.run { client in
            let (status, html) = try await WebTestApp.get(client, "/tijdlijn?peildatum=2024-06-01")
            #expect(status == .ok)
            #expect(html.contains("<svg"))
            #expect(html.contains("NMI · force protection-compagnie"))
            #expect(html.contains("href=\"/brieven/004_a5c8b23f8fb2d6ff#bron-"))
            let zoomed = try await WebTestApp.get(client, "/tijdlijn?van=2024-01-01&tot=2024-12-31")
            #expect(zoomed.1.contains("1 januari 2024 tot en met 31 december 2024"))
            #expect(!zoomed.1.contains("ATFME · vier F-16"))
        }
    }

    @Test func aTimelineThatEndsBeforeItStartsIsRefused() async throws {
        try await WebTestApp.run { client in
            let (status, html) = try await WebTestApp.get(client, "/tijdlijn?van=2024-01-01&tot=2020-01-01")
            #expect(status == .badRequest)
            #expect(html.contains("vóór de begindatum"))
        }
    }

    @Test func theMissionPageShowsContributionsDecisionsCostsAndLetters() async throws {
        try await WebTestApp.run { client in
            let (status, html) = try await WebTestApp.get(client, "/missies/nmi?peildatum=2024-06-01")
            #expect(status == .ok)
            let row = try #require(WebTestApp.section(html, from: "id=\"bijdrage-nmi-force-protection\"", length: 1500))
            #expect(row.contains("circa 145"))
            #expect(html.contains("Besluiten door de tijd"))
            #expect(html.contains("Personeel: kader en bezetting"))
            #expect(html.contains("href=\"/brieven/001_58c76a8e68136705\""))
        }
    }

    @Test func theMissionPageShowsTheMonitoringVisitAndIndicators() async throws {
        try await WebTestApp.run { client in
            let (_, html) = try await WebTestApp.get(client, "/missies/OIR?peildatum=2021-03-01")
            let indicators = try #require(WebTestApp.section(html, from: "<h2>Indicatoren</h2>", length: 20000))
            #expect(indicators.contains("606"))
            #expect(!html.contains("Geen indicatoren vastgelegd"))
        }
    }

    @Test func anUnknownMissionIsNotFound() async throws {
        try await WebTestApp.run { client in
            let (status, html) = try await WebTestApp.get(client, "/missies/ONBEKEND")
            #expect(status == .notFound)
            #expect(html.contains("Er is geen missie met de naam"))
        }
    }

    @Test func commitmentsCanBeFilteredByStatus() async throws {
        try await WebTestApp.run { client in
            let (_, all) = try await WebTestApp.get(client, "/toezeggingen")
            let total = try #require(all.firstMatch(of: /(\d+) van de (\d+) toezeggingen/))
            #expect(total.output.1 == total.output.2)
            let (_, met) = try await WebTestApp.get(client, "/toezeggingen?status=met")
            let filtered = try #require(met.firstMatch(of: /(\d+) van de (\d+) toezeggingen/))
            #expect(Int(filtered.output.1)! < Int(filtered.output.2)!)
            #expect(!met.contains("class=\"status open\""))
            let (bad, _) = try await WebTestApp.get(client, "/toezeggingen?status=misschien")
            #expect(bad == .badRequest)
        }
    }

    @Test func aSnippetIsEscapedOnOneLineWithItsMatchesMarked() {
        let snippet = "a <b> & \u{E000}Erbil\u{E001}\n'q\" ’s"
        #expect(SearchPage.markup(snippet) == "a &lt;b&gt; &amp; <mark>Erbil</mark> &#39;q&quot; ’s")
    }

    @Test func searchMarksTheWordsAndFiltersByMission() async throws {
        try await WebTestApp.run { client in
            let (status, html) = try await WebTestApp.get(client, "/zoeken?q=helikopterdetachement")
            #expect(status == .ok)
            #expect(html.contains("<mark>"))
            #expect(html.contains("href=\"/brieven/001_58c76a8e68136705\""))
            let (_, filtered) = try await WebTestApp.get(client, "/zoeken?q=Irak&missie=PAWA")
            let (_, unfiltered) = try await WebTestApp.get(client, "/zoeken?q=Irak")
            #expect(unfiltered.contains("5 brieven gevonden"))
            #expect(!filtered.contains("5 brieven gevonden"))
            let (bad, _) = try await WebTestApp.get(client, "/zoeken?q=Irak&jaar=twintig")
            #expect(bad == .badRequest)
        }
    }

    @Test func searchSyntaxIsTreatedAsPlainWords() async throws {
        try await WebTestApp.run { client in
            let (status, html) = try await WebTestApp.get(client, "/zoeken?q=%22NEAR(%20AND%20*")
            #expect(status == .ok)
            #expect(html.contains("gevonden"))
        }
    }
}

/// The letter page's text: one anchor per sentence, however many facts come from it.
@Suite struct LetterAnchorTests {
    @Test func everyLetterPageGivesEachAnchorIdOnce() async throws {
        try await WebTestApp.run { client in
            for id in ["000_99295b712c9ec60a", "001_58c76a8e68136705", "004_a5c8b23f8fb2d6ff"] {
                let (status, html) = try await WebTestApp.get(client, "/brieven/\(id)")
                #expect(status == .ok)
                let ids = html.components(separatedBy: "id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
                var seen = Set<Substring>()
                let repeated = ids.filter { !seen.insert($0).inserted }
                #expect(ids.count > 20)
                #expect(repeated.isEmpty, "\(id): \(repeated)")
            }
        }
    }
}

/// The placeholder replacement every page goes through.
@Suite struct PlaceholderTests {
    @Test(arguments: [
        ("a __CSRF__ b __CSRF__", "a tok b tok"), ("__CSRF__", "tok"), ("geen", "geen"), ("", ""),
        ("__CSRF_ __CSRF__€ é__CSRF__", "__CSRF_ tok€ étok"), ("___CSRF__", "_tok"),
    ])
    func everyPlaceholderIsReplacedAndNothingElse(input: String, expected: String) {
        #expect(input.replacingAll("__CSRF__", with: "tok") == expected)
        #expect(input.replacingAll("__CSRF__", with: "tok") == input.replacingOccurrences(of: "__CSRF__", with: "tok"))
    }
}
