import Foundation
import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

/// A citation's dossiers and numbers, read without their patterns where the list is plain,
/// must be what the patterns find.
@Suite struct CitationListTests {
    /// The dossier and number lists of every citation in the corpus letters.
    static func corpusLists() throws -> [(dossiers: ScalarText, numbers: ScalarText)] {
        var lists: [(ScalarText, ScalarText)] = []
        for document in try Corpus.letters() {
            let letter = Segmenter().segment(Normalizer().normalize(document.text))
            let context = LetterContext(document: document, letter: letter)
            for (_, text) in context.scannedSentences {
                for pattern in [ReferenceExtractor.cited, ReferenceExtractor.bracketed] {
                    for match in text.matches(pattern) {
                        guard let dossiers = match.groups[1], let numbers = match.groups[2] else { continue }
                        lists.append((text.part(dossiers), text.part(numbers)))
                    }
                }
            }
        }
        return lists
    }

    static let crafted = [
        "27 925", "27925", "27 925-VI", "36 200 V", "36 200-V", "27 925 en 33 694", "29 521, 33 694", "2 7925",
        "27  925", "27\u{A0}925", "279 25", "723, 727 en 746", "12345", "1", "0699", "٣٤", "2140, 31", "12 en ١٢",
        "",
    ]

    @Test func theDossiersOfAListAreWhatThePatternFinds() throws {
        let lists = try Self.corpusLists()
        #expect(lists.count > 50)
        for text in lists.map(\.dossiers) + Self.crafted.map(ScalarText.init) {
            let expected = text.matches(ReferenceExtractor.dossierItem).map(\.value)
            #expect(ReferenceExtractor.dossierIDs(text) == expected, "\(text.string)")
        }
    }

    @Test func theNumbersOfAListAreWhatThePatternFinds() throws {
        for text in try Self.corpusLists().map(\.numbers) + Self.crafted.map(ScalarText.init) {
            let expected = text.matches(ReferenceExtractor.numberItem).compactMap { Int($0.value) }
            #expect(ReferenceExtractor.numbers(text) == expected, "\(text.string)")
        }
    }
}
