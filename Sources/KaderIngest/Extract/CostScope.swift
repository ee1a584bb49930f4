import Foundation

/// What an amount is for, in the letter's words: the clause before it without its verb
/// ("de bijdrage aan de NAVO-missie van ongeveer 300.000 euro" → "bijdrage aan de
/// NAVO-missie"), with the place after it when several amounts share one clause
/// ("… bedroeg 35,2 miljoen euro in Irak en 21,9 miljoen euro in Syrië").
enum CostScope {
    /// A clause starts after a semicolon, colon, dash or a comma before a space (not the
    /// comma of "35,2", nor a bracket inside a phrase).
    static let clauseStart = regex(#"[;:]\s*|,\s+|\s–\s"#)
    /// The verb of the clause: before it the subject, after it the object.
    static let verb = regex(#"(?<![\p{L}])(?:"# + verbs.joined(separator: "|") + #")(?![\p{L}])"#)
    private static let verbs = [
        "bedroeg", "bedroegen", "bedraagt", "bedragen", "zijn", "is", "was", "waren", "wordt", "worden", "werd",
        "komen", "komt", "heeft", "hebben", "zullen", "zal", "leverde", "levert", "besteedt", "omvat", "omvatten",
    ]
    private static let verbSet = Set(verbs)
    static let leading = regex(#"^(?:(?:en|of|maar|dat|die|dit|de|het|een|uit|op|onder\s+meer|nog)\s+)+"#)
    static let trailing = regex(
        #"(?:\s+(?:van|op|voor|aan|met|in\s+totaal|ongeveer|circa|ruim|bijna|totaal|nog|geraamd|begroot|gekost|gerealiseerd))+\s*$"#
    )
    /// `leading` and `trailing` as word lists, read without the patterns where they can be.
    static let leadingWords = EdgeWords([
        "en", "of", "maar", "dat", "die", "dit", "de", "het", "een", "uit", "op", "onder meer", "nog",
    ])
    static let trailingWords = EdgeWords([
        "van", "op", "voor", "aan", "met", "in totaal", "ongeveer", "circa", "ruim", "bijna", "totaal", "nog",
        "geraamd", "begroot", "gekost", "gerealiseerd",
    ])
    private static let place = regex(#"^\s*(?:in|voor)\s+(?:de\s+|het\s+)?[\p{Lu}][\p{L}-]*"#, caseInsensitive: false)

    /// The scope of each amount (ranges in text order).
    static func scopes(of amounts: [Range<Int>], in text: ScalarText) -> [String] {
        func sameClause(_ first: Int, _ second: Int) -> Bool {
            let between = text.slice(amounts[first].upperBound..<amounts[second].lowerBound)
            return between.range(of: ", ") == nil && !between.contains(";") && between.count < 40
        }
        // Scanned once per sentence, not once per amount: a sentence of 500 amounts took seconds.
        let clauseStarts = clauseStarts(in: text.scalars)
        let stops = text.scalars.indices.filter { isPhraseStop(text.scalars[$0]) }
        var bases: [String] = []
        var scopes: [String] = []
        for (index, range) in amounts.enumerated() {
            let withPrevious = index > 0 && sameClause(index - 1, index)
            let withNext = index + 1 < amounts.count && sameClause(index, index + 1)
            var base: String
            if withPrevious {
                // A second amount in the same clause shares the first one's subject.
                base = bases[index - 1]
            } else {
                let start = clauseStarts[..<clauseStarts.partitionPoint { $0 > range.lowerBound }].last ?? 0
                base = clean(text.slice(start..<range.lowerBound))
                if base.count < 12 {
                    // The sentence so far, but at most its last 1,000 scalars: a sentence of
                    // thousands of short clauses ("Irak, € 12,5 miljoen, …") read its whole
                    // start again for every amount, quadratic in its length.
                    base = clean(text.slice(max(0, range.lowerBound - 1_000)..<range.lowerBound))
                }
            }
            bases.append(base)
            var scope = base
            if withPrevious || withNext, let location = place(after: range.upperBound, in: text) {
                scope += ", " + location
            }
            if scope.count < 4 { scope = phrase(after: range.upperBound, in: text, stops: stops) }
            scopes.append(String(scope.suffix(120)))
        }
        return scopes
    }

    /// Where `clauseStart`'s matches end, found by a scan: each scalar is tried as the
    /// pattern would try it, without running ICU over every sentence with an amount.
    static func clauseStarts(in scalars: [Unicode.Scalar]) -> [Int] {
        // ICU's `\s` is Unicode's White_Space, as `isWhitespace` is.
        func isSpace(_ index: Int) -> Bool { index < scalars.count && scalars[index].isWhitespaceQuick }
        var ends: [Int] = []
        var index = 0
        while index < scalars.count {
            var end = index
            switch scalars[index] {
            case ";", ":":
                end = index + 1
                while isSpace(end) { end += 1 }
            case "," where isSpace(index + 1):
                end = index + 2
                while isSpace(end) { end += 1 }
            case _ where isSpace(index) && index + 2 < scalars.count && scalars[index + 1] == "–" && isSpace(index + 2):
                end = index + 3
            default:
                index += 1
                continue
            }
            ends.append(end)
            index = end
        }
        return ends
    }

    /// Scalars that may end the phrase after an amount: `,;.(`, and U+037E, which Swift
    /// compares equal to `;`. By `switch`: a `Set` hashed every scalar of the sentence.
    private static func isPhraseStop(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ".", "(", "\u{37E}": true
        default: false
        }
    }

    /// The place right after an amount ("in Irak"): `place` read on the three words after it,
    /// which hold any match it can have, not on the rest of the sentence.
    static func place(after start: Int, in text: ScalarText) -> String? {
        var end = start
        for _ in 0..<3 {
            while end < text.scalars.count, text.scalars[end].properties.isWhitespace { end += 1 }
            while end < text.scalars.count, text.scalars[end].properties.isAlphabetic || text.scalars[end] == "-" {
                end += 1
            }
        }
        return text.part(start..<end).firstMatch(place)?.value.trimmingWhitespace()
    }

    /// The words after an amount up to the first character `,;.(`, as `String.prefix` over
    /// characters finds them (a comma with an accent on it is no comma). The caller keeps the
    /// last 120 characters, so of a long phrase only its end is read.
    static func phrase(after start: Int, in text: ScalarText, stops: [Int]) -> String {
        var end = text.scalars.count
        for stop in stops[stops.partitionPoint { $0 >= start }...] where isCharacter(at: stop, from: start, in: text) {
            end = stop
            break
        }
        if end - start > 1_000 {
            let tail = text.slice(end - 1_000..<end).trimmingWhitespace()
            if tail.count > 120 { return tail }
        }
        return text.slice(start..<end).trimmingWhitespace()
    }

    /// Whether the scalar at `index` is a character of its own in the text from `start` on:
    /// nothing before it joins it (a prepended mark) and nothing after it combines with it.
    private static func isCharacter(at index: Int, from start: Int, in text: ScalarText) -> Bool {
        let lower = max(start, index - 1)
        var offset = lower
        for character in text.slice(lower..<min(text.scalars.count, index + 2)) {
            if offset == index { return character.unicodeScalars.count == 1 }
            offset += character.unicodeScalars.count
            if offset > index { return false }
        }
        return false
    }

    /// What the clause says the amount is for: the object after its verb when there is one
    /// ("Dit omvat onder meer de verlenging van de trainingsmissie"), else the subject before
    /// it ("De totale geraamde uitgaven … in 2024 komen uit op").
    /// Where `pattern` first matches in `text`, within `range` (UTF-16 offsets) when given.
    /// Plain strings, not `ScalarText`: these run for every amount, on up to 1,000 scalars.
    static func firstRange(of pattern: CompiledPattern, in text: String, within range: NSRange? = nil)
        -> Range<String.Index>?
    {
        let units = Array(text.utf16)
        // As NSRegularExpression did: the pattern sees the window only, not the text around it.
        let window = range.map { $0.location..<($0.location + $0.length) } ?? 0..<units.count
        let found = units.withUnsafeBufferPointer {
            pattern.matches(in: UnsafeBufferPointer(rebasing: $0[window]), firstOnly: true)
        }
        guard let match = found.first?[0] else { return nil }
        return Range(NSRange(location: window.lowerBound + match.lowerBound, length: match.count), in: text)
    }

    /// Where `trailing` matches, read on the last 200 UTF-16 units: a match that ends the
    /// text and starts well inside them is the one the whole text has (the pattern tries
    /// every start, a cost per amount in a long clause); one near their start may reach
    /// further back, and is looked for in the whole text.
    static func trailingRange(in text: String) -> Range<String.Index>? {
        let length = text.utf16.count
        guard length > 200 else { return firstRange(of: trailing, in: text) }
        let window = NSRange(location: length - 200, length: 200)
        guard let match = firstRange(of: trailing, in: text, within: window) else { return nil }
        if NSRange(match, in: text).location < window.location + 30 { return firstRange(of: trailing, in: text) }
        return match
    }

    /// Where `verb` first matches in `clause`: the first of its words that is one of `verbs`,
    /// A–Z read as a–z. A clause with a letter past ASCII (which may fold to one, or stand
    /// against a word as a letter), or a scalar past ASCII against a word (a combining mark
    /// that the match's range, in characters, would not end before), is left to the pattern.
    static func verbRange(in clause: String) -> Range<String.Index>? {
        let bytes = clause.utf8
        if bytes.contains(where: { $0 >= 0x80 }), !isPlainAround(clause.unicodeScalars) {
            return firstRange(of: verb, in: clause)
        }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index].isASCIILetter else {
                index = bytes.index(after: index)
                continue
            }
            var end = index
            var word = ""
            while end < bytes.endIndex, bytes[end].isASCIILetter {
                word.unicodeScalars.append(Unicode.Scalar(bytes[end] | 0x20))
                end = bytes.index(after: end)
            }
            if verbSet.contains(word) { return index..<end }
            index = end
        }
        return nil
    }

    /// No scalar past ASCII is a letter or stands against an ASCII letter.
    private static func isPlainAround(_ scalars: String.UnicodeScalarView) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in scalars {
            let wide = scalar.value >= 0x80
            if wide, scalar.properties.isAlphabetic || (previous.value < 0x80 && UInt8(previous.value).isASCIILetter) {
                return false
            }
            if !wide, previous.value >= 0x80, UInt8(scalar.value).isASCIILetter { return false }
            previous = scalar
        }
        return true
    }

    private static func clean(_ clause: String) -> String {
        guard let match = verbRange(in: clause) else { return trim(clause) }
        let object = trim(String(clause.unicodeScalars[match.upperBound...]))
        if object.count >= 12 { return object }
        return trim(String(clause.unicodeScalars[..<match.lowerBound]))
    }

    static func trim(_ phrase: String) -> String {
        var text = phrase.trimmingWhitespace()
        for pattern in [leading, trailing] {
            let atStart = pattern === leading
            switch atStart ? leadingWords.leadingEnd(of: text) : trailingWords.trailingStart(of: text) {
            case .none: break
            case .cut(let offset):
                let count = text.utf8.count
                text = text.utf8Slice(atStart ? offset..<count : 0..<offset)
            case .unsure:
                let match = atStart ? firstRange(of: pattern, in: text) : trailingRange(in: text)
                // Cut by scalars, as the offsets of provenance count, not rounded to characters.
                if let match {
                    text =
                        String(text.unicodeScalars[..<match.lowerBound])
                        + String(text.unicodeScalars[match.upperBound...])
                }
            }
            text = text.trimmingWhitespace()
        }
        while let last = text.last, ",;:(".contains(last) { text = String(text.dropLast()).trimmingWhitespace() }
        return text
    }
}
