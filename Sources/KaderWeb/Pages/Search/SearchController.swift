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
            var results: SearchResults?
            if let searchQuery = SearchQuery(q) {
                results = try await search.search(searchQuery, in: filters.scope(for: context, registry: registry))
            }
            let page = SearchPage(
                q: q, results: results, missionID: filters.missionID, type: filters.type, year: filters.year,
                registry: registry)
            return pages.render(page, template: "search", context: context)
        }
    }
}

/// The filters of a search, validated.
struct SearchFilters: Sendable {
    /// The letters to search: of the chosen type, year and mission, up to the asker's
    /// clearance (the index holds them all), so that the count and the ranking hold only those.
    func scope(for context: KaderRequestContext, registry: Registry) -> SearchScope {
        SearchScope(
            type: type, year: year, clearance: context.clearance,
            documentIDs: missionID.map { registry.documentIDs(mentioning: $0) })
    }

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
