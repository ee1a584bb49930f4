import Hummingbird
import KaderCore

/// Serves `/brieven/{id}`: one letter with its facts marked.
struct LetterController: Sendable {
    let cache: RegistryCache
    let pages: PageRenderer

    func register(on router: Router<KaderRequestContext>) {
        router.get("/brieven/:id") { _, context in
            let id = try context.parameters.require("id")
            return try await letter(id: id, context: context)
        }
    }

    func letter(id: String, context: KaderRequestContext) async throws -> HTMLResponse {
        let registry = try await cache.registry(for: context)
        guard let document = registry.documents.first(where: { $0.id == id }) else {
            throw HTTPError(.notFound, message: "Er is geen brief met kenmerk ‘\(id)’.")
        }
        return pages.render(LetterPage(document: document, registry: registry), template: "letter", context: context)
    }
}
