/// Decides which mission a figure in a sentence belongs to: a mission the sentence names
/// (the nearest before the figure, else after), a sub-unit or capability named before the
/// figure or in its own words, the sentences before it in the paragraph, then the headings
/// above it.
struct MissionResolver {
    let context: LetterContext

    func mission(for sentence: Sentence, at offset: Int, phraseEnd: Int) -> String? {
        let named = context.mentions(in: sentence.range).map {
            ($0.mission, $0.range.lowerBound - sentence.range.lowerBound)
        }
        if let before = named.last(where: { $0.1 <= offset }) { return before.0 }
        // A keyword the whole sentence lacks is not in its first words either.
        let text = context.scanned(sentence)
        if MissionCatalog.componentKeywords.contains(where: { text.mayHold($0.keyword) }) {
            let scope =
                phraseEnd >= sentence.range.count
                ? sentence.text : String(sentence.text.unicodeScalars.prefix(phraseEnd))
            if let keyword = MissionFinder.keywordMissions(in: scope).last { return keyword.mission }
        }
        if let after = named.first { return after.0 }
        let earlier = context.letter.sentences(inBlock: sentence.blockIndex).filter {
            $0.range.upperBound <= sentence.range.lowerBound
        }
        for previous in earlier.reversed() {
            if let mention = context.mentions(in: previous.range).last { return mention.mission }
        }
        // The headings above, nearest first.
        for section in stride(from: sentence.sectionIndex, through: 0, by: -1) {
            if let mission = context.headingMissions[section] { return mission }
        }
        return nil
    }

    /// The missions a sentence names, else those of its paragraph or headings.
    func mission(for sentence: Sentence) -> String? {
        // The sentence's range counts its scalars: its text's own count walked the text, twice.
        mission(for: sentence, at: sentence.range.count, phraseEnd: sentence.range.count)
    }
}
