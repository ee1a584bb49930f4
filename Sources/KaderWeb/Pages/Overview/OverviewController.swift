import Hummingbird
import KaderCore
import KaderStore

/// Serves `/`: the state of every mission on `?peildatum=` (today by default).
struct OverviewController: Sendable {
    let repository: RegistryRepository
    let pages: PageRenderer
    let emptyHint: String?

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try await overview(request) }
    }

    func overview(_ request: Request) async throws -> HTMLResponse {
        let today = Day.today()
        let day = try PeilDatum.parse(request.uri.queryParameters.get("peildatum")) ?? today
        let registry = try await repository.load()
        return pages.render(
            OverviewPage(registry: registry, asOf: day, today: today, emptyHint: emptyHint), template: "overview")
    }
}

/// The `peildatum` query parameter: the day a page shows the registry as of.
enum PeilDatum {
    /// nil when absent or empty; a 400 with a Dutch message when it is not a date.
    static func parse(_ value: String?) throws -> Day? {
        guard let value, !value.isEmpty else { return nil }
        guard let day = Day(iso: value) else {
            throw HTTPError(
                .badRequest,
                message:
                    "De peildatum ‘\(value)’ is geen geldige datum. Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2024-06-01."
            )
        }
        return day
    }
}
