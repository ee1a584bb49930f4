import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

/// Which mission a figure belongs to: the sentence's names, a keyword before the figure,
/// its paragraph, then the headings above.
@Suite struct MissionResolverTests {
    private func context(_ text: String) -> LetterContext {
        let document = Document(id: "test", fileName: "test.txt", title: "Test", text: text)
        return LetterContext(document: document, letter: Segmenter().segment(Normalizer().normalize(text)))
    }

    @Test func aSentenceWithoutANameTakesTheMissionOfTheNearestHeadingThatNamesOne() throws {
        let context = context(
            """
            NATO Mission Iraq

            Nederland levert maximaal 20 militairen aan de staf.

            Operation Inherent Resolve

            Nederland levert maximaal 30 militairen.

            Kosten

            Nederland levert maximaal 40 militairen.
            """)
        let resolver = MissionResolver(context: context)
        let figures = context.letter.sentences.filter { $0.text.contains("militairen") }
        try #require(figures.count == 3)
        #expect(figures.map { resolver.mission(for: $0) } == ["NMI", "OIR", "OIR"])
    }

    @Test func aKeywordBeforeTheFigureNamesItsMissionOneAfterItDoesNot() throws {
        let context = context(
            """
            NATO Mission Iraq

            Met de F-16 levert Nederland 6 vliegers.

            Nederland levert 6 vliegers voor de F-16.
            """)
        let resolver = MissionResolver(context: context)
        let sentences = context.letter.sentences.filter { $0.text.contains("vliegers") }
        try #require(sentences.count == 2)
        let before = sentences[0]
        let after = sentences[1]
        let end = { (sentence: Sentence) in sentence.text.unicodeScalars.count }
        let phraseEnd = { (sentence: Sentence) in
            Array(sentence.text.unicodeScalars).indices.first {
                String(String.UnicodeScalarView(Array(sentence.text.unicodeScalars)[$0...])).hasPrefix("vliegers")
            }! + "vliegers".count
        }
        #expect(resolver.mission(for: before, at: end(before), phraseEnd: phraseEnd(before)) == "ATFME")
        #expect(resolver.mission(for: after, at: end(after), phraseEnd: phraseEnd(after)) == "NMI")
    }

    /// The resolver's shortcuts (headings' missions found once, keywords ruled out by the
    /// sentence's sketch) against the plain way: every heading and keyword searched anew.
    @Test func everyCorpusSentenceGetsTheMissionThePlainSearchGives() throws {
        var resolved = 0
        for document in try Corpus.letters() {
            let letter = Segmenter().segment(Normalizer().normalize(document.text))
            let context = LetterContext(document: document, letter: letter)
            let resolver = MissionResolver(context: context)
            for sentence in letter.sentences {
                let count = sentence.text.unicodeScalars.count
                for phraseEnd in [count / 3, count] {
                    let mission = resolver.mission(for: sentence, at: phraseEnd, phraseEnd: phraseEnd)
                    #expect(mission == plainMission(sentence, phraseEnd, context), "\(sentence.text)")
                    if mission != nil { resolved += 1 }
                }
            }
        }
        #expect(resolved > 500)
    }

    /// A heading's mission is read off the names found in the whole letter; where a name runs
    /// over a heading's edge, off the heading searched on its own, as it always was.
    @Test func everyHeadingNamesTheMissionItsOwnSearchFinds() throws {
        // "coalitie" ends a heading and "tegen ISIS" starts the paragraph below it; the
        // paragraph above ends on "internationale", before the heading "Coalitie tegen ISIS".
        let runningOver = """
            Bijdrage aan de coalitie

            tegen ISIS levert Nederland maximaal 20 militairen.

            Nederland steunt met deze bijdrage, zoals eerder aan uw Kamer gemeld, al vele jaren de strijd van de internationale

            Coalitie tegen ISIS

            Nederland levert maximaal 30 militairen.
            """
        let crafted = context(runningOver)
        let headings = crafted.letter.sections.compactMap(\.headingRange)
        try #require(headings.count == 2, "\(crafted.letter.sections.compactMap(\.heading))")
        // Each heading has a name running over one of its edges: the search of its own decides.
        for heading in headings {
            #expect(
                crafted.mentions.contains {
                    $0.range.overlaps(heading)
                        && ($0.range.lowerBound < heading.lowerBound || $0.range.upperBound > heading.upperBound)
                })
        }
        #expect(crafted.headingMissions.compactMap { $0 } == ["OIR"])

        var named = 0
        for text in try Corpus.letters().map(\.text) + [runningOver] {
            let context = context(text)
            for (index, section) in context.letter.sections.enumerated() {
                let alone = section.heading.flatMap { MissionFinder.mentions(in: $0).last?.mission }
                #expect(context.headingMissions[index] == alone, "\(section.heading ?? "")")
                if alone != nil { named += 1 }
            }
        }
        #expect(named > 10)
    }

    /// `MissionResolver.mission(for:at:phraseEnd:)` as it was written before its shortcuts.
    private func plainMission(_ sentence: Sentence, _ offset: Int, _ context: LetterContext) -> String? {
        let named = context.mentions(in: sentence.range).map {
            ($0.mission, $0.range.lowerBound - sentence.range.lowerBound)
        }
        if let before = named.last(where: { $0.1 <= offset }) { return before.0 }
        let scope = String(String.UnicodeScalarView(sentence.text.unicodeScalars.prefix(offset)))
        if let keyword = MissionFinder.keywordMissions(in: scope).last { return keyword.mission }
        if let after = named.first { return after.0 }
        let earlier = context.letter.sentences(inBlock: sentence.blockIndex).filter {
            $0.range.upperBound <= sentence.range.lowerBound
        }
        for previous in earlier.reversed() {
            if let mention = context.mentions(in: previous.range).last { return mention.mission }
        }
        for heading in context.letter.headings(before: sentence.sectionIndex) {
            if let mention = MissionFinder.mentions(in: heading).last { return mention.mission }
        }
        return nil
    }
}
