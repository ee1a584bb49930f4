import Foundation

/// One line of the original text, as scalars with their offsets.
struct Line: Sendable {
    /// Offset of the first scalar of the line in the original text.
    let start: Int
    let scalars: ArraySlice<Unicode.Scalar>
    /// Offset of the line's first byte in the original text's UTF-8, and of the byte after
    /// its last (the line feed's).
    let utf8Start: Int
    let utf8End: Int

    var end: Int { start + scalars.count }

    /// Where the line without the white space around it stands in `original`, the UTF-8 of
    /// the text the line was split from (empty when the line is all white space).
    func trimmedRange(in original: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        // ASCII white space is cut off by byte; only a line that then starts or ends on a
        // wider scalar, which may be white space too (a no-break space), is read by scalar.
        var head = utf8Start
        var tail = utf8End
        while head < tail, original[head].isASCIIWhitespace { head += 1 }
        while tail > head, original[tail - 1].isASCIIWhitespace { tail -= 1 }
        if head == tail || (original[head] < 0x80 && original[tail - 1] < 0x80) { return head..<tail }
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceQuick }),
            let last = scalars.lastIndex(where: { !$0.isWhitespaceQuick })
        else { return utf8Start..<utf8Start }
        var from = utf8Start
        for scalar in scalars[..<first] { from += UTF8.width(scalar) }
        var to = from
        for scalar in scalars[first...last] { to += UTF8.width(scalar) }
        return from..<to
    }

    var isBlank: Bool { scalars.allSatisfy { $0.isWhitespaceQuick } }
    var startsWithSpace: Bool { scalars.first.map { $0 == " " || $0 == "\t" } ?? false }
    var firstNonSpace: Unicode.Scalar? { scalars.first { !$0.isWhitespaceQuick } }
    var lastNonSpace: Unicode.Scalar? { scalars.last { !$0.isWhitespaceQuick } }

    /// Splits at line feeds; a carriage return stays in the line as whitespace. `source` is
    /// `original`'s scalars. The line feeds are found in the UTF-8 by `memchr` and the
    /// scalars of a line counted as its bytes that start one: stepping through the scalars
    /// and their widths took 15 instructions a scalar.
    static func split(_ original: String, scalars source: [Unicode.Scalar]) -> [Line] {
        var original = original
        return original.withUTF8 { bytes in
            var lines: [Line] = []
            var start = 0
            var utf8Start = 0
            while true {
                var utf8End = bytes.count
                if utf8Start < bytes.count, let base = bytes.baseAddress,
                    let newline = memchr(base + utf8Start, 0x0A, bytes.count - utf8Start)
                {
                    utf8End = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                }
                let count = Self.scalarCount(bytes, utf8Start..<utf8End)
                lines.append(
                    Line(start: start, scalars: source[start..<(start + count)], utf8Start: utf8Start, utf8End: utf8End)
                )
                guard utf8End < bytes.count else { return lines }
                start += count + 1
                utf8Start = utf8End + 1
            }
        }
    }

    /// The scalars in `range` of valid UTF-8: its bytes but the continuation bytes
    /// (10xxxxxx), those counted eight at a time (one at a time, 4 instructions a byte).
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = range.count
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let eight = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // Bit 7 set and bit 6 (moved up by the shift) clear.
            count -= (eight & ~(eight << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < range.upperBound {
            if bytes[index] & 0xC0 == 0x80 { count -= 1 }
            index += 1
        }
        return count
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceQuick }),
            let last = scalars.lastIndex(where: { !$0.isWhitespaceQuick })
        else { return "" }
        // The string's own UTF-8, copied: writing it again scalar by scalar cost a sentence
        // of a thousand amounts most of its extraction.
        return String(scalars[first...last])
    }
}

