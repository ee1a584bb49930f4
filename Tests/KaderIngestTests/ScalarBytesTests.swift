import KaderTestSupport
import Testing

@testable import KaderIngest

/// `ScalarBytes.offset(of:from:before:)` goes by a word's rarest byte: it must find the
/// first place a plain search finds, within the bounds it is given.
@Suite struct ScalarBytesTests {
    /// The first offset in `from..<before` where `word` stands whole, found byte by byte.
    private func plainOffset(_ word: [UInt8], in bytes: [UInt8], from: Int, before: Int) -> Int? {
        guard !word.isEmpty, from >= 0, from + word.count <= before else { return nil }
        return (from...(before - word.count)).first { bytes[$0..<($0 + word.count)].elementsEqual(word) }
    }

    @Test func theRarestByteSearchFindsTheFirstPlaceAPlainSearchFinds() throws {
        let words = [
            "europese adviesmissie", "nato mission", "missie", "irak", "coalitie", "e", " ", "mopa", "q", "zz",
            "kamerstuk", "de", "nmi", "isis", "tegen", "1", "xyz",
        ].map { Array($0.utf8) }
        var found = 0
        for letter in try Corpus.letters().prefix(4) {
            let folded = ScalarBytes(letter.text.scalarArray)
            let bytes = folded.bytes
            for word in words {
                for (from, before) in [(0, bytes.count), (7, bytes.count / 2), (bytes.count / 3, bytes.count - 5)] {
                    let expected = plainOffset(word, in: bytes, from: from, before: before)
                    #expect(folded.offset(of: word, from: from, before: before) == expected)
                    if expected != nil { found += 1 }
                }
            }
        }
        #expect(found > 30)
    }

    @Test func aWordAtEitherEdgeOfTheBoundsIsFoundAndOnePastThemIsNot() {
        let folded = ScalarBytes(Array("xmissie en irak x".unicodeScalars))
        let missie = Array("missie".utf8)
        #expect(folded.offset(of: missie, from: 1, before: 7) == 1)
        #expect(folded.offset(of: missie, from: 1, before: 6) == nil)
        #expect(folded.offset(of: missie, from: 2) == nil)
        #expect(folded.offset(of: Array("x".utf8), from: 1) == 16)
        #expect(folded.offset(of: Array("irak x".utf8), from: 0) == 11)
        #expect(folded.offset(of: [], from: 0) == nil)
        #expect(folded.offset(of: missie, from: 40) == nil)
    }

    @Test func eachScalarBecomesItsASCIIByteFoldedOrElse0x80() throws {
        var texts = try Corpus.letters().prefix(3).map(\.text)
        texts += ["@AZ[`az{\u{7F}\u{80}é€😀 NAVO-missie", ""]
        for text in texts {
            let scalars = text.scalarArray
            let plain = scalars.map { $0.value < 0x80 ? UInt8($0.value) : 0x80 }
            #expect(
                ScalarBytes(scalars).bytes == plain.map { (65...90).contains($0) ? $0 + 32 : $0 })
        }
        #expect(
            ScalarBytes(Array("@AZ[`az{é".unicodeScalars)).bytes == Array("@az[`az{".utf8) + [0x80])
    }

    @Test func theRarestByteOfAWordIsItsLeastCommonLetter() {
        #expect(ScalarBytes.rarestIndex(Array("europese adviesmissie".utf8)) == 4)  // the p
        #expect(ScalarBytes.rarestIndex(Array("MoPA".utf8)) == 0)  // a capital
        #expect(ScalarBytes.rarestIndex(Array("een".utf8)) == 2)  // the n
    }
}
