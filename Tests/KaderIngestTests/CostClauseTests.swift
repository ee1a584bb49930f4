import Foundation
import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

/// What reads a cost's clause without CostScope's patterns (the word lists that trim it, the
/// scan for its verb) must find what the patterns find, or leave the question to them.
@Suite struct CostClauseTests {
    /// Every start of every corpus sentence that ends before a word, trimmed as clauses are:
    /// the clauses before amounts are such starts, and their ends are what the lists read.
    static func clauses() throws -> [String] {
        var clauses: [String] = []
        for document in try Corpus.letters() {
            let letter = Segmenter().segment(Normalizer().normalize(document.text))
            for sentence in letter.sentences {
                let scalars = Array(sentence.text.unicodeScalars)
                for (index, scalar) in scalars.enumerated() where scalar == " " {
                    clauses.append(String(String.UnicodeScalarView(scalars[..<index])).trimmingWhitespace())
                    let rest = String(String.UnicodeScalarView(scalars[(index + 1)...]))
                    if index % 7 == 0 { clauses.append(rest.trimmingWhitespace()) }
                }
            }
        }
        return clauses
    }

    static let crafted = [
        "", "van", " van", "x van", "x  van \t", "kosten in totaal", "kosten in in totaal", "totaal in totaal",
        "kosten In  Totaal van ongeveer", "bijdrage van ongeveer", "missie gekoſt", "missie gekost", "missie van\u{0B}",
        "missie\u{A0}van", "missie van\u{A0}", "missie van\u{85}", "missie\u{2003}van", "café van", "van café",
        "NAVO-missie VAN", "missie van,", "missie,van", "missie in", "missie totaal", "de missie", "de  de  missie",
        "De\u{A0}missie", "onder meer de missie", "Onder  meer de", "onder meerdere", "onder\tmeer\nde x", "EN OF de x",
        "en", "en ", "op op op", "dé missie", "de é", "de\u{0B}missie", "of-de missie", "\u{212A}osten van",
        "de missie\r\nvan", "uitgaven geraamd begroot", "het     ", "nog nog nog nog",
    ]

    /// At the start, the words up to where the pattern's match ends; at the end, from where it starts.
    @Test(arguments: [true, false]) func theWordsAtAClausesEdgeAreCutWhereThePatternCuts(atStart: Bool) throws {
        var cut = 0
        var unsure = 0
        let texts = try Self.clauses() + Self.crafted
        for text in texts {
            let match = CostScope.firstRange(of: atStart ? CostScope.leading : CostScope.trailing, in: text)
            let found =
                atStart ? CostScope.leadingWords.leadingEnd(of: text) : CostScope.trailingWords.trailingStart(of: text)
            switch found {
            case .none: #expect(match == nil, "\(text)")
            case .cut(let offset):
                let edge = match.map { atStart ? $0.upperBound : $0.lowerBound }
                #expect(edge.map { text.utf8.distance(from: text.startIndex, to: $0) } == offset, "\(text)")
                #expect(
                    match.map { atStart ? $0.lowerBound : $0.upperBound } == (atStart ? text.startIndex : text.endIndex)
                )
                cut += 1
            case .unsure: unsure += 1
            }
        }
        #expect(cut > 100)
        #expect(unsure * 5 < texts.count, "\(unsure) of \(texts.count) left to the pattern")
    }

    @Test func theClauseStartsOfASentenceAreWhereThePatternsMatchesEnd() throws {
        var texts = try Corpus.letters().flatMap { document in
            Segmenter().segment(Normalizer().normalize(document.text)).sentences.map(\.text)
        }
        texts += [
            "a;b", "a ;  b", "a:\u{A0}b", "a,b", "a, b", "a,\u{0B}b", "a,\u{85}b", "a,\u{2028}b", ",,  ,", "a – b",
            "a\u{A0}–\u{2003}b", "a –b", "a–b", "a – – b", "; – ,", "a,\t\n b", ":", ",", " – ", "",
            "€ 5 miljoen; € 3 miljoen, en – tot slot – € 1 miljoen",
        ]
        var found = 0
        for text in texts {
            let scanned = ScalarText(text)
            let expected = scanned.matches(CostScope.clauseStart).map(\.range.upperBound)
            #expect(CostScope.clauseStarts(in: scanned.scalars) == expected, "\(text)")
            found += expected.count
        }
        #expect(found > 100)
    }

    @Test func theVerbOfAClauseIsWhereThePatternFindsIt() throws {
        let texts =
            try Self.clauses() + Self.crafted + [
                "Dit IS het", "bedroegen", "Het bedroeg", "isme is", "dit is\u{308} x", "zij zijn’ x", "x (zal) y",
                "de zalm", "hij Was", "het ïs is", "omvat: de", "dat is€", "€is", "Heeft", "kosten bedragen 5", "is-ie",
                "x ’ſ is", "’K is", "dit ’ is",
            ]
        var found = 0
        for text in texts {
            let expected = CostScope.firstRange(of: CostScope.verb, in: text)
            #expect(CostScope.verbRange(in: text) == expected, "\(text)")
            if expected != nil { found += 1 }
        }
        #expect(found > 100)
    }

    @Test func aWordWithALetterBeyondASCIIIsLeftToThePattern() {
        #expect(CostScope.trailingWords.trailingStart(of: "missie gekoſt") == .unsure)
        #expect(CostScope.trailingWords.trailingStart(of: "missie\u{A0}van") == .unsure)
        #expect(CostScope.leadingWords.leadingEnd(of: "De\u{A0}missie") == .unsure)
        #expect(CostScope.trailingWords.trailingStart(of: "missie gekost") == .cut(6))
        #expect(CostScope.trailingWords.trailingStart(of: "kosten in in totaal") == .cut(9))
        #expect(CostScope.leadingWords.leadingEnd(of: "onder  meer de missie") == .cut(15))
    }
}
