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
        phrase.split(separator: " ").contains { ["extra", "aanvullende", "additionele"].contains($0.lowercased()) }
    }
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

    /// A token of a sentence: its cleaned lowercase form and its scalar range.
    struct Token {
        let word: String
        let raw: String
        let range: Range<Int>
        /// Punctuation after the word ends a list item or clause.
        let endsClause: Bool
    }

    static func tokens(_ text: ScalarText) -> [Token] {
        var tokens: [Token] = []
        var start: Int?
        let scalars = text.scalars
        // By hand on the scalars: Foundation's trimming, with a CharacterSet made per word,
        // cost more than the rest of the sentence's extraction.
        func close(_ end: Int) {
            guard let from = start else { return }
            var lower = from
            var upper = end
            while lower < upper, isQuoteMark(scalars[lower]) { lower += 1 }
            while upper > lower, isQuoteMark(scalars[upper - 1]) { upper -= 1 }
            let endsClause = endsAClause(scalars[end - 1])
            while upper > lower, isTrailingPunctuation(scalars[upper - 1]) { upper -= 1 }
            let word = String(scalars: scalars[lower..<upper])
            tokens.append(Token(word: word.lowercased(), raw: word, range: from..<end, endsClause: endsClause))
            start = nil
        }
        for index in scalars.indices {
            if scalars[index].isWhitespaceQuick {
                close(index)
            } else if start == nil {
                start = index
            }
        }
        close(scalars.count)
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
        for (index, token) in tokens.enumerated() where nouns.contains(token.word) {
            // Walk back over at most three describing words to a number.
            var back = index - 1
            var steps = 0
            var numberIndex: Int?
            while back >= 0, steps <= 3 {
                let candidate = tokens[back]
                if candidate.endsClause || candidate.word.isEmpty { break }
                if DutchNumber.count(candidate.word) != nil {
                    numberIndex = back
                    break
                }
                if blockers.contains(candidate.word) || candidate.word.contains(where: { $0.isNumber }) { break }
                back -= 1
                steps += 1
            }
            guard let numberIndex, let value = DutchNumber.count(tokens[numberIndex].word), value > 0 else { continue }
            // "per 1 november 2020 Nederlandse militairen": a year is no number of people.
            if tokens[numberIndex].word.allSatisfy({ $0.isNumber }), (1900...2100).contains(value) { continue }
            // "100 tot 150", "vijf tot tien": the upper bound, qualified as "tot".
            var qualifier = CapQualifier.exact
            var qualified = false
            var first = numberIndex
            if numberIndex >= 2, ["tot", "à", "a", "-", "–"].contains(tokens[numberIndex - 1].word),
                DutchNumber.count(tokens[numberIndex - 2].word) != nil
            {
                qualifier = .tot
                qualified = true
                first = numberIndex - 2
            } else if numberIndex >= 1, let q = qualifiers[tokens[numberIndex - 1].word] {
                if !(q == .tot && numberIndex + 1 < tokens.count && tokens[numberIndex + 1].word == "en") {
                    qualifier = q
                    qualified = true
                    first = numberIndex - 1
                }
            }
            let numberToken = tokens[numberIndex]
            // "twintig militairen en civiele experts": one figure, its phrase the longest.
            if let previous = found.last, previous.numberRange == numberToken.range { found.removeLast() }
            let phrase = text.slice(numberToken.range.lowerBound..<token.range.upperBound)
                .trimmingCharacters(in: CharacterSet(charactersIn: ",;:.()"))
            found.append(
                PersonnelCount(
                    cap: PersonnelCap(count: value, qualifier: qualifier), qualified: qualified, phrase: phrase,
                    numberRange: numberToken.range, range: tokens[first].range.lowerBound..<token.range.upperBound))
        }
        return found
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
        for (index, token) in tokens.enumerated() {
            guard let value = DutchNumber.count(token.word), token.word != "één" else { continue }
            if citations.contains(where: { $0.overlaps(token.range) }) { continue }
            if token.word.allSatisfy({ $0.isNumber }), value >= 1900, value <= 2100 { continue }
            // The day of a date ("1 januari").
            if index + 1 < tokens.count, DutchDate.month(tokens[index + 1].word) != nil { continue }
            if index > 0, ["nr", "nrs", "nr.", "nrs."].contains(tokens[index - 1].word) { continue }
            count += 1
        }
        return count
    }
}
