import Foundation
import KaderCore
import KaderTestSupport
import Testing

@Suite struct CuratedRegistryTests {
    func curated(_ json: String) throws -> CuratedRegistry {
        try CuratedRegistry.decode(Data(json.utf8))
    }

    let letter = Document(
        id: "brief", fileName: "brief.txt", title: "brief",
        text: "Het kabinet heeft besloten tot een inzet van circa 145 mili-\ntairen tot en met 31 december 2024.")

    func registryJSON(quote: String, document: String = "brief.txt", contribution: String = "fp") -> String {
        """
        {"deployment": {"id": "irak", "name": "Irak"},
         "documents": [{"file": "brief.txt", "kamerstuk": {"dossier": "27925", "number": 1}, "type": "artikel-100-brief",
                        "date": "2023-07-07", "addressee": "Tweede Kamer", "title": "Besluit"}],
         "missions": [{"id": "NMI", "fullName": "NATO Mission Iraq", "lead": "nato"}],
         "contributions": [{"id": "fp", "mission": "NMI", "component": "force protection", "kind": "military",
                            "ministry": "defensie", "article100": true}],
         "decisions": [{"id": "d1", "contribution": "\(contribution)", "date": "2023-07-07", "action": "establish",
                        "cap": {"count": 145, "qualifier": "circa"}, "start": "2024-01-01", "end": "2024-12-31",
                        "source": {"document": "\(document)", "quote": "\(quote)"}}]}
        """
    }

    @Test func resolvesEachQuoteToItsRangeInTheOriginalText() throws {
        let registry = try curated(registryJSON(quote: "circa 145 militairen tot en met 31 december 2024"))
            .resolve(letters: [letter])
        let span = try #require(registry.decisions.first?.provenance.span)
        #expect(span.documentID == "brief")
        #expect(span.quote == "circa 145 mili-\ntairen tot en met 31 december 2024")
        #expect(TextLocator.slice(letter.text, span.start..<span.end) == span.quote)
        #expect(registry.documents.first?.kamerstuk == KamerstukID(dossier: "27925", number: 1))
        #expect(registry.documents.first?.date == .at("2023-07-07"))
        #expect(registry.missions.first?.deployment == "irak")
    }

    @Test func refusesAQuoteThatIsNotInTheLetter() throws {
        #expect(throws: CuratedRegistryError.quoteNotFound(document: "brief.txt", quote: "circa 150 militairen")) {
            try curated(registryJSON(quote: "circa 150 militairen")).resolve(letters: [letter])
        }
    }

    @Test func refusesALetterThatIsNotLoaded() throws {
        #expect(throws: CuratedRegistryError.missingDocuments(["ander.txt"])) {
            try curated(registryJSON(quote: "circa 145", document: "ander.txt")).resolve(letters: [letter])
        }
    }

    @Test func refusesAnUnknownContribution() throws {
        #expect(throws: CuratedRegistryError.unknownID(kind: "contribution", id: "onbekend")) {
            try curated(registryJSON(quote: "circa 145", contribution: "onbekend")).resolve(letters: [letter])
        }
    }

    @Test func rejectsAnInvalidDateWithADecodingError() {
        let json = registryJSON(quote: "circa 145").replacingOccurrences(of: "2024-12-31", with: "2024-02-30")
        #expect(throws: DecodingError.self) { try curated(json) }
    }
}
