/// Words and phrases looked for in a text, with A–Z read as a–z; a space in a phrase stands
/// for a run of white space, as `\s+` in a pattern. For a pattern that is no more than such
/// alternatives and asked only whether it matches: the words are found in one pass
/// (`LiteralSet`), the phrases word by word, where the pattern's engine read the sentence
/// as UTF-16 and folded the case of every character.
struct PhraseSet: Sendable {
    private let words: LiteralSet
    /// Each phrase's words, as strings (for the sketch) and as scalars.
    private let phrases: [[(word: String, scalars: [Unicode.Scalar])]]

    init(_ entries: [String]) {
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
}
