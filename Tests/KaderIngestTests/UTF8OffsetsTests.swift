import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

/// Texts cut by scalar ranges as copies of their UTF-8 give what writing the scalars out gives.
@Suite struct UTF8OffsetsTests {
    @Test func everyRangeOfAMixedTextCutsTheScalarsItCovers() {
        // One, two, three and four bytes a scalar, at either end too.
        let text = "é a’b €5 😀x ij\u{1F1F3}\u{1F1F1}."
        let scalars = text.scalarArray
        let offsets = UTF8Offsets(scalars)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                #expect(
                    text.utf8Slice(offsets.range(ofScalars: lower..<upper)) == String(scalars: scalars[lower..<upper]))
            }
        }
        #expect(offsets.offset(ofScalar: scalars.count) == text.utf8.count)
    }

    @Test func everySentenceOfTheCorpusIsTheTextOfItsScalars() throws {
        var sentences = 0
        for letter in try Corpus.letters() {
            let segmented = Segmenter().segment(Normalizer().normalize(letter.text))
            let normalized = segmented.normalized
            #expect(normalized.text.utf8.count > normalized.scalars.count, "the corpus letters hold non-ASCII")
            for sentence in segmented.sentences {
                #expect(sentence.text == String(scalars: normalized.scalars[sentence.range]))
                let scanned = ScalarText(sentence.text)
                let middle = scanned.scalars.count / 3..<scanned.scalars.count / 2
                #expect(scanned.slice(middle) == String(scalars: scanned.scalars[middle]))
                sentences += 1
            }
        }
        #expect(sentences > 500)
    }
}
