import Foundation

/// A string searched with regular expressions, with match ranges in Unicode scalars
/// (the patterns count UTF-16 units; provenance counts scalars).
///
/// A class, though it never changes: a copy of the struct retained and released its string,
/// scalars and sketch apart, and the extractors handed each sentence's text about, some
/// 1,000 copies a letter.
final class ScalarText {
    /// One match: the whole range and each capture group, in scalar offsets.
    struct Match {
        let range: Range<Int>
        let groups: [Range<Int>?]
        let text: ScalarText

        func group(_ index: Int) -> String? {
            guard index < groups.count, let range = groups[index] else { return nil }
            return text.slice(range)
        }

        var value: String { text.slice(range) }
    }

    let string: String
    let scalars: [Unicode.Scalar]
    /// Scalar offset of each UTF-16 offset; nil when every scalar is one unit (the BMP),
    /// as in nearly every letter, so that the two offsets are the same.
    private let utf16ToScalar: [Int]?
    /// The text's three-byte sequences, for a sentence every extractor asks about its words:
    /// most word sets are then ruled out without a scan.
    private let sketch: TrigramSketch?

    convenience init(_ string: String) {
        self.init(string: string, scalars: Array(string.unicodeScalars))
    }

    /// `string` with its scalars already at hand (a slice of the normalized text's):
    /// decoding a string into scalars was a tenth of extracting a letter. `sketched` for a
    /// text that will be asked about many words.
    init(string: String, scalars: [Unicode.Scalar], sketched: Bool = false) {
        self.string = string
        self.scalars = scalars
        sketch = sketched ? TrigramSketch(string) : nil
        guard sketch?.hasFourByteScalar ?? scalars.contains(where: { $0.value > 0xFFFF }) else {
            utf16ToScalar = nil
            return
        }
        var table: [Int] = []
        table.reserveCapacity(scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            table.append(index)
            if scalar.value > 0xFFFF { table.append(index) }
        }
        table.append(scalars.count)
        utf16ToScalar = table
    }

    /// The UTF-16 length of the text, which the patterns' ranges count in.
    private var utf16Count: Int { utf16ToScalar.map { $0.count - 1 } ?? scalars.count }

    /// Every match, or with `range` those that start inside it. With `regions` (scalar
    /// offsets, in order), only the matches inside them (`CompiledPattern.matches(in:firstOnly:regions:)`);
    /// in a text with scalars of two UTF-16 units, the whole text is searched.
    func matches(_ regex: CompiledPattern, in range: Range<Int>? = nil, regions: [Range<Int>]? = nil) -> [Match] {
        let regions = utf16ToScalar == nil ? regions : nil
        return withUTF16 { regex.matches(in: $0, regions: regions) }.compactMap { found in
            let groups = found.map { $0.flatMap(convert) }
            guard let all = groups[0] else { return nil }
            if let range, !range.contains(all.lowerBound) { return nil }
            return Match(range: all, groups: groups, text: self)
        }
    }

    /// The first match; the search stops there. `regions` as for `matches(_:in:regions:)`.
    func firstMatch(_ regex: CompiledPattern, regions: [Range<Int>]? = nil) -> Match? {
        let regions = utf16ToScalar == nil ? regions : nil
        guard let found = withUTF16({ regex.matches(in: $0, firstOnly: true, regions: regions) }).first else {
            return nil
        }
        let groups = found.map { $0.flatMap(convert) }
        guard let all = groups[0] else { return matches(regex).first }
        return Match(range: all, groups: groups, text: self)
    }

