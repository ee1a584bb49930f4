import Foundation
import KaderCore
import KaderReport
import KaderStore

/// Full-text search over the letters, with filters by mission, type and year.
struct SearchPage: Sendable {
    struct Hit: Sendable {
        let href: String
        let title: String
        let type: String
        let date: String?
        /// Escaped text with `<mark>` around the matched words.
        let snippetHTML: String
    }

    let title = "Zoeken"
    let q: String
    let searched: Bool
    let hits: [Hit]
    let count: Int
    /// "1 brief gevonden.", "120 brieven gevonden; de 50 best passende staan hieronder." or,
    /// beyond the ranked letters, what the order is among.
    let countLabel: String
    let hasHits: Bool
    let missionOptions: [SelectOption]
    let typeOptions: [SelectOption]
    let jaar: String

    init(
        q: String, results: SearchResults?, missionID: String?, type: DocumentType?, year: Int?, registry: Registry
    ) {
        self.q = q
        searched = results != nil
        self.hits = (results?.hits ?? []).map { hit in
            Hit(
                href: "/brieven/\(hit.documentID)", title: hit.title, type: hit.type.label, date: hit.date?.dutch,
                snippetHTML: SearchPage.markup(hit.snippet))
        }
        count = self.hits.count
        countLabel = Self.countLabel(results ?? .none)
        hasHits = !self.hits.isEmpty
        missionOptions =
            [SelectOption(value: "", label: "alle missies", selected: missionID == nil)]
            + registry.missions.map(\.id).sorted().map { SelectOption(value: $0, label: $0, selected: $0 == missionID) }
        typeOptions =
            [SelectOption(value: "", label: "alle soorten", selected: type == nil)]
            + DocumentType.allCases.map { SelectOption(value: $0.rawValue, label: $0.label, selected: $0 == type) }
        jaar = year.map(String.init) ?? ""
    }

    static func countLabel(_ results: SearchResults) -> String {
        let matched = results.matched.formatted(.number.locale(Locale(identifier: "nl_NL")))
        if results.capped {
            return "Meer dan \(matched) brieven gevonden. Hieronder de \(results.hits.count) best passende van de "
                + "\(matched) laatst ingelezen; met missie, soort of jaar zoekt u gerichter."
        }
        let found = results.matched == 1 ? "1 brief gevonden" : "\(matched) brieven gevonden"
        return results.matched > results.hits.count
            ? "\(found); de \(results.hits.count) best passende staan hieronder." : "\(found)."
    }

    /// Escapes the snippet, then turns the engine's private-use markers into `<mark>`.
    static func markup(_ snippet: String) -> String {
        HTMLEscape.text(snippet) { scalar in
            switch scalar {
            case "\n": " "
            case markStart: "<mark>"
            case markEnd: "</mark>"
            default: nil
            }
        }
    }

    private static let markStart = SearchHit.markStart.unicodeScalars.first!
    private static let markEnd = SearchHit.markEnd.unicodeScalars.first!
}
