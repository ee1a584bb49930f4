import Foundation
import HTTPTypes
import Hummingbird
import KaderCore
import KaderReport
import KaderStore

/// The JSON API under `/api/v1`, described by `/api/v1/openapi.json`.
struct APIController: Sendable {
    /// On `/api/v1/search`: the letters that matched, "5000+" when more than are ranked.
    static let matchesHeader = HTTPField.Name("Kader-Matches")!
    let cache: RegistryCache
    let search: SearchRepository

    func register(on router: Router<KaderRequestContext>) {
        let api = router.group("api/v1")
        api.get("openapi.json") { _, context in try OpenAPIDocument.response() }
        api.get("missions") { _, context in JSONResponse(value: try await cache.registry(for: context).missions) }
        api.get("missions/:id") { _, context in
            let registry = try await cache.registry(for: context)
            let id = try context.parameters.require("id")
            guard let mission = registry.mission(named: id) else {
                throw HTTPError(.notFound, message: "Er is geen missie met de naam ‘\(id)’.")
            }
            return JSONResponse(
                value: MissionDetail(
                    mission: mission, contributions: registry.contributions.filter { $0.missionID == mission.id }))
        }
        api.get("contributions") { request, context in
            let day = try PeilDatum.parse(request.uri.queryParameters.get("as_of"), name: "as_of") ?? Day.today()
            return JSONResponse(value: StateReport(registry: try await cache.registry(for: context), asOf: day).rows)
        }
        api.get("decisions") { request, context in
            let contribution = request.uri.queryParameters.get("contribution")
            let decisions = try await cache.registry(for: context).decisions.filter {
                contribution == nil || $0.contributionID == contribution
            }
            return JSONResponse(value: decisions)
        }
        api.get("documents") { _, context in
            try await kept("documents", context) {
                try await cache.registry(for: context).documents.map(DocumentSummary.init)
            }
        }
        api.get("documents/:id") { _, context in
            JSONResponse(value: try await document(context))
        }
        api.get("documents/:id/facts") { _, context in
            let document = try await document(context)
            return JSONResponse(value: try await cache.registry(for: context).facts(in: document.id).map(FactView.init))
        }
        api.get("alerts") { request, context in
            let day = try PeilDatum.parse(request.uri.queryParameters.get("as_of"), name: "as_of") ?? Day.today()
            return JSONResponse(value: try await cache.alerts(clearance: context.clearance, asOf: day))
        }
        api.get("commitments") { _, context in JSONResponse(value: try await cache.registry(for: context).commitments) }
        api.get("costs") { _, context in JSONResponse(value: try await cache.registry(for: context).costs) }
        api.get("search") { request, context in
            let query = request.uri.queryParameters
            guard let searchQuery = SearchQuery(query.get("q") ?? "") else {
                throw HTTPError(.badRequest, message: "Geef zoekwoorden op met ?q=.")
            }
            // The API names its filters in English; the page in Dutch.
            let names = ["missie": "mission", "soort": "type", "jaar": "year"]
            let filters = try SearchFilters { query.get(names[$0] ?? $0) }
            let registry = try await cache.registry(for: context)
            let results = try await search.search(searchQuery, in: filters.scope(for: context, registry: registry))
            // How many letters matched, beside the best of them: "5000+" when more than are ranked.
            let matched = "\(results.matched)" + (results.capped ? "+" : "")
            return JSONResponse(
                value: results.hits.map {
                    SearchResult(
                        documentId: $0.documentID, title: $0.title, type: $0.type, date: $0.date,
                        snippetHtml: SearchPage.markup($0.snippet), href: "/brieven/\($0.documentID)")
                }, headers: [APIController.matchesHeader: matched])
        }
    }

    /// A body that follows from the registry and the asker's clearance alone, encoded once
    /// until the next write: the list of 50,000 letters is 11 MB of JSON (0.6 s to encode).
    private func kept<Value: Encodable & Sendable>(
        _ name: String, _ context: KaderRequestContext, _ value: () async throws -> Value
    ) async throws -> EncodedJSON {
        let key = "\(name) \(context.clearance.rawValue)"
        let (kept, generation) = await cache.body(key)
        if let kept { return EncodedJSON(body: kept) }
        let body = ByteBuffer(bytes: try JSONResponse<Value>.encoder.encode(try await value()))
        await cache.keep(body: body, as: key, generation: generation)
        return EncodedJSON(body: body)
    }

    private func document(_ context: KaderRequestContext) async throws -> Document {
        let id = try context.parameters.require("id")
        guard let document = try await cache.document(id: id, for: context) else {
            throw HTTPError(.notFound, message: "Er is geen brief met kenmerk ‘\(id)’.")
        }
        return document
    }
}
