import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KaderTestSupport
import KaderWeb
import Testing

/// The JSON API and its OpenAPI description, on the real corpus.
@Suite struct APITests {
    func json(_ client: some TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, Any) {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, "\(uri)")
            return (response.status, try JSONSerialization.jsonObject(with: Data(buffer: response.body)))
        }
    }

    @Test func theOpenAPIDocumentListsExactlyTheRoutesTheRouterServes() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let built = try await buildRouter(
            config: AppConfig(
                sqlitePath: testDatabase.sqlitePath, databaseURL: testDatabase.databaseURL,
                corpusPath: Corpus.folder.path))
        let served = Set(
            built.routes.filter { $0.contains(" /api/v1") }
                .map { line -> String in
                    // "GET /api/v1/missions/:id" → "GET /api/v1/missions/{id}"
                    line.replacing(/:(\w+)/) { "{\($0.output.1)}" }
                })
        await built.database.close()
        let document = try #require(
            try JSONSerialization.jsonObject(
                with: Data(
                    contentsOf: Corpus.repositoryRoot
                        .appendingPathComponent("Sources/KaderWeb/OpenAPI/openapi.json"))) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let described = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        #expect(served.count >= 10)
        #expect(described == served)
    }

    @Test func everyDescribedPathAnswersWithJSON() async throws {
        try await WebTestApp.run { client in
            let (status, body) = try await json(client, "/api/v1/openapi.json")
            #expect(status == .ok)
            let paths = try #require((body as? [String: Any])?["paths"] as? [String: Any])
            for path in paths.keys {
                let uri =
                    path.replacingOccurrences(
                        of: "{id}", with: path.contains("missions") ? "NMI" : "004_a5c8b23f8fb2d6ff")
                    + (path.hasSuffix("/search") ? "?q=Irak" : "")
                let (pathStatus, _) = try await json(client, uri)
                #expect(pathStatus == .ok, "\(uri)")
            }
        }
    }

    @Test func aSearchSaysHowManyLettersMatchedBesideTheHitsOfTheMission() async throws {
        try await WebTestApp.run { client in
            try await client.execute(uri: "/api/v1/search?q=Irak", method: .get) { response in
                #expect(response.headers[HTTPField.Name("Kader-Matches")!] == "5")
            }
            // NMI's letters only: counted after the mission narrowed them, not before.
            try await client.execute(uri: "/api/v1/search?q=Irak&mission=NMI", method: .get) { response in
                let hits = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [Any])
                #expect(response.headers[HTTPField.Name("Kader-Matches")!] == "\(hits.count)")
                #expect(!hits.isEmpty && hits.count < 5)
            }
        }
    }

    @Test func contributionsAsOfADayCarryTheirCapEndAndSource() async throws {
        try await WebTestApp.run { client in
            let (_, body) = try await json(client, "/api/v1/contributions?as_of=2025-03-01")
            let rows = try #require(body as? [[String: Any]])
            let fp = try #require(rows.first { $0["contribution"] as? String == "nmi-force-protection" })
            #expect(fp["end"] as? String == "2025-06-30")
            #expect((fp["cap"] as? [String: Any])?["count"] as? Int == 145)
            let source = try #require(fp["end_source"] as? [String: Any])
            #expect(source["document"] as? String == "001_58c76a8e68136705")
        }
    }

    @Test func errorsAreJSONWithAStatus() async throws {
        try await WebTestApp.run { client in
            let (status, body) = try await json(client, "/api/v1/missions/ONBEKEND")
            #expect(status == .notFound)
            #expect((body as? [String: Any])?["status"] as? Int == 404)
            let (bad, badBody) = try await json(client, "/api/v1/contributions?as_of=gisteren")
            #expect(bad == .badRequest)
            #expect(((badBody as? [String: Any])?["error"] as? String)?.contains("gisteren") == true)
            let (missing, _) = try await json(client, "/api/v1/bestaat-niet")
            #expect(missing == .notFound)
        }
    }

    @Test func factsPointAtTheirSentenceInTheLetter() async throws {
        try await WebTestApp.run { client in
            let (_, documentBody) = try await json(client, "/api/v1/documents/004_a5c8b23f8fb2d6ff")
            let text = try #require((documentBody as? [String: Any])?["text"] as? String)
            let (_, body) = try await json(client, "/api/v1/documents/004_a5c8b23f8fb2d6ff/facts")
            let facts = try #require(body as? [[String: Any]])
            #expect(facts.count > 5)
            let scalars = Array(text.unicodeScalars)
            for fact in facts {
                let source = try #require(fact["source"] as? [String: Any])
                let start = try #require(source["start"] as? Int)
                let end = try #require(source["end"] as? Int)
                var quote = String.UnicodeScalarView()
                quote.append(contentsOf: scalars[start..<end])
                #expect(String(quote) == source["quote"] as? String)
            }
        }
    }
}
