/// Cuts normalized text into sections (at headings), paragraphs and sentences.
public struct Segmenter: Sendable {
    /// Words after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "nr", "nrs", "d.d", "o.a", "c.s", "cs", "bijv", "t.a.v", "i.c.m", "n.a.v", "e.d", "ca", "mln", "mld", "art",
        "blz", "p", "resp", "incl", "excl", "dhr", "mevr", "mr", "dr", "prof", "t.b.v", "m.b.t", "o.m", "i.v.m",
        "e.a", "vgl", "zgn", "m.n", "max", "min", "jo", "lid", "nl", "kol", "ov", "st",
    ]

    public init() {}

    public func segment(_ normalized: NormalizedText) -> SegmentedLetter {
        var sections: [Section] = []
        var heading: (String, Range<Int>)?
        var blocks: [Int] = []
        var sentences: [Sentence] = []
        var sectionOf: [Int: Int] = [:]
        for (index, block) in normalized.blocks.enumerated() {
            if block.kind == .heading {
                if heading != nil || !blocks.isEmpty {
                    sections.append(Section(heading: heading?.0, headingRange: heading?.1, blockIndices: blocks))
                }
                heading = (normalized.slice(block.range), block.range)
                blocks = []
            } else {
                blocks.append(index)
                sectionOf[index] = sections.count
            }
        }
        sections.append(Section(heading: heading?.0, headingRange: heading?.1, blockIndices: blocks))
        for (index, block) in normalized.blocks.enumerated() where block.kind != .heading {
            for range in Self.sentenceRanges(in: normalized.scalars, block.range) {
                sentences.append(
                    Sentence(
                        range: range, text: normalized.slice(range), blockIndex: index, blockKind: block.kind,
                        sectionIndex: sectionOf[index] ?? 0))
            }
        }
        return SegmentedLetter(normalized: normalized, sections: sections, sentences: sentences)
    }

    /// Sentence ranges within `range`: a sentence ends at . ! or ? (and a footnote number
    /// glued to it, "zijn.1 Om") before a space and a capital, unless the full stop ends an
    /// abbreviation ("nr. 943", "d.d. 11", "W.B. Hoekstra").
    static func sentenceRanges(in scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        // From one . ! or ? to the next, eight scalars at a time: one at a time, the scan was
        // 2% of extraction.
        while let mark = scalars.firstIndex(ofAny: ".", "!", "?", in: index..<range.upperBound) {
            index = mark
            let scalar = scalars[index]
            var end = index + 1
            // A footnote number right after the full stop belongs to this sentence.
            var digits = 0
            while end < range.upperBound, digits < 2, ("0"..."9").contains(scalars[end]) {
                end += 1
                digits += 1
            }
            guard end + 1 < range.upperBound, scalars[end] == " " else {
                index += 1
                continue
            }
            let next = scalars[end + 1]
            let opensSentence =
                next.isUppercaseQuick || (digits == 0 && ("0"..."9").contains(next))
                || "(«“‘\"'–-".unicodeScalars.contains(next)
            if opensSentence, scalar != "." || !isAbbreviation(scalars, endingAt: index, from: start) {
                result.append(start..<end)
                start = end + 1
                index = start
                continue
            }
            index += 1
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    private static let longestAbbreviation = abbreviations.map(\.count).max() ?? 0

    /// Initials in ASCII ("W.B", "A.Th.B"): each part between full stops a capital, or a
    /// capital and a lower-case letter.
    static func areInitials(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        var partLength = 0
        for scalar in letters {
            if scalar == "." {
                partLength = 0
                continue
            }
            partLength += 1
            switch partLength {
            case 1 where scalar.isUppercaseQuick, 2 where scalar.isLowercaseQuick: break
            default: return false
            }
        }
        return true
    }

    /// Whether the full stop at `index` closes an abbreviation or an initial.
    static func isAbbreviation(_ scalars: [Unicode.Scalar], endingAt index: Int, from start: Int) -> Bool {
        var wordStart = index
        while wordStart > start, !scalars[wordStart - 1].isWhitespaceQuick, scalars[wordStart - 1] != "(" {
            wordStart -= 1
        }
        let letters = scalars[wordStart..<index]
        if letters.isEmpty { return false }
        // Nearly every sentence ends on an ASCII word: tested on its scalars, without a string
        // split into parts and their characters' properties for each full stop.
        if letters.allSatisfy({ $0.value < 0x80 }) {
            if letters.count <= 8, areInitials(letters) { return true }
            guard letters.count <= longestAbbreviation else { return false }
            return abbreviations.contains(String(scalars: letters.lazy.map { $0.asciiLowercased }))
        }
        let word = String(scalars: letters)
        // Initials: "W.B", "A.Th.B", a single capital.
        let parts = word.split(separator: ".")
        if word.count <= 8,
            parts.allSatisfy({
                $0.first?.isUppercase == true && ($0.count == 1 || ($0.count == 2 && $0.last!.isLowercase))
            })
        {
            return true
        }
        return abbreviations.contains(word.lowercased())
    }
}
