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
    /// The original text's scalars, for the quotes: slicing the string by offset walked it
    /// from its start for every fact.
    private let originalScalars: [Unicode.Scalar]

    var normalized: NormalizedText { letter.normalized }

    init(document: Document, letter: SegmentedLetter) {
        self.document = document
        self.letter = letter
        self.mentions = MissionFinder.mentions(in: letter.normalized.text)
        self.letterDate = document.date ?? MetadataExtractor.printedDate(in: letter.normalized.text)?.day
        self.originalScalars = Array(document.text.unicodeScalars)
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
            quote: String(scalars: originalScalars[original]))
    }
}

/// Finds mission names and their aliases (DOMAIN.md) in text.
enum MissionFinder {
    static func mentions(in text: String) -> [MissionMention] {
        let scanned = ScalarText(text)
        let stretches = NameStretches(scanned.scalars)
        var found: [MissionMention] = []
        for (alias, regex) in MissionCatalog.compiledAliases {
            if alias.caseSensitive {
                // An acronym: its spellings as whole words, without a regular expression.
                for spelling in alias.literals where text.containsBytes(spelling) {
                    for range in scanned.acronyms(spelling) {
                        found.append(MissionMention(mission: alias.mission, range: range))
                    }
                }
            } else if alias.literals.allSatisfy({ scanned.mayContain([$0]) }) {
                // Only the stretches that hold the hint, not the whole letter once per name:
                // each pattern run copies the text it is given.
                for stretch in stretches.holding(alias.literals[0]) {
                    for match in ScalarText(scanned.slice(stretch)).matches(regex) {
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
