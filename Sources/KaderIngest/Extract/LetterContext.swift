import KaderCore

/// A mission named somewhere in the normalized text.
struct MissionMention: Sendable, Hashable {
    let mission: String
    let range: Range<Int>
}

/// What a single extractor found: a value, where in the normalized text, how sure.
struct Finding: Sendable {
    let value: CandidateValue
    /// The sentence (or line) it comes from, in the normalized text.
    let range: Range<Int>
    let confidence: Double
}

/// Everything the extractors read about one letter.
struct LetterContext {
    let document: Document
    let letter: SegmentedLetter
    let mentions: [MissionMention]
    /// The letter's own date, as stored or as printed ("Den Haag, 7 juli 2023").
    let letterDate: Day?
    /// The date printed in the letter, and where.
    let printedDate: (day: Day, range: Range<Int>)?
    /// The whole normalized text, for patterns over the letter.
    let whole: ScalarText
    /// `whole` folded to lower case, one byte a scalar, for finding words in the letter.
    let folded: ScalarBytes
    /// The letter's opening paragraph (`LetterTypeClassifier.openingRange(_:)`), found once.
    let openingRange: Range<Int>
    /// Each sentence of `letter.sentences`, made once for every extractor that reads it.
    private let scanned: [ScalarText]
    /// Per section, the mission its heading names last (nil without either): found once, not
    /// for every figure whose mission is looked for under the headings.
    let headingMissions: [String?]

    var normalized: NormalizedText { letter.normalized }

    init(document: Document, letter: SegmentedLetter) {
        self.document = document
        self.letter = letter
        let normalized = letter.normalized
        whole = ScalarText(string: normalized.text, scalars: normalized.scalars)
        scanned = letter.sentences.map {
            ScalarText(string: $0.text, scalars: Array(normalized.scalars[$0.range]), sketched: true)
        }
        // One folded copy of the letter for the mission names and the date line.
        let folded = ScalarBytes(normalized.scalars)
        self.folded = folded
        self.mentions = MissionFinder.mentions(in: whole, folded: folded)
        printedDate = MetadataExtractor.printedDate(in: whole, folded: folded)
        letterDate = document.date ?? printedDate?.day
        openingRange = LetterTypeClassifier.openingRange(normalized)
        // How far the mentions up to each one reach: whether a name runs into a heading.
        var reach: [Int] = []
        reach.reserveCapacity(mentions.count)
        for mention in mentions { reach.append(max(reach.last ?? 0, mention.range.upperBound)) }
        let mentions = self.mentions
        headingMissions = letter.sections.map { section in
            guard let heading = section.heading, let range = section.headingRange else { return nil }
            return Self.headingMission(heading, at: range, mentions: mentions, reach: reach)
        }
    }

    /// The mission a heading names last. A heading stands in the normalized text with a
    /// blank line on either side, so the names found there are the names of the heading on
    /// its own: searching each heading again took a twentieth of extracting a letter. Only
    /// when a name runs over the heading's edge ("… coalitie" above "tegen ISIS …") is the
    /// heading searched on its own. `reach[i]` is the furthest end of `mentions[...i]`.
    static func headingMission(
        _ heading: String, at range: Range<Int>, mentions: [MissionMention], reach: [Int]
    ) -> String? {
        var index = mentions.partitionPoint { $0.range.lowerBound >= range.lowerBound }
        if index > 0, reach[index - 1] > range.lowerBound { return MissionFinder.mentions(in: heading).last?.mission }
        var last: MissionMention?
        while index < mentions.count, mentions[index].range.lowerBound < range.upperBound {
            guard mentions[index].range.upperBound <= range.upperBound else {
                return MissionFinder.mentions(in: heading).last?.mission
            }
            last = mentions[index]
            index += 1
        }
        return last?.mission
    }

