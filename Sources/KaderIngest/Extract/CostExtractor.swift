import Foundation
import KaderCore

/// Euro amounts with the year they concern, their kind, scope and budget.
enum CostExtractor {
    private static let scale = #"(miljoen|miljard|mln\.?|mld\.?)"#
    /// "EUR 0,7 mln.", "€ 450.000", "€ 10,5 miljoen".
    private static let prefixed = regex(
        #"(?:€|EUR|euro)\s?(\d[\d.]*(?:,\d+)?)(?:\s+"# + scale + ")?", caseInsensitive: false)
    /// "18,3 miljoen euro", "450.000 euro", "twintig miljoen euro".
    static let suffixed = regex(
        #"(?<![\p{L}\d.,])(\d[\d.]*(?:,\d+)?|[a-zëé]+)\s+(?:"# + scale + #"\s+)?(?:euro|EUR)(?![\p{L}])"#,
        caseInsensitive: false)
    static let perYear = WordPattern(#"per\s+jaar|jaarlijks|per\s+maand"#)
    static let actual = WordPattern(#"gekost|gerealiseerd|bedroeg|bedroegen|uitgegeven|is\s+besteed|zijn\s+besteed"#)
    static let estimate = WordPattern(
        #"geraamd|raming|begroot|voorzien|verwacht|zullen[^.]{0,80}bedragen|besteedt|komen\s+uit\s+op"#,
        needs: ["bedragen"])
    static let budgetSources: [(String, CompiledPattern)] = [
        ("BIV", regex(#"(?<![\p{L}])BIV(?![\p{L}])|Budget\s+Internationale\s+Veiligheid"#)),
        ("HGIS", regex(#"(?<![\p{L}])HGIS(?![\p{L}])"#)),
        ("Stabiliteitsfonds", regex(#"stabiliteitsfonds"#)),
    ]
    /// "€", "EUR" or "euro" stands in a text only where one of these does (case folded).
    private static let currencyWords = LiteralSet(["€", "eur"])
    /// One of these is in every text a budget source's pattern matches (case folded).
    static let budgetWords = LiteralSet(["biv", "budget", "hgis", "stabiliteitsfonds"])
    private static let clauseStart = regex(#"[,;:(]\s*|\s–\s"#)
    private static let scopeTrim = regex(
        #"^(?:en|of|maar|dat|die|en\s+de|de|het|een)\s+|\s+(?:van|op|voor|aan|met)?\s*(?:in\s+totaal\s+)?(?:ongeveer|circa|ruim|bijna|totaal|nog)?\s*$"#
    )

    static func extract(_ context: LetterContext) -> [Finding] {
        var findings: [Finding] = []
        let resolver = MissionResolver(context: context)
        for block in context.normalized.blocks.indices where context.normalized.blocks[block].kind != .heading {
            let sentences = context.letter.sentences(inBlock: block)
            var sources: [String?]?
            for (index, sentence) in sentences.enumerated() {
                let text = context.scanned(sentence)
                let amounts = amounts(in: text)
                guard !amounts.isEmpty else { continue }
                // The years of a sentence with an amount, else of the one before it.
                var year: Int?
                if !perYear.matches(text) {
                    let years = DutchDate.years(in: text)
                    if years.count == 1 {
                        year = years[0]
                    } else if years.isEmpty, index > 0 {
                        let previousYears = DutchDate.years(in: context.scanned(sentences[index - 1]))
                        if previousYears.count == 1 { year = previousYears[0] }
                    }
                }
                let kind: CostKind =
                    actual.matches(text) ? .actual : estimate.matches(text) ? .estimate : .budget
                // "Deze kosten komen ten laste van het BIV" may follow the amounts it covers.
                if sources == nil { sources = budgetSourcesFrom(sentences) }
                let source = sources?[index] ?? nil
                let scopes = CostScope.scopes(of: amounts.map(\.1), in: text)
                // Once per sentence: every amount of it gets the same mission.
                let mission = resolver.mission(for: sentence)
                for ((cents, _), scope) in zip(amounts, scopes) {
                    let cost = CostCandidate(
                        amountCents: cents, year: year, kind: kind, scope: scope,
                        budgetSource: source, mission: mission)
                    findings.append(Finding(value: .cost(cost), range: sentence.range, confidence: 0.85))
                }
            }
        }
        return findings
    }

    /// For each sentence of a paragraph, the first budget source (in `budgetSources` order) that
    /// it or a later sentence names: one pass from the end, instead of joining the rest of the
    /// paragraph again for every sentence with an amount.
    static func budgetSourcesFrom(_ sentences: [Sentence]) -> [String?] {
        var named = Set<String>()
        var found = [String?](repeating: nil, count: sentences.count)
        for index in sentences.indices.reversed() {
            // A name may run across the space that joins two sentences ("Budget Internationale Veiligheid").
            let text =
                index + 1 < sentences.count
                ? sentences[index].text + " " + sentences[index + 1].text : sentences[index].text
            if budgetWords.occurs(in: text) {
                let scanned = ScalarText(text)
                for (name, pattern) in budgetSources where scanned.firstMatch(pattern) != nil { named.insert(name) }
            }
            found[index] = budgetSources.first { named.contains($0.0) }?.0
        }
        return found
    }

    /// Every euro amount of a sentence, in cents, with its range.
    static func amounts(in text: ScalarText) -> [(Int64, Range<Int>)] {
        // Both patterns need a currency, written in one of these ways (case as written); the
        // sentence's sketch rules out most sentences before they are scanned for each.
        guard text.mayContain(currencyWords), ["€", "EUR", "euro"].contains(where: { text.string.containsBytes($0) })
        else { return [] }
        var found: [(Int64, Range<Int>)] = []
        // The matches of one pattern never overlap each other: only a suffixed match can overlap
        // an amount found before (a prefixed one), and those are in text order for bisection.
        for match in text.matches(prefixed) {
            if let cents = cents(of: match) { found.append((cents, match.range)) }
        }
        let prefixedRanges = DisjointRanges(sorted: found.map(\.1))
        for match in text.matches(suffixed, regions: suffixedRegions(text.scalars))
        where !prefixedRanges.overlaps(match.range) {
            if let cents = cents(of: match) { found.append((cents, match.range)) }
        }
        return found.sorted { $0.1.lowerBound < $1.1.lowerBound }
    }

    /// Where `suffixed` can match: from three words ahead of each "euro" or "EUR" to its end.
    /// A match is a number or word, a space, perhaps a scale and a space, and the currency,
    /// so it starts in one of the two words ahead of it. Run on the whole sentence, the
    /// pattern was tried at every letter of it: 7% of extracting a letter.
    static func suffixedRegions(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var regions: [Range<Int>] = []
        var index = 0
        while index + 3 <= scalars.count {
            let length: Int
            if scalars[index] == "e", index + 4 <= scalars.count, scalars[index + 1] == "u", scalars[index + 2] == "r",
                scalars[index + 3] == "o"
            {
                length = 4
            } else if scalars[index] == "E", scalars[index + 1] == "U", scalars[index + 2] == "R" {
                length = 3
            } else {
                index += 1
                continue
            }
            regions.append(scalars.start(ofWords: 3, before: index)..<(index + length))
            index += length
        }
        return regions
    }

    /// The amount of a match in cents, or nil when it is no amount.
    private static func cents(of match: ScalarText.Match) -> Int64? {
        guard let number = match.group(1) else { return nil }
        let hundredths: Int64
        if let value = DutchDigits.hundredths(number) {
            hundredths = value
        } else if match.group(2) != nil, let value = DutchNumber.word(number) ?? (number == "een" ? 1 : nil) {
            // With a scale the article is a number: "een miljoen euro".
            hundredths = Int64(value) * 100
        } else {
            return nil
        }
        let multiplier = match.group(2).flatMap { EuroAmount.multiplier(scale: $0) } ?? 1
        // An amount past Int64 cents is no amount a letter states; it must not trap.
        let (cents, overflow) = hundredths.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : cents
    }
}
