import Foundation

/// The words of a letter around the first place where a search's words stand, with those
/// words marked. Made here from the indexed words the search asked for: FTS5's `snippet()`
/// tokenizes each hit's whole letter, about 0.35 ms a letter, 15–18 ms for 50 hits; this
/// reads a letter's UTF-8 only up to its first match and the words after it, and compares
/// an ASCII word byte by byte, without making a string of it.
struct SnippetMaker {
    /// The words that count as a match, folded as the index folds them.
    let words: Set<String>
    /// Words in a snippet, as `snippet(…, 24)` gave.
    var length = 24
    /// Words shown before the first match.
    var before = 6
    /// The ASCII words among `words` by length: an ASCII word of the letter is compared with
    /// those of its own length only.
    private let asciiWords: [Int: [[UInt8]]]

    init(words: Set<String>) {
        self.words = words
        asciiWords = Dictionary(grouping: words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }) {
            $0.count
        }
    }

    /// A word as byte offsets into the letter's UTF-8.
    private typealias Word = (range: Range<Int>, matched: Bool)

    func snippet(of text: String) -> String {
        var text = text
        return text.withUTF8 { snippet(of: $0) }
    }

    private func snippet(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        var opening: [Word] = []  // the first words, shown when nothing matches
        var recent: [Word] = []  // the last words before a match
        var shown: [Word]?  // from the first match on
        var skipped = false
        var seen = 0  // words before the first match
        var more = false
        var index = 0
        while index < bytes.count {
            let (isWord, width) = Self.scalar(at: index, in: bytes)
            guard isWord else {
                index += width
                continue
            }
            if let words = shown, words.count >= length {
                more = true
                break
            }
            let start = index
            var ascii = true
            while index < bytes.count {
                let (isWord, width) = Self.scalar(at: index, in: bytes)
                guard isWord else { break }
                if width > 1 { ascii = false }
                index += width
            }
            let word: Word = (start..<index, matches(UnsafeBufferPointer(rebasing: bytes[start..<index]), ascii: ascii))
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
        if let shown { return Self.render(shown, in: bytes, skipped: skipped, more: more) }
        return Self.render(opening, in: bytes, skipped: false, more: seen > opening.count)
    }

    /// Whether the word is one of `words`: an ASCII word lowercased byte by byte, another folded.
    private func matches(_ word: UnsafeBufferPointer<UInt8>, ascii: Bool) -> Bool {
        guard ascii else { return words.contains(Self.folded(String(decoding: word, as: UTF8.self))) }
        guard let candidates = asciiWords[word.count] else { return false }
        // Letters and digits only: setting bit 5 lowercases a letter and leaves a digit as it is.
        return candidates.contains { candidate in
            candidate.withUnsafeBufferPointer { candidate in
                var index = 0
                while index < word.count, word[index] | 0x20 == candidate[index] { index += 1 }
                return index == word.count
            }
        }
    }

    /// Whether the scalar that starts at `index` belongs to a word, and its length in bytes.
    private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (isWord: Bool, width: Int) {
        let lead = bytes[index]
        if lead < 0x80 {
            return ((lead >= 0x30 && lead <= 0x39) || (lead | 0x20 >= 0x61 && lead | 0x20 <= 0x7A), 1)
        }
        // Valid UTF-8 (a Swift string's): the lead byte gives the length.
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> width)
        for offset in 1..<min(width, bytes.count - index) {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value).map(isWordScalar) ?? false, width)
    }

    private static func render(_ words: [Word], in bytes: UnsafeBufferPointer<UInt8>, skipped: Bool, more: Bool)
        -> String
    {
        guard let first = words.first else { return "" }
        var out = skipped ? "…" : ""
        var cursor = first.range.lowerBound
        for word in words {
            out += String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<word.range.lowerBound]), as: UTF8.self)
            if word.matched { out.append(SearchHit.markStart) }
            out += String(decoding: UnsafeBufferPointer(rebasing: bytes[word.range]), as: UTF8.self)
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
    static func folded(_ word: String) -> String {
        word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }
}
