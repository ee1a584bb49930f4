import Foundation
import KaderCore

/// A personnel figure in a sentence: "circa 145 militairen", "maximaal twintig militairen
/// en civiele experts", "100 tot 150 militairen", "vijf tot tien adviseurs".
struct PersonnelCount {
    let cap: PersonnelCap
    /// Whether the letter qualified the number (circa, maximaal, ongeveer, a range).
    let qualified: Bool
    /// "twee extra politiefunctionarissen": an increment, not the size of a contribution.
    var isIncrement: Bool {
        // A byte search rules out nearly every phrase before it is split into words.
        guard Self.incrementWords.contains(where: { phrase.containsBytes($0, ignoringASCIICase: true) }) else {
            return false
        }
        return phrase.split(separator: " ").contains { Self.incrementWords.contains($0.lowercased()) }
    }
    private static let incrementWords = ["extra", "aanvullende", "additionele"]
    /// The words from the number to the noun ("20 civiele en militaire adviseurs").
    let phrase: String
    /// Scalar range of the number in the sentence.
    let numberRange: Range<Int>
    /// Scalar range of the whole phrase in the sentence.
    let range: Range<Int>

    /// Nouns that count people.
    static let nouns: Set<String> = [
        "militairen", "adviseurs", "adviseur", "stafofficieren", "stafofficier", "trainers", "instructeurs",
        "personen", "mensen", "experts", "politiefunctionarissen", "functionarissen", "medewerkers",
        "personeelsleden", "mariniers", "manschappen", "officieren", "onderofficieren", "man", "agenten",
        "militair", "bemanningsleden", "specialisten", "deskundigen", "waarnemers", "stafleden",
        "liaisonofficieren", "verbindingsofficieren", "politieagenten", "marechaussees",
    ]
    private static let nounsApart = LiteralSet(Array(nouns), apart: true)

    /// Words that may stand between number and noun ("vier militaire adviseurs").
    static let blockers: Set<String> = [
        "van", "deze", "de", "het", "die", "dat", "met", "aan", "in", "op", "voor", "bij", "uit", "tot", "zijn",
        "is", "was", "werden", "worden", "procent", "keer", "jaar", "maanden", "dagen", "landen",
    ]

    /// A token of a sentence, split at white space: where it stands and where its word does.
    /// Its word is made as a string only when asked for (`word(in:)`): most tokens are only
    /// compared with the nouns, which their scalars answer (`nounIndices(_:in:)`).
    struct Token {
        /// Scalar range of the token in the sentence.
        let range: Range<Int>
        /// Scalar range of its word: without quotes and brackets around it and punctuation after it.
        let wordRange: Range<Int>
        /// Punctuation after the word ends a list item or clause.
        let endsClause: Bool

        /// The word in lower case.
        func word(in text: ScalarText) -> String {
            String(scalars: text.scalars[wordRange]).lowercased()
        }
    }

    /// The indices of the tokens whose word is one of `nouns`, compared scalar by scalar with
    /// each noun of its length: making each token's word as a lower-case string to look it
    /// up cost as much as the rest of finding the figures.
    static func nounIndices(_ tokens: [Token], in text: ScalarText) -> [Int] {
        var found: [Int] = []
        text.scalars.withUnsafeBufferPointer { scalars in
            nounBytes.withUnsafeBufferPointer { nounBytes in
                for (index, token) in tokens.enumerated() {
                    let length = token.wordRange.count
                    guard length < nounGroups.count else { continue }
                    var start = nounGroups[length].lowerBound
                    let end = nounGroups[length].upperBound
                    while start < end {
                        var offset = 0
                        while offset < length,
                            lowerASCII(scalars[token.wordRange.lowerBound + offset]) == nounBytes[start + offset]
                        {
                            offset += 1
                        }
                        if offset == length {
                            found.append(index)
                            break
                        }
                        start += length
                    }
                }
            }
        }
        return found
    }