    /// The text as UTF-16, encoded from its scalars into a buffer that lives for `body`.
    private func withUTF16<Result>(_ body: (UnsafeBufferPointer<UInt16>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: max(1, utf16Count)) { buffer in
            var count = 0
            var index = 0
            scalars.withUnsafeBufferPointer { scalars in
                // Eight scalars of the BMP at a time, narrowed together in vector registers:
                // a text is encoded again for every pattern run on it.
                guard utf16ToScalar == nil, let base = scalars.baseAddress else { return }
                while index + 8 <= scalars.count {
                    let eight = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD8<UInt32>.self)
                    UnsafeMutableRawPointer(buffer.baseAddress! + index).storeBytes(
                        of: SIMD8<UInt16>(truncatingIfNeeded: eight), as: SIMD8<UInt16>.self)
                    index += 8
                }
                count = index
            }
            for scalar in scalars[index...] {
                let value = scalar.value
                if value < 0x1_0000 {
                    buffer[count] = UInt16(truncatingIfNeeded: value)
                    count += 1
                } else {
                    let offset = value - 0x1_0000
                    buffer[count] = UInt16(truncatingIfNeeded: 0xD800 + (offset >> 10))
                    buffer[count + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (offset & 0x3FF))
                    count += 2
                }
            }
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// The first match of a pattern that always starts at one of `anchors` (lower-case
    /// ASCII, found folding case) or at most `before` scalars ahead of it, and is at most
    /// `after` scalars long: only windows around the anchors are matched, not the whole letter.
    /// `folded` is this text as `ScalarBytes` folded to lower case.
    func firstMatch(
        _ regex: CompiledPattern, anchors: [String], in folded: ScalarBytes, before: Int, after: Int
    ) -> Match? {
        var best: Match?
        for anchor in anchors {
            let pattern = Array(anchor.utf8)
            var from = 0
            while let position = folded.offset(of: pattern, from: from) {
                from = position + 1
                let window = max(0, position - before)..<min(scalars.count, position + after)
                if let best, best.range.lowerBound <= window.lowerBound { break }
                guard let found = part(window).firstMatch(regex) else { continue }
                // At a window's very start a look-behind cannot see the scalar before it.
                if window.lowerBound > 0, found.range.lowerBound == 0 { continue }
                let shift = window.lowerBound
                let match = Match(
                    range: (found.range.lowerBound + shift)..<(found.range.upperBound + shift),
                    groups: found.groups.map { $0.map { ($0.lowerBound + shift)..<($0.upperBound + shift) } },
                    text: self)
                if best == nil || match.range.lowerBound < best!.range.lowerBound { best = match }
            }
        }
        return best
    }

    /// Whether the text holds one of these lower-case words: a regular expression that
    /// needs one of them need not run when it does not (matching is the cost of ingest).
    func mayContain(_ literals: [String]) -> Bool {
        literals.contains {
            (sketch?.mayHold($0) ?? true) && string.containsBytes($0, ignoringASCIICase: true)
        }
    }

    /// False when `word` does not occur, in any case of A–Z; true when it may.
    func mayHold(_ word: String) -> Bool { sketch?.mayHold(word) ?? true }

    /// As `mayContain(_:)` for a fixed set of words, in one pass.
    func mayContain(_ literals: LiteralSet) -> Bool {
        guard let sketch else { return literals.occurs(in: string) }
        return literals.occurs(in: string, sketch: sketch)
    }

    /// Where `word` stands with no letter or digit before it and no letter after it: what
    /// `(?<![\p{L}\p{N}])word(?![\p{L}])` matches, found by a plain scan. `candidates` are the
    /// offsets where `word` stands in any case of A–Z, in order (`WordTable.places`); `word`
    /// is ASCII.
    func acronyms(_ word: String, at candidates: [Int]) -> [Range<Int>] {
        let pattern = Array(word.unicodeScalars)
        var found: [Range<Int>] = []
        var index = 0
        for hit in candidates where hit >= index && hit + pattern.count <= scalars.count {
            guard Self.equal(scalars, at: hit, pattern) else { continue }
            if hit == 0 || !(scalars[hit - 1].isLetterQuick || scalars[hit - 1].isNumberQuick),
                hit + pattern.count == scalars.count || !scalars[hit + pattern.count].isLetterQuick
            {
                found.append(hit..<(hit + pattern.count))
                index = hit + pattern.count
            }
        }
        return found
    }

    /// Whether `pattern` stands in `scalars` at `start` (index by index: comparing slices
    /// went through generic iteration).
    /// With `foldingASCIICase`, A–Z in `scalars` match a–z in `pattern`.
    static func equal(
        _ scalars: [Unicode.Scalar], at start: Int, _ pattern: [Unicode.Scalar], foldingASCIICase: Bool = false
    ) -> Bool {
        for offset in 0..<pattern.count {
            let scalar = scalars[start + offset]
            let compared = foldingASCIICase ? scalar.asciiLowercased : scalar
            if compared != pattern[offset] { return false }
        }
        return true
    }

    /// Whether the text holds an ASCII digit: the `\d` of every pattern here needs one
    /// (the letters write no other digits).
    var hasDigit: Bool { sketch?.hasDigit ?? string.hasASCIIDigit }

    /// The text of a range as a text of its own, its scalars copied, not decoded again from
    /// the slice's string.
    func part(_ range: Range<Int>) -> ScalarText {
        let range = range.clamped(to: 0..<scalars.count)
        return ScalarText(string: slice(range), scalars: Array(scalars[range]))
    }

    func slice(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<scalars.count)
        // As many bytes as scalars: all ASCII (most sentences), and the offsets are the same.
        if string.utf8.count == scalars.count { return string.utf8Slice(range) }
        return String(scalars: scalars[range])
    }

