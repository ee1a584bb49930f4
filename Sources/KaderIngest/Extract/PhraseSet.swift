/// Words and phrases looked for in a text, with A–Z read as a–z; a space in a phrase stands
/// for a run of white space, as `\s+` in a pattern. `WordPattern` uses one for a pattern
/// that is no more than such alternatives: the words are found in one pass (`LiteralSet`),
/// the phrases word by word, where the pattern's engine read the sentence as UTF-16 and
/// folded the case of every character.
struct PhraseSet: Sendable {
    private let words: LiteralSet
    /// Each phrase's words, as strings (for the sketch) and as scalars.
    private let phrases: [[(word: String, scalars: [Unicode.Scalar])]]
    /// Each word or phrase's longest word: one of them stands in every text the set occurs
    /// in ("hogen" for "op te hogen": "op" stands in nearly every sentence).
    let keyWords: [String]

    init(_ entries: [String]) {
        keyWords = entries.map { entry in
            String(entry.split(separator: " ").max { $0.count < $1.count } ?? Substring(entry))
        }
        words = LiteralSet(entries.filter { !$0.contains(" ") })
        phrases = entries.filter { $0.contains(" ") }.map { phrase in
            phrase.split(separator: " ").map { (String($0), Array($0.unicodeScalars)) }
        }
    }

    /// Whether the text holds one of the words or phrases.
    func occurs(in text: ScalarText) -> Bool {
        text.mayContain(words) || phrases.contains { Self.phrase($0, occursIn: text) }
    }

    private static func phrase(_ parts: [(word: String, scalars: [Unicode.Scalar])], occursIn text: ScalarText)
        -> Bool
    {
        guard let first = parts.first?.scalars, parts.allSatisfy({ text.mayHold($0.word) }) else { return false }
        let scalars = text.scalars
        var start = 0
        while start + first.count <= scalars.count {
            defer { start += 1 }
            guard ScalarText.equal(scalars, at: start, first, foldingASCIICase: true) else { continue }
            var at = start + first.count
            let rest = parts.dropFirst().allSatisfy { part in
                let spaces = at
                while at < scalars.count, scalars[at].isWhitespaceQuick { at += 1 }
                guard at > spaces, at + part.scalars.count <= scalars.count,
                    ScalarText.equal(scalars, at: at, part.scalars, foldingASCIICase: true)
                else { return false }
                at += part.scalars.count
                return true
            }
            if rest { return true }
        }
        return false
    }

    /// The phrases a case-insensitive pattern stands for, when it is no more than ASCII letters
    /// and digits, `\s+`, alternatives, `(?:…)` groups and `?` after a letter or a group:
    /// "(?:uw|de)\s+Kamer|parlement" is "uw kamer", "de kamer" and "parlement". Nil for any
    /// other pattern, and for one whose phrases start or end in white space.
    init?(pattern: String) {
        var parser = PatternExpander(scalars: Array(pattern.unicodeScalars))
        guard let phrases = parser.alternatives(), parser.atEnd, !phrases.isEmpty, phrases.count <= 256,
            phrases.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(" ") && !$0.hasSuffix(" ") && !$0.contains("  ") })
        else { return nil }
        self.init(phrases.map { $0.lowercased() })
    }
}

/// Expands the simple patterns `PhraseSet(pattern:)` takes into their phrases.
private struct PatternExpander {
    let scalars: [Unicode.Scalar]
    var index = 0

    var atEnd: Bool { index == scalars.count }

    /// `a|b|…` up to a ")" or the end.
    mutating func alternatives() -> [String]? {
        var all: [String] = []
        while true {
            guard let sequence = sequence() else { return nil }
            all += sequence
            guard index < scalars.count, scalars[index] == "|" else { return all }
            index += 1
        }
    }

    /// Items in a row, each with its options, multiplied out.
    private mutating func sequence() -> [String]? {
        var expanded = [""]
        while index < scalars.count, scalars[index] != "|", scalars[index] != ")" {
            guard var options = item() else { return nil }
            if index < scalars.count, scalars[index] == "?" {
                options.append("")
                index += 1
            }
            expanded = expanded.flatMap { head in options.map { head + $0 } }
            if expanded.count > 256 { return nil }
        }
        return expanded
    }

    /// A letter or digit, `\s+` (as a space) or a `(?:…)` group.
    private mutating func item() -> [String]? {
        let scalar = scalars[index]
        if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            index += 1
            return [String(scalar)]
        }
        if scalars[index...].starts(with: #"\s+"#.unicodeScalars) {
            index += 3
            return [" "]
        }
        guard scalars[index...].starts(with: "(?:".unicodeScalars) else { return nil }
        index += 3
        guard let inner = alternatives(), index < scalars.count, scalars[index] == ")" else { return nil }
        index += 1
        return inner
    }
}