    /// The nouns' bytes (ASCII, so as many as scalars), shortest first; `nounGroups[n]` is
    /// where those of n bytes stand, one after another.
    private static let nounBytes: [UInt8] = nouns.sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) }.flatMap(\.utf8)
    private static let nounGroups: [Range<Int>] = {
        let lengths = nouns.map(\.utf8.count)
        var groups: [Range<Int>] = []
        var start = 0
        for length in 0...(lengths.max() ?? 0) {
            let end = start + length * lengths.filter { $0 == length }.count
            groups.append(start..<end)
            start = end
        }
        return groups
    }()

    /// The ASCII byte a scalar is in lower case, 0 when its lower case is anything else: as
    /// `lowercased()` maps it, so that the Kelvin sign is a "k".
    private static func lowerASCII(_ scalar: Unicode.Scalar) -> UInt8 {
        let value = scalar.value
        if value < 0x80 { return UInt8(truncatingIfNeeded: value &- 0x41 < 26 ? value | 0x20 : value) }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let only = lower.first, only.isASCII else { return 0 }
        return UInt8(truncatingIfNeeded: only.value)
    }

    static func tokens(_ text: ScalarText) -> [Token] {
        var tokens: [Token] = []
        // By hand on the scalars: Foundation's trimming, with a CharacterSet made per word,
        // cost more than the rest of the sentence's extraction.
        text.scalars.withUnsafeBufferPointer { scalars in
            tokens.reserveCapacity(scalars.count / 4)
            var start = 0
            while start < scalars.count {
                guard !scalars[start].isWhitespaceQuick else {
                    start += 1
                    continue
                }
                var end = start + 1
                while end < scalars.count, !scalars[end].isWhitespaceQuick { end += 1 }
                var lower = start
                var upper = end
                while lower < upper, isQuoteMark(scalars[lower]) { lower += 1 }
                while upper > lower, isQuoteMark(scalars[upper - 1]) { upper -= 1 }
                let endsClause = endsAClause(scalars[end - 1])
                while upper > lower, isTrailingPunctuation(scalars[upper - 1]) { upper -= 1 }
                tokens.append(Token(range: start..<end, wordRange: lower..<upper, endsClause: endsClause))
                start = end
            }
        }
        return tokens
    }

    /// Quotes and brackets around a word, the punctuation after it, and what ends a clause:
    /// by `switch`, as a `Set` of scalars hashed each word's ends several times.
    private static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", ")", "[", "]", "«", "»", "“", "”", "‘", "’", "\"", "'": true
        default: false
        }
    }

    private static func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", ".", "!", "?": true
        default: false
        }
    }

    private static func endsAClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", ")": true
        default: false
        }
    }

    private static let qualifiers: [String: CapQualifier] = [
        "circa": .circa, "ca": .circa, "ongeveer": .ongeveer, "zo'n": .ongeveer, "zo’n": .ongeveer,
        "maximaal": .maximaal, "max": .maximaal, "hooguit": .maximaal, "tot": .tot, "rond": .ongeveer,
        "omstreeks": .circa,
    ]

    /// The tokens of a sentence that may hold a figure; none for one without a noun that
    /// counts people, which is most of them: tokens cost.
    static func tokensIfCounting(_ text: ScalarText) -> [Token] {
        mayCount(text) ? tokens(text) : []
    }

    /// Whether a noun that counts people stands apart from other letters and digits, as its
    /// token must for `find`: "man" stands inside as many sentences ("manier", "commandant")
    /// as all the nouns together stand apart in.
    static func mayCount(_ text: ScalarText) -> Bool {
        text.mayContain(nounsApart)
    }

    /// Every personnel figure of a sentence, in text order.
    static func find(in text: ScalarText) -> [PersonnelCount] {
        find(in: text, tokens: tokensIfCounting(text))
    }

    /// Every personnel figure of a sentence, in text order, from its `tokensIfCounting`.
    static func find(in text: ScalarText, tokens: [Token]) -> [PersonnelCount] {
        var found: [PersonnelCount] = []
        for index in nounIndices(tokens, in: text) {
            let token = tokens[index]
            // Walk back over at most three describing words to a number.
            var back = index - 1
            var steps = 0
            var number: (index: Int, value: Int)?
            while back >= 0, steps <= 3 {
                let candidate = tokens[back]
                if candidate.endsClause || candidate.wordRange.isEmpty { break }
                let word = candidate.word(in: text)
                if let value = DutchNumber.count(word) {
                    number = (back, value)
                    break
                }
                if blockers.contains(word) || word.contains(where: { $0.isNumber }) { break }
                back -= 1
                steps += 1
            }
            guard let (numberIndex, value) = number, value > 0 else { continue }
            let numberWord = tokens[numberIndex].word(in: text)
            // "per 1 november 2020 Nederlandse militairen": a year is no number of people.
            if numberWord.allSatisfy({ $0.isNumber }), (1900...2100).contains(value) { continue }
            // "100 tot 150", "vijf tot tien": the upper bound, qualified as "tot".
            var qualifier = CapQualifier.exact
            var qualified = false
            var first = numberIndex
            let before = numberIndex >= 1 ? tokens[numberIndex - 1].word(in: text) : nil
            if numberIndex >= 2, let before, ["tot", "à", "a", "-", "–"].contains(before),
                DutchNumber.count(tokens[numberIndex - 2].word(in: text)) != nil
            {
                qualifier = .tot
                qualified = true
                first = numberIndex - 2
            } else if let before, let q = qualifiers[before] {
                if !(q == .tot && numberIndex + 1 < tokens.count && tokens[numberIndex + 1].word(in: text) == "en") {
                    qualifier = q
                    qualified = true
                    first = numberIndex - 1
                }
            }
            let numberToken = tokens[numberIndex]
            // "twintig militairen en civiele experts": one figure, its phrase the longest.
            if let previous = found.last, previous.numberRange == numberToken.range { found.removeLast() }
            found.append(
                PersonnelCount(
                    cap: PersonnelCap(count: value, qualifier: qualifier), qualified: qualified,
                    phrase: phrase(numberToken.range.lowerBound..<token.range.upperBound, in: text),
                    numberRange: numberToken.range, range: tokens[first].range.lowerBound..<token.range.upperBound))
        }
        return found
    }

    /// The text of `range` without the punctuation and brackets at its ends, trimmed scalar by
    /// scalar as Foundation's `trimmingCharacters(in:)` would, without making a `CharacterSet`.
    private static func phrase(_ range: Range<Int>, in text: ScalarText) -> String {
        let scalars = text.scalars
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isPhraseEdge(scalars[lower]) { lower += 1 }
        while upper > lower, isPhraseEdge(scalars[upper - 1]) { upper -= 1 }
        return String(scalars: scalars[lower..<upper])
    }

    private static func isPhraseEdge(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", ".", "(", ")": true
        default: false
        }
    }
}

