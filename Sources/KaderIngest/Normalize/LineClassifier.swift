import Foundation

/// What a line of a letter is: body text, a heading, a footnote, or page furniture.
enum LineKind: Sendable, Equatable {
    case blank, furniture, heading, footnoteStart, footnoteContinuation, body
}

/// Classifies the lines of a letter by their shape alone (no knowledge of the letter).
struct LineClassifier {
    let lines: [Line]
    /// The text the lines were split from.
    let original: String
    /// Each line without its surrounding whitespace, as a range of `original`'s UTF-8: most
    /// lines are told apart by their first and last scalars, read from the bytes, and a
    /// string is made only for a line that gets past those (a string a line, made for every
    /// line, was 2% of extracting a letter).
    let trimmed: [Range<Int>]
    /// Each line's characters, counted once: the tests below ask for it up to four times a line.
    let counts: [Int]
    /// The usual length of a line of body text in this letter.
    let typicalLength: Int

    /// `original` is the text the lines were split from.
    init(lines: [Line], original: String) {
        self.lines = lines
        self.original = original
        var original = original
        (trimmed, counts) = original.withUTF8 { bytes in
            let trimmed = lines.map { $0.trimmedRange(in: bytes) }
            let counts = trimmed.map { range in
                let text = UnsafeBufferPointer(rebasing: bytes[range])
                return text.characterCount ?? String(decoding: text, as: UTF8.self).count
            }
            return (trimmed, counts)
        }
        let lengths = counts.filter { $0 > 0 }.sorted()
        typicalLength = lengths.isEmpty ? 80 : lengths[lengths.count * 3 / 4]
    }

    /// Words a heading never ends on: a line ending in one goes on in the next line.
    private static let connectives: Set<String> = [
        "de", "het", "een", "van", "en", "in", "op", "te", "met", "voor", "aan", "die", "dat", "der", "tot",
        "om", "of", "bij", "naar", "door", "als", "zijn", "is", "wordt", "worden", "uit", "over", "dan",
    ]

    func classify() -> [LineKind] {
        var original = original
        return original.withUTF8 { bytes in
            var kinds: [LineKind] = []
            kinds.reserveCapacity(lines.count)
            var inFootnote = false
            for (index, line) in lines.enumerated() {
                let text = UnsafeBufferPointer(rebasing: bytes[trimmed[index]])
                let previous = kinds.last
                if text.isEmpty {
                    kinds.append(.blank)
                    inFootnote = false
                    continue
                }
                if Self.isFurniture(text, characterCount: counts[index]) {
                    kinds.append(.furniture)
                    inFootnote = false
                    continue
                }
                let afterBreak = previous == nil || previous == .blank || previous == .furniture
                if Self.looksLikeFootnote(text), afterBreak || inFootnote {
                    kinds.append(.footnoteStart)
                    inFootnote = true
                    continue
                }
                if inFootnote {
                    // A new page starts with an indented line; until then the footnote goes on.
                    if line.startsWithSpace {
                        inFootnote = false
                    } else {
                        kinds.append(.footnoteContinuation)
                        continue
                    }
                }
                kinds.append(isHeading(at: index, text: text, in: bytes, previous: previous) ? .heading : .body)
            }
            return kinds
        }
    }

    /// Running headers ("Tweede Kamer, vergaderjaar 2018–2019, 27 925, nr. 651 5") and bare
    /// page numbers.
    /// `characterCount` is the text's count of characters.
    static func isFurniture(_ text: String, characterCount: Int) -> Bool {
        var text = text
        return text.withUTF8 { isFurniture($0, characterCount: characterCount) }
    }

    /// `isFurniture(_:characterCount:)` of a line's UTF-8: only a line of three characters or
    /// fewer, or one that may start a running header, is made a string.
    static func isFurniture(_ text: UnsafeBufferPointer<UInt8>, characterCount: Int) -> Bool {
        guard let first = text.first else { return false }
        if characterCount <= 3, String(decoding: text, as: UTF8.self).allSatisfy({ $0.isNumber }) { return true }
        // Only a line that starts like a running header (T or E, either case) is looked at further.
        guard first | 0x20 == UInt8(ascii: "t") || first | 0x20 == UInt8(ascii: "e"), characterCount < 90,
            mayStartRunningHeader(text)
        else { return false }
        // Only as many characters as the longest header has, and one more: lower-casing the
        // whole line cost 22,000 instructions a line.
        let lower = String(String(decoding: text, as: UTF8.self).prefix(longestRunningHeader + 1)).lowercased()
        return runningHeaders.contains { lower.hasPrefix($0) }
    }

