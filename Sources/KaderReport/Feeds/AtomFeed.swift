import Foundation
import KaderCore

/// An Atom feed (RFC 4287) of the newest letters and decisions, newest first.
public struct AtomFeed: Sendable {
    public let registry: Registry
    public let baseURL: String

    public init(registry: Registry, baseURL: String) {
        self.registry = registry
        self.baseURL = baseURL
    }

    struct Entry {
        let id: String
        let title: String
        let day: Day
        let link: String
        let summary: String
    }

    var entries: [Entry] {
        var entries: [Entry] = registry.documents.compactMap { document in
            guard let day = document.effectiveDate else { return nil }
            return Entry(
                id: "kader:brief:\(document.id)", title: "Brief: \(document.title)", day: day,
                link: "\(baseURL)/brieven/\(document.id)", summary: "\(document.type.label), \(day.dutch)")
        }
        let components = Dictionary(registry.contributions.map { ($0.id, "\($0.missionID) \($0.component)") }) { a, _ in
            a
        }
        for decision in registry.decisions {
            var title =
                "Besluit: \(components[decision.contributionID] ?? decision.contributionID) \(decision.action.label)"
            if let cap = decision.cap { title += ", \(cap)" }
            if let end = decision.period.end { title += ", tot en met \(end.dutch)" }
            let link = decision.provenance.span.map { baseURL + $0.letterPath }
            entries.append(
                Entry(
                    id: "kader:besluit:\(decision.id)", title: title, day: decision.date, link: link ?? baseURL + "/",
                    summary: decision.provenance.span.map { QuoteText.clean($0.quote) } ?? ""))
        }
        return entries.sorted { ($0.day, $0.id) > ($1.day, $1.id) }
    }

    public func render(limit: Int = 100) -> String {
        let shown = entries.prefix(limit)
        let updated = shown.first.map { "\($0.day.iso)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
            <title>Kader: nieuwe brieven en besluiten</title>
            <id>kader:feed</id>
            <updated>\(updated)</updated>
            <link rel="self" href="\(SVG.escape(baseURL))/feed.atom"/>
            <author><name>Kader</name></author>

            """
        for entry in shown {
            xml += """
                <entry><id>\(SVG.escape(entry.id))</id><title>\(SVG.escape(entry.title))</title>\
                <updated>\(entry.day.iso)T00:00:00Z</updated><link href="\(SVG.escape(entry.link))"/>\
                <summary>\(SVG.escape(entry.summary))</summary></entry>

                """
        }
        return xml + "</feed>\n"
    }
}
