import KaderTestSupport
import Testing

@testable import KaderIngest

/// `WordTable` finds many words in one pass: it must find each at every place a search for
/// that word alone finds, overlaps and words that share their first bytes included.
@Suite struct WordTableTests {
    /// Every offset where `word` stands in `bytes`, found byte by byte.
    private func plainPlaces(_ word: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard bytes.count >= word.count else { return [] }
        return (0...(bytes.count - word.count)).filter { bytes[$0..<($0 + word.count)].elementsEqual(word) }
    }

    @Test func everyWordIsFoundAtEveryPlaceAPlainSearchFindsIt() throws {
        let words =
            MissionCatalog.nameWords.words.map { String(decoding: $0, as: UTF8.self) } + [
                "aa", "aaa", "mop", "mopa", "de", "missie", "missie in mali", "xq",
            ]
        let table = WordTable(words)
        var texts = try Corpus.letters().map(\.text)
        texts += ["aaaa", "mopa", "de", "d", "", "MoPA en MOP, Missie in Mali; ééN de"]
        var found = 0
        for text in texts {
            let folded = ScalarBytes(text.scalarArray)
            let places = table.places(in: folded)
            for (word, at) in zip(table.words, places) {
                #expect(at == plainPlaces(word, in: folded.bytes), "\(String(decoding: word, as: UTF8.self))")
                found += at.count
            }
        }
        #expect(found > 1_000)
    }

    @Test func aStretchHoldsANameOnlyWhenEachOfItsWordsStandsInsideIt() {
        let text = "De NAVO-missie in Irak, en de missie van de NAVO; irak."
        let scalars = Array(text.unicodeScalars)
        let table = WordTable(["navo", "missie", "irak"])
        let places = table.places(in: ScalarBytes(scalars))
        let stretches = NameStretches(scalars).holding([0, 1, 2], places: places, in: table)
        #expect(stretches.map { String(String.UnicodeScalarView(scalars[$0])) } == ["De NAVO-missie in Irak"])
        #expect(NameStretches(scalars).holding([1, 0], places: places, in: table).count == 2)
    }
}
