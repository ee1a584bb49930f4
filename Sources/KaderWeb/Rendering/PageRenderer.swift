import Foundation
import Mustache

/// Renders page view models with the Mustache templates in `Templates/`.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    static func load() async throws -> PageRenderer {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw WebError("the Templates folder is missing from the KaderWeb bundle")
        }
        return PageRenderer(library: try await MustacheLibrary(directory: folder.path))
    }

    /// The page `template` filled from `model`; a missing template is a programming error
    /// that the route tests catch.
    func render(_ model: some Sendable, template: String) -> HTMLResponse {
        guard let html = library.render(model, withTemplate: template) else {
            return HTMLResponse(
                html: "<!doctype html><title>Fout</title><p>Sjabloon \(template) ontbreekt.",
                status: .internalServerError)
        }
        return HTMLResponse(html: html)
    }
}

/// A setup error of the web layer.
struct WebError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
