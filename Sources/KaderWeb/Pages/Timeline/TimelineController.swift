import Hummingbird
import KaderCore

/// Serves `/tijdlijn?van=&tot=&peildatum=`.
struct TimelineController: Sendable {
    let cache: RegistryCache
    let pages: PageRenderer

    func register(on router: Router<KaderRequestContext>) {
        router.get("/tijdlijn") { request, context in
            let query = request.uri.queryParameters
            let from = try PeilDatum.parse(query.get("van"), name: "begindatum (van)")
            let to = try PeilDatum.parse(query.get("tot"), name: "einddatum (tot)")
            if let from, let to, to < from {
                throw HTTPError(.badRequest, message: "De einddatum ligt vóór de begindatum.")
            }
            let peildatum = try PeilDatum.parse(query.get("peildatum")) ?? Day.today()
            let key = "\(from?.iso ?? "") \(to?.iso ?? "") \(peildatum.iso)"
            return try await pages.render(template: "timeline", context: context, cache: cache, key: key) {
                TimelinePage(
                    registry: try await cache.registry(for: context), from: from, to: to, peildatum: peildatum)
            }
        }
    }
}
