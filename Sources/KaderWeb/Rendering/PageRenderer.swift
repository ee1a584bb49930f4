import Foundation
import KaderCore
import KaderReport
import Mustache

#if canImport(Glibc)
    import Glibc
#endif

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
        guard let html = library.render(model, withTemplate: template) else { return Self.missing(template) }
        return personal(html, context: context)
    }

    /// As `render`, for a page that follows from the registry, the asker's clearance and
    /// role, the day and `key` (its query) alone: the filled template is kept in `cache`
    /// until the next write, and the model is not even made when it is there.
    func render<Model: Sendable>(
        template: String, context: KaderRequestContext, cache: RegistryCache, key: String,
        model: () async throws -> Model
    ) async throws -> HTMLResponse {
        let role = context.identity?.account.role.rawValue ?? "anoniem"
        let fullKey = "\(template) \(context.clearance.rawValue) \(role) \(Day.today().iso) \(key)"
        let (kept, generation) = await cache.page(fullKey)
        if let kept {
            // Nobody signed in: the page is the same for everyone and was kept as sent.
            if context.identity == nil { return HTMLResponse(body: kept.anonymous) }
            return personal(kept.html, context: context)
        }
        guard let html = library.render(try await model(), withTemplate: template) else {
            return Self.missing(template)
        }
        let anonymous = personal(html, identity: nil).body
        await cache.keep(page: .init(html: html, anonymous: anonymous), as: fullKey, generation: generation)
        return context.identity == nil ? HTMLResponse(body: anonymous) : personal(html, context: context)
    }

    /// The signed-in user's bar and CSRF token in a filled template.
    private func personal(_ html: String, context: KaderRequestContext) -> HTMLResponse {
        personal(html, identity: context.identity)
    }

    private func personal(_ html: String, identity: Identity?) -> HTMLResponse {
        HTMLResponse(
            html: html.replacingAll("<!--gebruiker-->", with: Self.userBar(identity))
                .replacingAll("__CSRF__", with: identity?.csrfToken ?? ""))
    }

    private static func missing(_ template: String) -> HTMLResponse {
        HTMLResponse(
            html: "<!doctype html><title>Fout</title><p>Sjabloon \(template) ontbreekt.", status: .internalServerError)
    }

    static func userBar(_ identity: Identity?) -> String {
        guard let identity else { return "<a class=\"gebruiker\" href=\"/inloggen\">Inloggen</a>" }
        let account = identity.account
        // Only a beheerder gets the way to the beheer page; the page itself checks the role too.
        let admin = account.role == .beheerder ? "<a href=\"/beheer\">Beheer</a> " : ""
        return """
            <form class="gebruiker" method="post" action="/uitloggen"><span>\(SVG.escape(account.displayName)) \
            (\(account.role.rawValue), \(account.clearance.label))</span> \(admin)\
            <input type="hidden" name="csrf" value="\(identity.csrfToken ?? "")"><button type="submit">Uitloggen</button></form>
            """
    }
}

/// A setup error of the web layer.
struct WebError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension String {
    /// Every `target` replaced, found with memchr and memcmp over the UTF-8 bytes and copied in runs:
    /// Foundation's `replacingOccurrences` was a fifth of the time of serving a page.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var source = self
        var needle = target
        return source.withUTF8 { bytes -> String in
            needle.withUTF8 { pattern -> String in
                guard let base = bytes.baseAddress, let patternBase = pattern.baseAddress, pattern.count > 0 else {
                    return self
                }
                var out: [UInt8] = []
                var copied = 0
                var search = 0
                // memchr finds the first byte, memcmp checks the rest.
                while search + pattern.count <= bytes.count,
                    let hit = memchr(base + search, Int32(pattern[0]), bytes.count - search - pattern.count + 1)
                {
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    guard memcmp(base + offset, patternBase, pattern.count) == 0 else {
                        search = offset + 1
                        continue
                    }
                    if out.isEmpty { out.reserveCapacity(bytes.count + replacement.utf8.count * 4) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<offset]))
                    out.append(contentsOf: replacement.utf8)
                    copied = offset + pattern.count
                    search = copied
                }
                guard copied > 0 else { return self }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}
