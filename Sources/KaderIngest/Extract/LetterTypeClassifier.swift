import KaderCore

/// Decides what kind of letter it is from its opening paragraph: a progress report, a
/// notice that a request is being studied, a decision under article 100, or a letter.
enum LetterTypeClassifier {
    static let progress = WordPattern(
        #"(?:deze|hierbij(?:\s+de)?)\s+(?:[\p{L}-]+\s+){0,4}voortgangsrapportage|(?:sturen|zenden|bieden)\s+wij\s+u[^.]{0,200}voortgangsrapportage|ontvangt\s+u[^.]{0,100}voortgangsrapportage|over\s+de\s+voortgang\s+van"#,
        needs: ["voortgangsrapportage"])
    static let notice = WordPattern(
        #"kennisgeving|(?:onderzoekt|bestudeert|overweegt)\s+(?:het\s+kabinet\s+)?|wenselijkheid\s+en\s+(?:de\s+)?mogelijkheid|mogelijkheid\s+en\s+(?:de\s+)?wenselijkheid|verzoek[^.]{0,80}ontvangen|ontvangen[^.]{0,80}verzoek"#,
        needs: ["onderzoekt", "bestudeert", "overweegt", "verzoek"])
    static let article100 = WordPattern(#"artikel\s+100|toetsingskader"#)
    static let decision = WordPattern(
        #"(?:heeft|hebben)\s+(?:het\s+kabinet\s+)?besloten|besluit\s+(?:om|tot|de|het|van)|kabinetsbesluit|te\s+verlengen|verlengt"#
    )
    /// Titles of other letters quoted in the opening («Kennisgeving onderzoek …») say nothing
    /// about this one.
    private static let quotedTitle = regex(#"«[^»]*»|“[^”]*”"#)

    static func classify(_ context: LetterContext) -> (DocumentType, Range<Int>, Double) {
        let opening = context.openingRange
        let raw = context.scanned(opening)
        var pieces: [String] = []
        var last = 0
        for match in raw.matches(quotedTitle) {
            pieces.append(raw.slice(last..<match.range.lowerBound))
            last = match.range.upperBound
        }
        pieces.append(raw.slice(last..<raw.scalars.count))
        let text = ScalarText(pieces.joined(separator: " "))
        if progress.matches(text) { return (.voortgangsrapportage, opening, 0.85) }
        guard article100.matches(text) else { return (.brief, opening, 0.6) }
        if decision.matches(text) { return (.artikel100, opening, 0.85) }
        if notice.matches(text) { return (.kennisgevingsbrief, opening, 0.7) }
        return (.artikel100, opening, 0.6)
    }

    /// The characters of `text` and how many of them are lowercase; ASCII text is counted
    /// by its bytes, without the grapheme breaking of `Character`.
    static func lowercaseShare(_ text: String) -> (characters: Int, lowercase: Int) {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int)? in
            var lowercase = 0
            for byte in bytes {
                // "\r\n" is one Character: such text takes the slow path.
                if byte >= 0x80 || byte == 0x0D { return nil }
                if byte >= 0x61 && byte <= 0x7A { lowercase += 1 }
            }
            return (bytes.count, lowercase)
        }
        if let counted = ascii ?? nil { return counted }
        // Text of scalars that are each a character of their own (see `alone`): by table,
        // taken once (read as `Self.alone` for each scalar, each read went through `swift_once`).
        let alone = Self.alone
        var characters = 0
        var lowercase = 0
        for scalar in text.unicodeScalars {
            let kind = scalar.value < alone.count ? alone[Int(scalar.value)] : .joins
            guard kind != .joins else { return lowercaseShareOfCharacters(text) }
            characters += 1
            if kind == .lowercase { lowercase += 1 }
        }
        return (characters, lowercase)
    }

    private enum Alone { case lowercase, other, joins }

    /// Per scalar below U+2070, as a character of its own: lower case or not; `joins` where it
    /// may join its neighbours into one character. Latin letters ("ë", "é") and punctuation
    /// ("’", "–") never do; combining marks (from U+0300), "\r" before "\n" and the
    /// zero-width (non-)joiner do.
    private static let alone: [Alone] = (0..<0x2070).map { value in
        if (0x300..<0x2000).contains(value) || [0x0D, 0x200C, 0x200D].contains(value) { return .joins }
        return Character(Unicode.Scalar(value)!).isLowercase ? .lowercase : .other
    }

    /// `lowercaseShare` character by character, for any text.
    static func lowercaseShareOfCharacters(_ text: String) -> (characters: Int, lowercase: Int) {
        var characters = 0
        var lowercase = 0
        for character in text {
            characters += 1
            if character.isLowercase { lowercase += 1 }
        }
        return (characters, lowercase)
    }

    /// The first paragraph of body text (with the next when it is short).
    static func openingRange(_ normalized: NormalizedText) -> Range<Int> {
        // The first two paragraphs that qualify; the cheap tests first, each paragraph once.
        var firstTwo: [TextBlock] = []
        for block in normalized.blocks where block.kind == .paragraph {
            let text = normalized.slice(block.range)
            guard !text.hasPrefix("Aan de"), !text.hasPrefix("Den Haag") else { continue }
            let (characters, lowercase) = Self.lowercaseShare(text)
            guard characters > 60, lowercase > characters / 2 else { continue }
            firstTwo.append(block)
            if firstTwo.count == 2 { break }
        }
        guard let first = firstTwo.first else { return 0..<0 }
        var range = first.range
        if range.count < 400, firstTwo.count > 1 { range = range.lowerBound..<firstTwo[1].range.upperBound }
        return range
    }
}