    /// A range in UTF-16 offsets as scalar offsets.
    private func convert(_ range: Range<Int>) -> Range<Int>? {
        guard range.upperBound <= utf16Count else { return nil }
        guard let table = utf16ToScalar else { return range }
        return table[range.lowerBound]..<table[range.upperBound]
    }
}

extension String {
    /// Whether an ASCII digit occurs: most figures need one.
    /// Over the string's own bytes: through the UTF-8 view, asked of every sentence of a
    /// letter, it was 2% of extracting it.
    var hasASCIIDigit: Bool {
        var string = self
        return string.withUTF8 { bytes in bytes.contains { $0 &- 48 < 10 } }
    }

    /// Whether the UTF-8 of `needle` occurs in this string's; with `ignoringASCIICase`, A–Z
    /// match a–z (`needle` then in lower case). Much cheaper than Foundation's `range(of:)`:
    /// `memchr` jumps to each place the first byte stands, and only there are the rest compared
    /// (the extractors ask this of every sentence for dozens of words).
    func containsBytes(_ needle: String, ignoringASCIICase: Bool = false) -> Bool {
        var needle = needle
        var haystack = self
        return needle.withUTF8 { pattern in
            guard let first = pattern.first else { return true }
            return haystack.withUTF8 { bytes in
                guard bytes.count >= pattern.count else { return false }
                // A capital needle folds to nothing (a folded byte is never one).
                if ignoringASCIICase && first >= 65 && first <= 90 { return false }
                return bytes.anyPlace(of: first, orCapital: ignoringASCIICase, through: bytes.count - pattern.count) {
                    start in
                    for offset in 1..<pattern.count {
                        var byte = bytes[start + offset]
                        if ignoringASCIICase, byte >= 65, byte <= 90 { byte |= 0x20 }
                        if byte != pattern[offset] { return false }
                    }
                    return true
                }
            }
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether `accept` holds at one of the offsets, up to `last`, where `first` stands (and,
    /// with `orCapital`, where its capital does when it is a–z), tried in text order: `memchr`
    /// jumps from one to the next, so only there is the rest of a word compared.
    func anyPlace(of first: UInt8, orCapital: Bool, through last: Int, where accept: (Int) -> Bool) -> Bool {
        guard last >= 0, let base = baseAddress else { return false }
        let capital: UInt8? = orCapital && first >= 97 && first <= 122 ? first - 32 : nil
        func next(_ byte: UInt8, from start: Int) -> Int? {
            guard start <= last, let found = memchr(base + start, Int32(byte), last - start + 1) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        var plain = next(first, from: 0)
        var capitalised = capital.flatMap { next($0, from: 0) }
        while plain != nil || capitalised != nil {
            let candidate = Swift.min(plain ?? Int.max, capitalised ?? Int.max)
            if accept(candidate) { return true }
            if candidate == plain {
                plain = next(first, from: candidate + 1)
            } else {
                capitalised = next(capital!, from: candidate + 1)
            }
        }
        return false
    }
}

/// Compiles a pattern known to be valid at build time.
func regex(_ pattern: String, caseInsensitive: Bool = true) -> CompiledPattern {
    do {
        return try CompiledPattern(pattern, caseInsensitive: caseInsensitive)
    } catch {
        fatalError("\(error)")
    }
}
