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

    var normalized: NormalizedText { letter.normalized }

    init(document: Document, letter: SegmentedLetter) {
        self.document = document
        self.letter = letter
        self.mentions = MissionFinder.mentions(in: letter.normalized.text)
        self.letterDate = document.date ?? MetadataExtractor.printedDate(in: letter.normalized.text)?.day
    }

    /// The missions named inside a normalized range, in text order.
    func mentions(in range: Range<Int>) -> [MissionMention] {
        // The mentions are in text order: find the first in range by bisection.
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].range.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
        }
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
            quote: TextLocator.slice(document.text, original))
    }
}

/// Finds mission names and their aliases (DOMAIN.md) in text.
enum MissionFinder {
    static func mentions(in text: String) -> [MissionMention] {
        let scanned = ScalarText(text)
        var found: [MissionMention] = []
        for (mission, regex) in MissionCatalog.compiledAliases {
            for match in scanned.matches(regex) {
                found.append(MissionMention(mission: mission, range: match.range))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Missions a stretch of text points at through a sub-unit or capability ("JOCAT",
    /// "F-16", "trainers").
    static func keywordMissions(in text: String) -> [(mission: String, at: Int)] {
        let scanned = ScalarText(text)
        var found: [(String, Int)] = []
        for (mission, regex) in MissionCatalog.compiledKeywords {
            for match in scanned.matches(regex) { found.append((mission, match.range.lowerBound)) }
        }
        return found.sorted { $0.1 < $1.1 }
    }
}
