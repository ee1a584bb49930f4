import Foundation

/// The words of a letter around the first place where a search's words stand, with those
/// words marked. Made here from the indexed words the search asked for: FTS5's `snippet()`
/// tokenizes each hit's whole letter, about 0.35 ms a letter, 15–18 ms for 50 hits; this
/// reads a letter only up to its first match and the words after it.
struct SnippetMaker {
    /// The words that count as a match, folded as the index folds them.
    let words: Set<String>
    /// Words in a snippet, as `snippet(…, 24)` gave.
    var length = 24
    /// Words shown before the first match.
    var before = 6
    /// The lengths of `words`: an ASCII word of another length is no match, without folding it.
    private let lengths: Set<Int>

    init(words: Set<String>) {
        self.words = words
        lengths = Set(words.map(\.utf8.count))
    }

    private typealias Word = (range: Range<String.Index>, matched: Bool)

    func snippet(of text: String) -> String {
        let scalars = text.unicodeScalars
        var opening: [Word] = []  // the first words, shown when nothing matches
        var recent: [Word] = []  // the last words before a match
        var shown: [Word]?  // from the first match on
        var skipped = false
        var seen = 0  // words before the first match
        var more = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard Self.isWordScalar(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            if let words = shown, words.count >= length {
                more = true
                break
            }
            let start = index
            var ascii = true
            var count = 0
            while index < scalars.endIndex, Self.isWordScalar(scalars[index]) {
                if scalars[index].value >= 0x80 { ascii = false }
                count += 1
                index = scalars.index(after: index)
            }
            let candidate = !ascii || lengths.contains(count)
            let word: Word = (
                start..<index, candidate && words.contains(Self.folded(scalars[start..<index], ascii: ascii))
            )
            if shown != nil {
                shown!.append(word)
            } else if word.matched {
                skipped = seen > recent.count
                shown = recent + [word]
            } else {
                seen += 1
                if opening.count < length { opening.append(word) }
                recent.append(word)
                if recent.count > before { recent.removeFirst() }
            }
        }
        if let shown { return Self.render(shown, in: text, skipped: skipped, more: more) }
        return Self.render(opening, in: text, skipped: false, more: seen > opening.count)
    }

    private static func render(_ words: [Word], in text: String, skipped: Bool, more: Bool) -> String {
        guard let first = words.first else { return "" }
        let scalars = text.unicodeScalars
        var out = skipped ? "…" : ""
        var cursor = first.range.lowerBound
        for word in words {
            out += String(Substring(scalars[cursor..<word.range.lowerBound]))
            if word.matched { out.append(SearchHit.markStart) }
            out += String(Substring(scalars[word.range]))
            if word.matched { out.append(SearchHit.markEnd) }
            cursor = word.range.upperBound
        }
        return more ? out + "…" : out
    }

    /// The letters and digits of a word, as FTS5's unicode61 tokenizer counts them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber, .privateUse, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Lowercase without diacritics, as `unicode61 remove_diacritics 2` indexes a word.
    static func folded(_ word: Substring.UnicodeScalarView, ascii: Bool) -> String {
        let string = String(Substring(word))
        if ascii { return string.lowercased() }
        return string.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }
}
