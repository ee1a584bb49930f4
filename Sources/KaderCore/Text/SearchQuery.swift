import Foundation

/// A user's search words, cleaned for the database's full-text engines.
///
/// Words are lowercased and stripped of diacritics and punctuation, so no input can
/// reach the engine's query syntax. For SQLite each word becomes a prefix of its Dutch
/// stem ("militairen" → `militair`, "bijdragen" → `bijdrag`), so that inflected forms
/// find each other; PostgreSQL stems with its own `dutch` configuration.
public struct SearchQuery: Sendable, Equatable {
    /// The words as typed, folded.
    public let words: [String]

    /// nil when the text holds no word to search for.
    public init?(_ text: String) {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl"))
            .lowercased()
        let words = folded.split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        self.words = Array(words.prefix(12))
    }

    /// One word as the index is asked for it.
    public struct Term: Sendable, Equatable {
        /// The stem, or the word itself when it is shorter than four letters.
        public let text: String
        /// True when every indexed word that starts with `text` matches ("bijdrag" finds
        /// "bijdrage" and "bijdragen"); false for short words, found as they are ("EU").
        public let isPrefix: Bool

        public init(text: String, isPrefix: Bool) {
            self.text = text
            self.isPrefix = isPrefix
        }
    }

    /// The words as the index is asked for them: a stem as a prefix, a short word whole.
    public var terms: [Term] {
        words.map { word in
            let stem = SearchQuery.stem(word)
            return Term(text: stem, isPrefix: stem.count >= 4)
        }
    }

    /// An FTS5 MATCH expression: every group must match, by any of its words; every word
    /// quoted, so no input reaches FTS5's query syntax.
    public static func fts5(allOf groups: [[String]]) -> String {
        groups.map { group in
            let quoted = group.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            return quoted.count == 1 ? quoted[0] : "(" + quoted.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    /// The words joined by spaces, for PostgreSQL's `websearch_to_tsquery`.
    public var plain: String { words.joined(separator: " ") }

    /// A light Dutch stem: common plural and inflection endings removed, never below
    /// four letters, a doubled final consonant undoubled ("troepen" → "troep").
    public static func stem(_ word: String) -> String {
        guard word.count > 4, word.allSatisfy(\.isLetter) else { return word }
        var stem = word
        for ending in ["heden", "eren", "en", "es", "s", "e"] where stem.hasSuffix(ending) {
            if stem.count - ending.count >= 4 {
                stem.removeLast(ending.count)
                break
            }
        }
        if let last = stem.last, stem.count > 4, stem.dropLast().last == last, !"aeiou".contains(last) {
            stem.removeLast()
        }
        return stem
    }
}
