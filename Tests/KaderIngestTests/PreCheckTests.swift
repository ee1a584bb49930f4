import Foundation
import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

/// The cheap checks run before a costly pattern must pass every text the pattern matches:
/// a check that failed one would lose a fact without a sign.
@Suite struct PreCheckTests {
    /// Every corpus sentence, and the texts written beside each test.
    static func texts(_ written: [String]) throws -> [ScalarText] {
        let sentences = try Corpus.letters().flatMap { document in
            Segmenter().segment(Normalizer().normalize(document.text)).sentences.map(\.text)
        }
        return (written + sentences).map { ScalarText($0) }
    }

    @Test func everySentenceACountPatternMatchesHasItsNounAfterAFigure() throws {
        let written = [
            "De PED-capaciteit is in totaal 606 keer ingezet.", "Het is 3 KEER gebeurd",
            "Er zijn circa 1.200\tkeer gevlogen", "Dat werd ongeveer 12.  keer uitgevoerd",
            "circa 950 missies uitgevoerd", "Er werden 12 vluchten gevlogen.",
            "ruim 40 TRAININGEN gegeven", "606\u{00A0}keer ingezet",
        ]
        var timed = 0
        var done = 0
        for text in try Self.texts(written) {
            if text.firstMatch(IndicatorExtractor.times) != nil {
                timed += 1
                #expect(IndicatorExtractor.hasCounted(IndicatorExtractor.keer, in: text), "\(text.string)")
                #expect(text.firstMatch(IndicatorExtractor.timesEnd) != nil, "\(text.string)")
            }
            if text.firstMatch(IndicatorExtractor.done) != nil {
                done += 1
                #expect(IndicatorExtractor.hasCounted(IndicatorExtractor.doneNounScalars, in: text), "\(text.string)")
            }
        }
        #expect(timed >= 4)
        #expect(done >= 5)
        #expect(!IndicatorExtractor.hasCounted(IndicatorExtractor.keer, in: ScalarText("Nog 1 x, en keer op keer")))
        #expect(!IndicatorExtractor.hasCounted(IndicatorExtractor.keer, in: ScalarText("in 2024keer 5")))
    }

    @Test func everySentenceTheBracketedReferenceMatchesSaysNrAndOpensABracketOnAFigure() throws {
        let written = [
            "(27 925, nr. 699)", "zie ( d.d. 12 maart 2020, 27925, nr. 5)", "(\u{00A0}21 501-02, nrs. 12 en 13)",
            "eerder (36180-A, nr. 3) gemeld",
        ]
        var matched = 0
        for text in try Self.texts(written) where text.firstMatch(ReferenceExtractor.bracketed) != nil {
            matched += 1
            let sketched = ScalarText(string: text.string, scalars: text.scalars, sketched: true)
            #expect(ReferenceExtractor.mayBeBracketed(sketched), "\(text.string)")
        }
        #expect(matched >= written.count)
        #expect(!ReferenceExtractor.hasBracketedShape(ScalarText("(Kamerstuk 27 925, nr. 699) en (zie 2024)")))
        #expect(ReferenceExtractor.hasBracketedShape(ScalarText("(zie) en (2024)")))
    }

    @Test func everySentenceADatePatternMatchesNamesAMonth() throws {
        let written = [
            "van 1 januari 2024 tot en met 31 DECEMBER 2024", "sinds Maart 2021", "per 1 mei 2025",
            "met ingang van 15 juli 2023", "t/m juni 2025", "t.m. 30 september 2026",
        ]
        var matched = 0
        for text in try Self.texts(written) {
            for pattern in [DutchDate.startRegex, DutchDate.endRegex, CommitmentExtractor.monthYear]
            where text.firstMatch(pattern) != nil {
                matched += 1
                #expect(text.mayContain(DutchDate.monthLiterals), "\(text.string)")
            }
        }
        #expect(matched >= written.count + 2)
    }

    @Test func everyTextAMotionPatternMatchesSaysMotie() throws {
        let written = ["de MOTIE van het lid Bosman", "Moties", ", een motie", "(motie-Van der Staaij)"]
        var matched = 0
        for text in try Self.texts(written) {
            for pattern in [ReferenceExtractor.motionBefore, ReferenceExtractor.motionAfter]
            where text.firstMatch(pattern) != nil {
                matched += 1
                #expect(text.string.containsBytes("motie", ignoringASCIICase: true), "\(text.string)")
            }
        }
        #expect(matched >= written.count)
    }

    @Test func everySentenceWithACountingNounAsATokenPassesTheNounCheck() throws {
        let written = [
            "«militairen»", "(EXPERTS),", "ongeveer 40 man.", "twintig Militairen:", "vijf ‘adviseurs’;",
            "“trainers”!",
        ]
        var matched = 0
        for text in try Self.texts(written)
        where PersonnelCount.tokens(text).contains(where: { PersonnelCount.nouns.contains($0.word(in: text)) }) {
            matched += 1
            #expect(PersonnelCount.mayCount(text), "\(text.string)")
        }
        #expect(matched >= written.count + 50)
        #expect(!PersonnelCount.mayCount(ScalarText("Op deze manier werkt de commandant met 2militairen")))
    }
}
