import Testing

@testable import KaderStore

/// The words of stems, kept per version of the search index.
@Suite struct StemWordsTests {
    @Test func wordsAreKeptForTheirVersionOnlyAndAnOlderAnswerDoesNotReplaceANewerOne() {
        let kept = StemWords()
        #expect(kept.words(for: "bijdrag", version: 3) == nil)
        kept.keep(["bijdrage", "bijdragen"], for: "bijdrag", version: 3)
        kept.keep([], for: "zeppelin", version: 3)
        #expect(kept.words(for: "bijdrag", version: 3) == ["bijdrage", "bijdragen"])
        #expect(kept.words(for: "zeppelin", version: 3) == [])
        #expect(kept.words(for: "bijdrag", version: 4) == nil)
        // A search that read version 2 before the index changed finishes late: not kept.
        kept.keep(["bijdrage"], for: "bijdrag", version: 2)
        #expect(kept.words(for: "bijdrag", version: 3) == ["bijdrage", "bijdragen"])
        kept.keep(["zeppelinhangar"], for: "zeppelin", version: 4)
        #expect(kept.words(for: "zeppelin", version: 4) == ["zeppelinhangar"])
        #expect(kept.words(for: "bijdrag", version: 4) == nil)
    }

    @Test func pastItsCapacityEverythingIsForgottenAndKeptAnew() {
        let kept = StemWords(capacity: 2)
        kept.keep(["a1"], for: "a", version: 1)
        kept.keep(["b1"], for: "b", version: 1)
        kept.keep(["c1"], for: "c", version: 1)
        #expect(kept.words(for: "a", version: 1) == nil)
        #expect(kept.words(for: "c", version: 1) == ["c1"])
    }
}
