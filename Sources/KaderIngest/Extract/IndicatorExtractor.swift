import Foundation
import KaderCore

/// Values of output indicators: "De PED-capaciteit is in totaal 606 keer ingezet",
/// "15 van de 21 trainingsinstituten", "circa 950 missies uitgevoerd".
enum IndicatorExtractor {
    static let times = regex(
        #"(?:de\s+|het\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,2})\s+(?:is|zijn|werd|werden)\s+(?:in\s+totaal\s+)?(?:circa\s+|ongeveer\s+)?(\d[\d.]*)\s+keer\s+(\p{L}+)"#
    )
    static let share = regex(#"(?<![\d.,])(\d{1,4})\s+van\s+de\s+(\d{1,4})\s+([\p{L}-]+)"#)
    static let done = regex(
        #"(?:circa|ongeveer|ruim|meer\s+dan)?\s*(?<![\d.,])(\d[\d.]*)\s+(missies|keer|vluchten|patrouilles|verplaatsingen|trainingen|cursussen|bewegingen)\s+(?:\p{L}+\s+){0,2}?(uitgevoerd|ingezet|gevlogen|gegeven|verzorgd|begeleid)"#
    )

    static let doneWords = LiteralSet([
        "uitgevoerd", "ingezet", "gevlogen", "gegeven", "verzorgd", "begeleid",
    ])
    /// The nouns `done` counts.
    static let doneNounList = [
        "missies", "keer", "vluchten", "patrouilles", "verplaatsingen", "trainingen", "cursussen", "bewegingen",
    ]
    /// One of these is in every sentence `done` matches too.
    static let doneNouns = LiteralSet(doneNounList)

    /// Whether a digit, "van de" and a digit stand in a row ("15 van de 21"), as `share`
    /// needs; most sentences with a figure say "van de" elsewhere. The sentences are
    /// normalized: white space between words is one space.
    static func hasShareShape(_ text: ScalarText) -> Bool {
        guard text.mayContain(["van de"]) else { return false }
        let scalars = text.scalars
        let vanDe = Array("van de".unicodeScalars)
        guard scalars.count >= vanDe.count + 4 else { return false }
        for index in 2...(scalars.count - vanDe.count - 2)
        where ScalarText.equal(scalars, at: index, vanDe, foldingASCIICase: true) {
            let after = index + vanDe.count
            if scalars[index - 1] == " ", scalars[index - 2].isDecimalDigitQuick, scalars[after] == " ",
                scalars[after + 1].isDecimalDigitQuick
            {
                return true
            }
        }
        return false
    }

    /// What every match of `times` ends with. Its leading words make `times` the costliest
    /// pattern of all; this one runs first, on each sentence where "keer" follows a figure.
    static let timesEnd = regex(
        #"(?:is|zijn|werd|werden)\s+(?:in\s+totaal\s+)?(?:circa\s+|ongeveer\s+)?\d[\d.]*\s+keer\s+\p{L}"#)
    static let keer = [Array("keer".unicodeScalars)]
    static let doneNounScalars = doneNounList.map { Array($0.unicodeScalars) }

    /// Whether one of `nouns` (lower case) follows a figure and white space ("606 keer",
    /// "12 vluchten"), as `times` and `done` need: most sentences with a figure count nothing.
    static func hasCounted(_ nouns: [[Unicode.Scalar]], in text: ScalarText) -> Bool {
        let scalars = text.scalars
        var index = 1
        while index < scalars.count {
            defer { index += 1 }
            let before = scalars[index - 1]
            guard before == "." || ("0"..."9").contains(before), scalars[index].properties.isWhitespace else {
                continue
            }
            var word = index
            while word < scalars.count, scalars[word].properties.isWhitespace { word += 1 }
            for noun in nouns
            where word + noun.count <= scalars.count
                && ScalarText.equal(scalars, at: word, noun, foldingASCIICase: true)
            {
                return true
            }
            index = word - 1
        }
        return false
    }

    static func extract(_ context: LetterContext) -> [Finding] {
        let resolver = MissionResolver(context: context)
        var findings: [Finding] = []
        for (sentence, text) in context.scannedSentences where sentence.blockKind != .heading {
            // Every pattern needs a figure in digits; most sentences have none. Asked of the
            // sketch, which knows: a scan of each sentence's bytes was 1% of extraction.
            guard text.hasDigit else { continue }
            // Resolving the mission is costly: only for a sentence with a figure.
            var resolved: String?? = nil
            var covered: [Range<Int>] = []
            func add(_ name: String, _ value: String?, _ total: String?, _ range: Range<Int>) {
                guard let value = value.flatMap(DutchDigits.integer), !covered.contains(where: { $0.overlaps(range) })
                else { return }
                covered.append(range)
                if resolved == nil { resolved = .some(resolver.mission(for: sentence)) }
                let mission = resolved ?? nil
                let indicator = IndicatorCandidate(
                    name: name, value: Double(value), total: total.flatMap(DutchDigits.integer).map(Double.init),
                    mission: mission)
                findings.append(Finding(value: .indicator(indicator), range: sentence.range, confidence: 0.6))
            }
            let timed = text.mayContain(["keer"]) && Self.hasCounted(Self.keer, in: text)
            for match in timed && text.firstMatch(Self.timesEnd) != nil ? text.matches(times) : [] {
                add("\(match.group(1) ?? "") \(match.group(3) ?? "")", match.group(2), nil, match.range)
            }
            for match in Self.hasShareShape(text) ? text.matches(share) : []
            where DutchDigits.integer(match.group(1) ?? "") ?? 0 <= DutchDigits.integer(match.group(2) ?? "") ?? 0 {
                add(match.group(3) ?? "", match.group(1), match.group(2), match.range)
            }
            let mayBeDone =
                text.mayContain(Self.doneWords) && text.mayContain(Self.doneNouns)
                && Self.hasCounted(Self.doneNounScalars, in: text)
            for match in mayBeDone ? text.matches(done) : [] {
                add("\(match.group(2) ?? "") \(match.group(3) ?? "")", match.group(1), nil, match.range)
            }
        }
        return findings
    }
}
