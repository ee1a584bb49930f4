import Hummingbird
import KaderCore
import KaderStore

/// Serves `/zoeken?q=&missie=&soort=&jaar=`.
struct SearchController: Sendable {
    let cache: RegistryCache
    let search: SearchRepository
    let pages: PageRenderer

    func register(on router: Router<KaderRequestContext>) {
        router.get("/zoeken") { request, context in
            let query = request.uri.queryParameters
            let q = query.get("q") ?? ""
            let filters = try SearchFilters { query.get($0) }
            let registry = try await cache.registry(for: context)
            var hits: [SearchHit]?
            if let searchQuery = SearchQuery(q) {
                // Only letters the asker may read (the search index holds them all).
                let readable = try await cache.documents(clearance: context.clearance)
                hits = try await search.search(searchQuery, type: filters.type, year: filters.year)
                    .filter { readable[$0.documentID] != nil }
                if let mission = filters.missionID {
                    let ids = registry.documentIDs(mentioning: mission)
                    hits = hits?.filter { ids.contains($0.documentID) }
                }
            }
            let page = SearchPage(
                q: q, hits: hits, missionID: filters.missionID, type: filters.type, year: filters.year,
                registry: registry)
            return pages.render(page, template: "search", context: context)
        }
    }
}

/// The filters of a search, validated.
struct SearchFilters: Sendable {
    let missionID: String?
    let type: DocumentType?
    let year: Int?

    /// - Parameter parameter: the query parameter of a name, as the request has it.
    init(_ parameter: (String) -> String?) throws {
        func value(_ name: String) -> String? { parameter(name).flatMap { $0.isEmpty ? nil : $0 } }
        missionID = value("missie")
        if let raw = value("soort") {
            guard let type = DocumentType(rawValue: raw) else {
                throw HTTPError(.badRequest, message: "Onbekende soort brief ‘\(raw)’.")
            }
            self.type = type
        } else {
            type = nil
        }
        if let raw = value("jaar") {
            guard let year = Int(raw), (1900...2200).contains(year) else {
                throw HTTPError(.badRequest, message: "‘\(raw)’ is geen jaartal; gebruik bijvoorbeeld 2023.")
            }
            self.year = year
        } else {
            year = nil
        }
    }
}
