import Foundation
import KaderReport
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
    /// that the route tests catch. The header shows who is signed in, and every form gets
    /// the session's CSRF token (templates write `__CSRF__` where it goes).
    func render(_ model: some Sendable, template: String, context: KaderRequestContext) -> HTMLResponse {
        guard var html = library.render(model, withTemplate: template) else {
            return HTMLResponse(
                html: "<!doctype html><title>Fout</title><p>Sjabloon \(template) ontbreekt.",
                status: .internalServerError)
        }
        html = html.replacingOccurrences(of: "<!--gebruiker-->", with: Self.userBar(context.identity))
        html = html.replacingOccurrences(of: "__CSRF__", with: context.identity?.csrfToken ?? "")
        return HTMLResponse(html: html)
    }

    static func userBar(_ identity: Identity?) -> String {
        guard let identity else { return "<a class=\"gebruiker\" href=\"/inloggen\">Inloggen</a>" }
        let account = identity.account
        return """
            <form class="gebruiker" method="post" action="/uitloggen"><span>\(SVG.escape(account.displayName)) \
            (\(account.role.rawValue), \(account.clearance.label))</span> \
            <input type="hidden" name="csrf" value="\(identity.csrfToken ?? "")"><button type="submit">Uitloggen</button></form>
            """
    }
}

/// A setup error of the web layer.
struct WebError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