/// Counts in a sentence that are not years, dates or codes: a sentence that lists several
/// ("twee diplomaten, een civiele adviseur en twee militaire adviseurs") breaks a
/// contribution down rather than stating its framework.
enum CountTokens {
    /// `tokens` are the sentence's `PersonnelCount.tokens`, made once for its figures too.
    static func count(in text: ScalarText, tokens: [PersonnelCount.Token]) -> Int {
        let citations = ReferenceExtractor.citations(in: text)
        var count = 0
        for (index, token) in tokens.enumerated() where mayBeCount(token, in: text) {
            let word = token.word(in: text)
            guard let value = DutchNumber.count(word), word != "één" else { continue }
            if citations.contains(where: { $0.overlaps(token.range) }) { continue }
            if word.allSatisfy({ $0.isNumber }), value >= 1900, value <= 2100 { continue }
            // The day of a date ("1 januari").
            if index + 1 < tokens.count, DutchDate.month(tokens[index + 1].word(in: text)) != nil { continue }
            if index > 0, ["nr", "nrs", "nr.", "nrs."].contains(tokens[index - 1].word(in: text)) { continue }
            count += 1
        }
        return count
    }

    /// Whether a token may be a count, by its first two scalars: a count in digits starts with
    /// a digit, and a number word with two letters `DutchNumber.mayStartWord` knows (or a
    /// letter with an accent, "één"). Most words of a sentence start otherwise and are not
    /// made into strings.
    static func mayBeCount(_ token: PersonnelCount.Token, in text: ScalarText) -> Bool {
        let range = token.wordRange
        guard let first = range.first else { return false }
        let value = text.scalars[first].value
        if value &- 0x30 < 10 { return true }
        // The shortest number words have three letters ("elf", "zes").
        guard range.count >= 3 else { return false }
        let second = text.scalars[first + 1].value
        guard value < 0x80, second < 0x80 else { return true }
        return DutchNumber.mayStartWord(value, second)
    }
}