    /// Each sentence of the letter with its scanned text, in order: an extractor that reads
    /// every sentence walks these, without looking each one up (`scanned(_:)` bisects and
    /// compares the sentence, a hundredth of extraction over the five such extractors).
    var scannedSentences: Zip2Sequence<[Sentence], [ScalarText]> { zip(letter.sentences, scanned) }

    /// A sentence of this letter, scanned (made once, when the context was).
    func scanned(_ sentence: Sentence) -> ScalarText {
        let index = letter.sentences.partitionPoint { $0.range.lowerBound >= sentence.range.lowerBound }
        guard index < scanned.count, letter.sentences[index] == sentence else { return ScalarText(sentence.text) }
        return scanned[index]
    }

    /// The normalized text of `range`, scanned.
    func scanned(_ range: Range<Int>) -> ScalarText {
        ScalarText(string: normalized.slice(range), scalars: Array(normalized.scalars[range]))
    }

    /// The missions named inside a normalized range, in text order.
    func mentions(in range: Range<Int>) -> [MissionMention] {
        // The mentions are in text order: find the first in range by bisection.
        var low = mentions.partitionPoint { $0.range.lowerBound >= range.lowerBound }
        var found: [MissionMention] = []
        while low < mentions.count, mentions[low].range.lowerBound < range.upperBound {
            found.append(mentions[low])
            low += 1
        }
        return found
    }

    /// The provenance of a normalized range: its place and words in the original text.
    func span(_ range: Range<Int>) -> SourceSpan {
        let original = normalized.originalRange(range)
        return SourceSpan(
            documentID: document.id, start: original.lowerBound, end: original.upperBound,
            // By the scalars kept: slicing the string by offset walked it from its start.
            quote: String(scalars: normalized.originalScalars[original]))
    }
}

/// Finds mission names and their aliases (DOMAIN.md) in text.
enum MissionFinder {
    static func mentions(in text: String) -> [MissionMention] {
        let scanned = ScalarText(text)
        return mentions(in: scanned, folded: ScalarBytes(scanned.scalars))
    }

    /// `folded` is `scanned` as `ScalarBytes` folded to lower case.
    static func mentions(in scanned: ScalarText, folded: ScalarBytes) -> [MissionMention] {
        // Where each acronym and hint stands, all found in one pass.
        let places = MissionCatalog.nameWords.places(in: folded)
        let stretches = NameStretches(scanned.scalars)
        var found: [MissionMention] = []
        for (index, (alias, regex)) in MissionCatalog.compiledAliases.enumerated() {
            let words = MissionCatalog.aliasWords[index]
            if alias.caseSensitive {
                // An acronym: its spellings as whole words, without a regular expression.
                for (spelling, word) in zip(alias.literals, words) {
                    for range in scanned.acronyms(spelling, at: places[word]) {
                        found.append(MissionMention(mission: alias.mission, range: range))
                    }
                }
            } else if words.allSatisfy({ !places[$0].isEmpty }) {
                // Only the stretches that hold the hint, not the whole letter once per name:
                // each pattern run copies the text it is given.
                for stretch in stretches.holding(words, places: places, in: MissionCatalog.nameWords) {
                    for match in scanned.part(stretch).matches(regex) {
                        let start = stretch.lowerBound
                        let range = (start + match.range.lowerBound)..<(start + match.range.upperBound)
                        found.append(MissionMention(mission: alias.mission, range: range))
                    }
                }
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Missions a stretch of text points at through a sub-unit or capability ("JOCAT",
    /// "F-16", "trainers").
    static func keywordMissions(in text: String) -> [(mission: String, at: Int)] {
        let scanned = ScalarText(text)
        var found: [(String, Int)] = []
        for (keyword, mission, regex) in MissionCatalog.compiledKeywords where text.containsBytes(keyword) {
            for match in scanned.matches(regex) { found.append((mission, match.range.lowerBound)) }
        }
        return found.sorted { $0.1 < $1.1 }
    }
}
