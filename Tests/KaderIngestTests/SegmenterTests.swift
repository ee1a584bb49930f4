import Foundation
import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

@Suite struct SegmenterTests {
    private func segmented(_ file: String) throws -> SegmentedLetter {
        Segmenter().segment(Normalizer().normalize(try Corpus.letter(file).text))
    }

    @Test func findsTheHeadingsOfAnArticle100Letter() throws {
        let letter = try segmented("004_a5c8b23f8fb2d6ff.txt")
        let headings = letter.sections.compactMap(\.heading)
        for expected in ["Contextanalyse", "Risico’s", "Nazorg", "Financiën", "Operationele haalbaarheid"] {
            #expect(headings.contains(expected), "missing heading \(expected)")
        }
        #expect(!headings.contains { $0.hasPrefix("De Minister") })
    }

    @Test func findsHeadingsInALetterWithoutBlankLines() throws {
        let headings = try segmented("000_99295b712c9ec60a.txt").sections.compactMap(\.heading)
        #expect(headings.contains("Essentie"))
        #expect(headings.contains("Financiën"))
        #expect(headings.contains("Voortgang NAVO-missie Irak (NMI)"))
    }

    @Test func cutsSentencesButNotAtAbbreviationsOrInitials() throws {
        let letter = try segmented("004_a5c8b23f8fb2d6ff.txt")
        let texts = letter.sentences.map(\.text)
        #expect(texts.contains("Uw Kamer zal dit najaar worden geïnformeerd."))
        #expect(!texts.contains { $0.hasSuffix("nr.") || $0.hasSuffix("d.d.") })
        let ranges = Segmenter.sentenceRanges(
            in: Array(
                "Zie Kamerstuk 27 925, nr. 943. De heer W.B. Hoekstra tekende.1 Daarna kwam de rest.".unicodeScalars),
            0..<83)
        #expect(ranges.count == 3)
    }

    @Test func sentencesCarryTheSectionTheyStandIn() throws {
        let letter = try segmented("004_a5c8b23f8fb2d6ff.txt")
        let costs = try #require(letter.sentences.first { $0.text.contains("49 miljoen euro") })
        #expect(letter.headings(before: costs.sectionIndex).first == "Financiën")
    }

    @Test func aFullStopEndsAnAbbreviationExactlyWhenTheStringTestSaysSo() throws {
        /// The test as it was first written, on the word as a string.
        func plain(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
            var wordStart = index
            while wordStart > 0, !scalars[wordStart - 1].isWhitespaceQuick, scalars[wordStart - 1] != "(" {
                wordStart -= 1
            }
            let word = String(scalars: scalars[wordStart..<index])
            if word.isEmpty { return false }
            let parts = word.split(separator: ".")
            if word.count <= 8,
                parts.allSatisfy({
                    $0.first?.isUppercase == true && ($0.count == 1 || ($0.count == 2 && $0.last!.isLowercase))
                })
            {
                return true
            }
            return Segmenter.abbreviations.contains(word.lowercased())
        }
        let crafted = [
            "W.B", "A.Th.B", "nr", "NR", "t.a.v", "Thb", "Ab.Cd.Ef.G", "..", "ABC", "x", "é", "Ém", "St", "ST",
            "verlengd",
            "1.2", "(Mr", "A..B", "AbC", "Éa.B", "mevr", "Resp", "a.B",
        ].map { Array(("zie " + $0 + ".").unicodeScalars) }
        let letters = try Corpus.letters().map { Normalizer().normalize($0.text).scalars }
        var abbreviations = 0
        for scalars in crafted + letters {
            for index in scalars.indices where scalars[index] == "." {
                let expected = plain(scalars, index)
                #expect(Segmenter.isAbbreviation(scalars, endingAt: index, from: 0) == expected)
                if expected { abbreviations += 1 }
            }
        }
        #expect(abbreviations > 50)
    }
}