    /// How a page's running header starts, in lower case.
    private static let runningHeaders = ["tweede kamer, vergaderjaar", "eerste kamer, vergaderjaar"]
    private static let runningHeaderBytes = runningHeaders.map { Array($0.utf8) }
    private static let longestRunningHeader = runningHeaders.map(\.count).max() ?? 0

    /// False when the line's first bytes are ASCII and, in lower case, neither running
    /// header: lower-casing the whole of every line that starts with a T or an E was a
    /// hundredth of extracting a letter. A line with other bytes there is left to the full test.
    private static func mayStartRunningHeader(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let headers = runningHeaderBytes
        let length = headers[0].count
        guard bytes.count >= length else { return true }
        let start = UnsafeBufferPointer(rebasing: bytes[0..<length])
        guard start.allSatisfy({ $0 < 0x80 }) else { return true }
        return headers.contains { header in header.indices.allSatisfy { start[$0].asciiLowercased == header[$0] } }
    }

    /// "1 Kamerstuk 29 521, nr. 458: …", "7 NB: …": a footnote number, a space, a capital.
    static func looksLikeFootnote(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { looksLikeFootnote($0) }
    }

    /// `looksLikeFootnote(_:)` of a line's UTF-8: the first few bytes are all it reads.
    static func looksLikeFootnote(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        while digits < 3, digits < text.count, text[digits] >= 0x30, text[digits] <= 0x39 { digits += 1 }
        guard (1...2).contains(digits), digits + 1 < text.count, text[digits] == 0x20 else { return false }
        return text.scalar(at: digits + 1).isUppercaseQuick
    }

    /// The last word of a line, in lower case, words split at spaces and slashes.
    static func lastWord(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, [" ", "/"].contains(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        var start = end
        while start > scalars.startIndex, ![" ", "/"].contains(scalars[scalars.index(before: start)]) {
            start = scalars.index(before: start)
        }
        return String(scalars[start..<end]).lowercased()
    }

    /// What `^\d+(\.\d+)*\.? +\p{Lu}` matches: "2.1 Inzet", "3. Kosten".
    static func isNumberedHeading(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func digits() -> Bool {
            var any = false
            while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) {
                any = true
                index = scalars.index(after: index)
            }
            return any
        }
        guard digits() else { return false }
        while index < scalars.endIndex, scalars[index] == "." {
            let dot = index
            index = scalars.index(after: index)
            if !digits() {
                index = scalars.index(after: dot)
                break
            }
        }
        var spaces = 0
        while index < scalars.endIndex, scalars[index] == " " {
            spaces += 1
            index = scalars.index(after: index)
        }
        guard spaces > 0, index < scalars.endIndex else { return false }
        return scalars[index].properties.generalCategory == .uppercaseLetter
    }

    /// `text` is line `index` trimmed, a part of `bytes` (the original's UTF-8).
    private func isHeading(
        at index: Int, text: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, previous: LineKind?
    ) -> Bool {
        let length = counts[index]
        guard length >= 2, length <= 100 else { return false }
        let first = text.scalar(at: 0)
        guard first.isUppercaseQuick || ("0"..."9").contains(first) else { return false }
        // A `switch`, not `".,;:-–!?".unicodeScalars.contains`: that walked the string's
        // scalars for each of some 140 lines a letter.
        switch text.lastScalar {
        case ".", ",", ";", ":", "-", "–", "!", "?": return false
        default: break
        }
        if Self.looksLikeFootnote(text) { return false }
        // The lines around it first: they rule out nearly every line of body text that starts
        // with a capital, before its words are searched and its last word made a string.
        // A heading stands after a blank line or after a finished sentence.
        if let previous, previous == .body {
            // Not after a closing bracket either.
            switch lines[index - 1].lastNonSpace {
            case "."?, "!"?, "?"?, ":"?: break
            default: return false
            }
        }
        // …and is followed by a blank line or by a line that starts anew.
        var next = index + 1
        while next < lines.count,
            Self.isFurniture(UnsafeBufferPointer(rebasing: bytes[trimmed[next]]), characterCount: counts[next])
        {
            next += 1
        }
        guard next < lines.count else { return false }
        if let start = lines[next].firstNonSpace {
            // Right above text, a line as long as the body's lines is the first line of a paragraph.
            if length * 4 > typicalLength * 3 { return false }
            guard
                start.isUppercaseQuick || start == "-"
                    || Self.isNumberedHeading(String(decoding: bytes[trimmed[next]], as: UTF8.self))
            else { return false }
        }
        let words = String(decoding: text, as: UTF8.self)
        if words.containsBytes("Kamerstuk") || words.containsBytes(". ") { return false }
        return !Self.connectives.contains(Self.lastWord(words))
    }
}
