import KaderCore

/// National frameworks: the personnel figure of a Dutch contribution, with its mission,
/// component and period.
enum FrameworkExtractor {
    /// A sentence about the Dutch contribution, not about a mission as a whole.
    static let dutchCue = WordPattern(#"nederland|bijdrage|mandaat|nationaa?le?\s+kader|inzet"#)
    /// A figure that is continued, kept, extended or raised falls under the decided end;
    /// one that says how things stand now ("Momenteel levert Nederland …") does not.
    static let continuation = WordPattern(
        #"blijft|blijven|behoudt|behouden|voortgezet|voort\s+te\s+zetten|voortzetten|verleng|opgehoogd|verhoogd|gecontinueerd|continueren|handhaaft|gehandhaafd"#
    )
    private static let requestWord = regex(#"(?<![\p{L}])verzoek(?:en)?(?![\p{L}])"#)
    /// Troops of others: a sentence about them that does not name the Netherlands is no framework.
    static let foreign = regex(
        #"(?<![\p{L}])(?:VS|Verenigde\s+Staten|Amerikaanse|Britse|Duitse|Franse|Belgische|Deense|coalitietroepen|bondgenoten|partnerlanden|internationale\s+staf|lokale\s+staf)(?![\p{L}])"#
    )
    /// One of these is in every sentence `foreign` matches.
    static let foreignWords = LiteralSet([
        "vs", "verenigde", "amerikaanse", "britse", "duitse", "franse", "belgische", "deense", "coalitietroepen",
        "bondgenoten", "partnerlanden", "staf",
    ])
    /// A decision that sets the end of the deployment for what follows.
    static let decisionVerb = WordPattern(
        #"verleng|voortgezet|voort\s+te\s+zetten|voortzetten|continueren|gecontinueerd|besloten"#)
    static let place = regex(
        #"^\s*(?:(?:in|op|bij|te|vanuit)\s+(?:het\s+|de\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,3})"#,
        caseInsensitive: false)

    static func extract(_ context: LetterContext) -> [Finding] {
        let resolver = MissionResolver(context: context)
        var findings: [Finding] = []
        // The end a decision sentence set ("wordt … voortgezet tot en met 31 juli 2025"):
        // figures stated later without a period of their own fall under it, per mission the
        // sentence names, or for all (key "") when it names none or opens the letter: the
        // opening states the decision the whole letter is about.
        var decidedEnds: [String: Day] = [:]
        let openingRange = context.openingRange
        for (sentence, text) in context.scannedSentences {
            let tokens = PersonnelCount.tokensIfCounting(text)
            let counts = PersonnelCount.find(in: text, tokens: tokens)
            let decides = decisionVerb.matches(text)
            // The period costs several patterns: only for a sentence that uses it.
            let period = counts.isEmpty && !decides ? Period(start: nil, end: nil) : DutchDate.period(in: text)
            if !counts.isEmpty, isAboutTheDutchContribution(sentence, text, context) {
                // Several bare counts break one contribution down ("drie civiele experts en twee
                // politiefunctionarissen"); beside a qualified figure they are parts of their own.
                let listed = CountTokens.count(in: text, tokens: tokens) >= 2 && !counts.contains { $0.qualified }
                for count in counts where (count.qualified || !listed) && !count.isIncrement {
                    if isRequested(count, in: text) { continue }
                    guard
                        let mission = resolver.mission(
                            for: sentence, at: count.numberRange.lowerBound, phraseEnd: count.range.upperBound)
                    else { continue }
                    var own = period
                    if own.start == nil, own.end == nil, let end = decidedEnds[mission] ?? decidedEnds[""],
                        continuation.matches(text)
                    {
                        own = Period(start: nil, end: end)
                    }
                    let framework = FrameworkCandidate(
                        mission: mission, component: component(count, in: text), cap: count.cap, period: own)
                    findings.append(
                        Finding(
                            value: .framework(framework), range: sentence.range,
                            confidence: count.qualified ? 0.8 : 0.6))
                }
            }
            if let end = period.end, decides {
                let named = Set(context.mentions(in: sentence.range).map(\.mission))
                let opening = openingRange.contains(sentence.range.lowerBound)
                for mission in named.isEmpty || opening ? named.union([""]) : named { decidedEnds[mission] = end }
            }
        }
        return findings
    }

    /// "een verzoek … om inzet van een compagnie van circa 100 tot 150 personen": what others
    /// ask for is not (yet) a Dutch framework.
    static func isRequested(_ count: PersonnelCount, in text: ScalarText) -> Bool {
        guard text.mayContain(["verzoek"]),
            let request = text.matches(requestWord).last(where: { $0.range.upperBound <= count.range.lowerBound })
        else { return false }
        let between = text.slice(request.range.upperBound..<count.range.lowerBound)
        return between.range(of: " om ") != nil
    }

    /// The sentence, a sentence next to it or its heading speaks of the Dutch contribution.
    private static func isAboutTheDutchContribution(
        _ sentence: Sentence, _ text: ScalarText, _ context: LetterContext
    ) -> Bool {
        if text.mayContain(foreignWords), !text.mayContain(["nederland"]), text.firstMatch(foreign) != nil {
            return false
        }
        if dutchCue.matches(text) { return true }
        if let heading = context.letter.headings(before: sentence.sectionIndex).first,
            dutchCue.matches(ScalarText(heading))
        {
            return true
        }
        let block = context.letter.sentences(inBlock: sentence.blockIndex)
        guard let index = block.firstIndex(of: sentence) else { return false }
        let neighbours = [index - 1, index + 1].filter { block.indices.contains($0) }.map { block[$0] }
        return neighbours.contains { dutchCue.matches(context.scanned($0)) }
    }

    /// The words of the figure without the number, and the place right after it
    /// ("militaire adviseurs in Bagdad").
    static func component(_ count: PersonnelCount, in text: ScalarText) -> String {
        var words = count.phrase.split(separator: " ").dropFirst().joined(separator: " ")
        guard mayStartPlace(text.scalars, at: count.range.upperBound) else { return words }
        let rest = text.part(count.range.upperBound..<text.scalars.count)
        if let match = rest.firstMatch(place) { words += " " + match.value.trimmingWhitespace() }
        return words
    }

    /// The words `place` starts with, after white space.
    private static let placeWords: [[Unicode.Scalar]] = ["in", "op", "bij", "te", "vanuit"].map {
        Array($0.unicodeScalars)
    }

    /// Whether `place` may match from `start`: after white space, one of its first words and
    /// white space again. Most counts are followed by none, and the rest of their sentence
    /// was copied and searched for nothing.
    static func mayStartPlace(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var index = start
        while index < scalars.count, scalars[index].isWhitespaceQuick { index += 1 }
        return placeWords.contains { word in
            index + word.count < scalars.count && ScalarText.equal(scalars, at: index, word)
                && scalars[index + word.count].isWhitespaceQuick
        }
    }
}
