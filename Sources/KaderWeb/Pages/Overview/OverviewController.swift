import Hummingbird
import KaderCore

/// Serves `/`: the state of every mission on `?peildatum=` (today by default).
struct OverviewController: Sendable {
    let cache: RegistryCache
    let pages: PageRenderer
    let emptyHint: String?

    func register(on router: Router<KaderRequestContext>) {
        router.get("/") { request, context in try await overview(request, context: context) }
    }

    func overview(_ request: Request, context: KaderRequestContext) async throws -> HTMLResponse {
        let today = Day.today()
        let day = try PeilDatum.parse(request.uri.queryParameters.get("peildatum")) ?? today
        return try await pages.render(template: "overview", context: context, cache: cache, key: day.iso) {
            OverviewPage(
                registry: try await cache.registry(for: context), asOf: day, today: today, emptyHint: emptyHint,
                alerts: try await cache.alerts(clearance: context.clearance, asOf: day),
                documents: try await cache.documents(clearance: context.clearance))
        }
    }
}
