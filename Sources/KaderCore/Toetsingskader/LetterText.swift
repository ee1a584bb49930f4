import Foundation

/// A stretch of a letter's text (a line, heading or sentence) with its place in the original.
public struct TextPiece: Sendable, Hashable {
    /// Offsets in Unicode scalars of the original text, end exclusive, as `SourceSpan` counts.
    public let start: Int
    public let end: Int
    public let text: String

    /// The piece as a source span of `documentID`.
    public func span(in documentID: String) -> SourceSpan {
        SourceSpan(documentID: documentID, start: start, end: end, quote: text)
    }
}

/// Headings and sentences of a letter's raw text, found without a full segmenter: a
/// heading in these letters is a short line without a final period, standing apart.
public struct LetterText: Sendable {
    public let text: String
    private let scalars: [Unicode.Scalar]
    /// Every line, trimmed of surrounding white space (blank lines are empty pieces).
    public let lines: [TextPiece]

    public init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        var lines: [TextPiece] = []
        var lineStart = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            var start = lineStart
            var end = index
            while start < end, scalars[start].properties.isWhitespace { start += 1 }
            while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
            lines.append(TextPiece(start: start, end: end, text: Self.string(scalars[start..<end])))
            lineStart = index + 1
        }
        self.lines = lines
    }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        return String(scalars: slice)
    }

    /// The original text between two offsets.
    public func piece(_ start: Int, _ end: Int) -> TextPiece {
        TextPiece(start: start, end: end, text: Self.string(scalars[start..<end]))
    }

    /// The usual length of a full line of running text, to tell a short heading from it.
    var lineWidth: Int {
        let lengths = lines.map(\.text.count).filter { $0 >= 40 }.sorted()
        return lengths.isEmpty ? 80 : lengths[lengths.count / 2]
    }

    /// The headings in text order. A heading is a line that starts with a capital, ends
    /// without punctuation and is not a footnote or page number, and that stands apart:
    /// a blank line before and after it, or, when it is clearly shorter than running
    /// text, a blank line on one side and a finished sentence or a paragraph on the other.
    /// A heading broken over two lines with a hyphen ("arbeidsomstandig-" / "heden") is one.
    public var headings: [TextPiece] {
        let short = lineWidth * 4 / 5
        var headings: [TextPiece] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            guard Self.canBeHeading(line.text) else { continue }
            // A footnote or page number before a line is page furniture, as good as a blank line.
            let previous = index > 0 && !Self.isFurniture(lines[index - 1].text) ? lines[index - 1].text : ""
            var last = index
            if line.text.hasSuffix("-") {
                guard index + 1 < lines.count, !lines[index + 1].text.isEmpty, lines[index + 1].text.count < short / 2,
                    index + 2 >= lines.count || lines[index + 2].text.isEmpty
                else { continue }
                last = index + 1
            }
            let next = last + 1 < lines.count ? lines[last + 1].text : ""
            let length = lines[index].text.count + (last > index ? lines[last].text.count : 0)
            let standsApart =
                (previous.isEmpty && next.isEmpty)
                || (previous.isEmpty && length < short && next.first?.isUppercase == true)
                || (Self.endsSentence(previous) && next.isEmpty && length < short)
            guard standsApart else { continue }
            headings.append(piece(line.start, lines[last].end))
            index = last
        }
        return headings
    }

    private static func canBeHeading(_ line: String) -> Bool {
        guard let first = line.first, first.isLetter, first.isUppercase, line.count <= 90,
            let last = line.last, !".,;:!?".contains(last)
        else { return false }
        return true
    }

    private static func isFurniture(_ line: String) -> Bool {
        line.first?.isNumber == true
    }

    private static func endsSentence(_ line: String) -> Bool {
        guard let last = line.last else { return true }
        return ".:!?".contains(last)
    }

    /// The sentences between two offsets: split after `.`, `?` or `!` followed by white
    /// space, and at blank lines, trimmed.
    public func sentences(from start: Int, to end: Int) -> [TextPiece] {
        var pieces: [TextPiece] = []
        var sentenceStart = start
        var index = start
        func close(at stop: Int) {
            var a = sentenceStart
            var b = stop
            while a < b, scalars[a].properties.isWhitespace { a += 1 }
            while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
            if b > a { pieces.append(piece(a, b)) }
        }
        while index < end {
            let scalar = scalars[index]
            let nextIsSpace = index + 1 >= end || scalars[index + 1].properties.isWhitespace
            if ".?!".unicodeScalars.contains(scalar), nextIsSpace {
                close(at: index + 1)
                sentenceStart = index + 1
            } else if scalar == "\n", index + 1 < end, Self.blankFollows(scalars, from: index + 1, to: end) {
                close(at: index)
                sentenceStart = index + 1
            }
            index += 1
        }
        close(at: end)
        return pieces
    }

    private static func blankFollows(_ scalars: [Unicode.Scalar], from: Int, to end: Int) -> Bool {
        var index = from
        while index < end, scalars[index] != "\n" {
            if !scalars[index].properties.isWhitespace { return false }
            index += 1
        }
        return true
    }

    /// Text folded for keyword matching: lowercase, without accents, words hyphenated
    /// over a line break joined, white space collapsed, curly apostrophes straightened.
    public static func folded(_ text: String) -> String {
        let joined = text.replacingOccurrences(of: "-[ \\t]*\n\\s*", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\u{AD}", with: "")
        let plain = joined.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            .replacingOccurrences(of: "’", with: "'")
        return plain.split { $0.isWhitespace }.joined(separator: " ")
    }
}
