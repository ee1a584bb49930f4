import Hummingbird
import KaderCore

/// Serves `/toezeggingen?status=&missie=`.
struct CommitmentsController: Sendable {
    let cache: RegistryCache
    let pages: PageRenderer

    func register(on router: Router<KaderRequestContext>) {
        router.get("/toezeggingen") { request, context in
            let query = request.uri.queryParameters
            var status: CommitmentStatus?
            if let raw = query.get("status"), !raw.isEmpty {
                guard let parsed = CommitmentStatus(rawValue: raw) else {
                    throw HTTPError(.badRequest, message: "Onbekende status ‘\(raw)’: kies open, met of dropped.")
                }
                status = parsed
            }
            let mission = query.get("missie").flatMap { $0.isEmpty ? nil : $0 }
            let page = CommitmentsPage(
                registry: try await cache.registry(for: context), status: status, missionID: mission,
                documents: try await cache.documents(clearance: context.clearance))
            return pages.render(page, template: "commitments", context: context)
        }
    }
}
