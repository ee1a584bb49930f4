import Foundation

/// What a line of a letter is: body text, a heading, a footnote, or page furniture.
enum LineKind: Sendable, Equatable {
    case blank, furniture, heading, footnoteStart, footnoteContinuation, body
}

/// Classifies the lines of a letter by their shape alone (no knowledge of the letter).
struct LineClassifier {
    let lines: [Line]
    /// Each line without its surrounding whitespace, made once.
    let texts: [String]
    /// The usual length of a line of body text in this letter.
    let typicalLength: Int

    init(lines: [Line]) {
        self.lines = lines
        texts = lines.map(\.trimmed)
        let lengths = texts.map(\.count).filter { $0 > 0 }.sorted()
        typicalLength = lengths.isEmpty ? 80 : lengths[lengths.count * 3 / 4]
    }

    /// Words a heading never ends on: a line ending in one goes on in the next line.
    private static let connectives: Set<String> = [
        "de", "het", "een", "van", "en", "in", "op", "te", "met", "voor", "aan", "die", "dat", "der", "tot",
        "om", "of", "bij", "naar", "door", "als", "zijn", "is", "wordt", "worden", "uit", "over", "dan",
    ]

    func classify() -> [LineKind] {
        var kinds: [LineKind] = []
        var inFootnote = false
        for (index, line) in lines.enumerated() {
            let text = texts[index]
            let previous = kinds.last
            if text.isEmpty {
                kinds.append(.blank)
                inFootnote = false
                continue
            }
            if Self.isFurniture(text) {
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
            kinds.append(isHeading(at: index, text: text, previous: previous) ? .heading : .body)
        }
        return kinds
    }

    /// Running headers ("Tweede Kamer, vergaderjaar 2018–2019, 27 925, nr. 651 5") and bare
    /// page numbers.
    static func isFurniture(_ text: String) -> Bool {
        if !text.isEmpty, text.count <= 3, text.allSatisfy(\.isNumber) { return true }
        // Only a line that starts like a running header is looked at further.
        guard let first = text.utf8.first,
            first == UInt8(ascii: "T") || first == UInt8(ascii: "E")
                || first == UInt8(ascii: "t") || first == UInt8(ascii: "e")
        else { return false }
        let lower = text.lowercased()
        return (lower.hasPrefix("tweede kamer, vergaderjaar") || lower.hasPrefix("eerste kamer, vergaderjaar"))
            && text.count < 90
    }

    /// "1 Kamerstuk 29 521, nr. 458: …", "7 NB: …": a footnote number, a space, a capital.
    static func looksLikeFootnote(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, index < 3, scalars[index].properties.numericType != nil,
            ("0"..."9").contains(scalars[index])
        {
            index += 1
        }
        guard (1...2).contains(index), index + 1 < scalars.count, scalars[index] == " " else { return false }
        return scalars[index + 1].isUppercaseQuick
    }

    private func isHeading(at index: Int, text: String, previous: LineKind?) -> Bool {
        guard text.count >= 2, text.count <= 100, let first = text.unicodeScalars.first,
            let last = text.unicodeScalars.last
        else { return false }
        guard first.isUppercaseQuick || ("0"..."9").contains(first) else { return false }
        if ".,;:-–!?".unicodeScalars.contains(last) { return false }
        if Self.looksLikeFootnote(text) { return false }
        if text.contains("Kamerstuk") || text.contains(". ") { return false }
        let lastWord = text.split(whereSeparator: { $0 == " " || $0 == "/" }).last.map { String($0).lowercased() } ?? ""
        if Self.connectives.contains(lastWord) { return false }
        // A heading stands after a blank line or after a finished sentence.
        if let previous, previous == .body {
            guard let ending = lines[index - 1].lastNonSpace, ".!?:)".unicodeScalars.contains(ending) else {
                return false
            }
            if ending == ")" { return false }
        }
        // …and is followed by a blank line or by a line that starts anew.
        var next = index + 1
        while next < lines.count, Self.isFurniture(texts[next]) { next += 1 }
        guard next < lines.count else { return false }
        guard let start = lines[next].firstNonSpace else { return true }
        // Right above text, a line as long as the body's lines is the first line of a paragraph.
        if text.count * 4 > typicalLength * 3 { return false }
        let nextText = texts[next]
        let numbered = nextText.range(of: #"^\d+(\.\d+)*\.? +\p{Lu}"#, options: .regularExpression) != nil
        return start.isUppercaseQuick || numbered || start == "-"
    }
}