extension String {
    /// `count` (characters), without breaking graphemes when every scalar is one character
    /// on its own: ASCII but a carriage return (which joins a line feed), U+0080–U+02FF (the
    /// combining marks start at U+0300), the dashes, quotes and dots of U+2010–U+205F and
    /// the currency signs; then each scalar is a character. The line classifier counts every
    /// line of a letter, and `count` took 2,000 instructions for a line with one "é" or "’".
    var characterCount: Int {
        var text = self
        return text.withUTF8 { $0.characterCount } ?? count
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar that starts at `offset` of this valid UTF-8 (a lead byte's offset).
    func scalar(at offset: Int) -> Unicode.Scalar {
        let lead = self[offset]
        guard lead >= 0x80 else { return Unicode.Scalar(lead) }
        // Valid UTF-8: the lead byte says how many continuation bytes follow.
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> length)
        for next in 1..<length { value = value << 6 | UInt32(self[offset + next] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The last scalar of this valid, non-empty UTF-8.
    var lastScalar: Unicode.Scalar {
        var start = count - 1
        while start > 0, self[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start)
    }

    /// The characters of this valid UTF-8 when every scalar is one character on its own (see
    /// `String.characterCount`), else nil.
    var characterCount: Int? {
        let bytes = self
        guard let base = bytes.baseAddress else { return 0 }
        var scalars = 0
        var index = 0
        while index < bytes.count {
            // Eight ASCII bytes without a carriage return at a time.
            if index + 8 <= bytes.count {
                let eight = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if eight & 0x8080_8080_8080_8080 == 0 {
                    let carriage = eight ^ 0x0D0D_0D0D_0D0D_0D0D
                    guard (carriage &- 0x0101_0101_0101_0101) & ~carriage & 0x8080_8080_8080_8080 == 0 else {
                        return nil
                    }
                    scalars += 8
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                guard lead != 13 else { return nil }
                index += 1
            } else if lead < 0xCC {
                // C2–CB lead the two-byte scalars below U+0300.
                index += 2
            } else if lead == 0xE2, index + 2 < bytes.count,
                Self.isLoneGeneralPunctuation(bytes[index + 1], bytes[index + 2])
            {
                index += 3
            } else {
                return nil
            }
            scalars += 1
        }
        return scalars
    }

    /// Whether E2 `second` `third` is in U+2010–U+205F or U+20A0–U+20BF: punctuation and
    /// currency signs that never join the scalars around them into one character (U+200C and
    /// U+200D, below these, do).
    private static func isLoneGeneralPunctuation(_ second: UInt8, _ third: UInt8) -> Bool {
        switch second {
        case 0x80: third >= 0x90
        case 0x81: third <= 0x9F
        case 0x82: third >= 0xA0 && third <= 0xBF
        default: false
        }
    }
}

extension String {
    /// The string's scalars as an array, decoded in one pass over its bytes: `Array(unicodeScalars)`
    /// walks the text twice, once to count the scalars and once to copy them, and the
    /// scalar view's iterator took 22 instructions a scalar where nearly all are ASCII.
    var scalarArray: [Unicode.Scalar] {
        var string = self
        return string.withUTF8 { bytes in
            Array(unsafeUninitializedCapacity: bytes.count) { buffer, count in
                guard let base = bytes.baseAddress else { return }
                var index = 0
                while index < bytes.count {
                    // Eight ASCII bytes at a time, widened together in vector registers and
                    // stored at once: 3 instructions a scalar, where a byte at a time took 9
                    // and a loop over the eight 5.
                    while index + 8 <= bytes.count {
                        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                        guard word & 0x8080_8080_8080_8080 == 0 else { break }
                        let eight = unsafeBitCast(word, to: SIMD8<UInt8>.self)
                        UnsafeMutableRawPointer(buffer.baseAddress! + count).storeBytes(
                            of: SIMD8<UInt32>(truncatingIfNeeded: eight), as: SIMD8<UInt32>.self)
                        count += 8
                        index += 8
                    }
                    guard index < bytes.count else { break }
                    // A string's UTF-8 is valid, so a scalar takes as many bytes as it encodes to.
                    let scalar = bytes.scalar(at: index)
                    buffer[count] = scalar
                    count += 1
                    index += UTF8.width(scalar)
                }
            }
        }
    }
}

extension UInt8 {
    /// What `Unicode.Scalar.isWhitespaceQuick` says of an ASCII byte: space, tab to carriage return.
    var isASCIIWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }
}
