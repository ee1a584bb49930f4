import Hummingbird
import KaderCore

/// Serves `/missies/{naam}` (canonical name or alias, any case).
struct MissionController: Sendable {
    let cache: RegistryCache
    let pages: PageRenderer

    func register(on router: Router<KaderRequestContext>) {
        router.get("/missies/:naam") { request, context in
            let name = try context.parameters.require("naam")
            let day = try PeilDatum.parse(request.uri.queryParameters.get("peildatum")) ?? Day.today()
            let registry = try await cache.registry(for: context)
            guard let mission = registry.mission(named: name) else {
                throw HTTPError(.notFound, message: "Er is geen missie met de naam ‘\(name)’.")
            }
            return try await pages.render(
                template: "mission", context: context, cache: cache, key: "\(mission.id) \(day.iso)"
            ) {
                MissionPage(
                    mission: mission, registry: registry, asOf: day,
                    documents: try await cache.documents(clearance: context.clearance))
            }
        }
    }
}
