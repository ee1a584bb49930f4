import KaderCore
import Testing

@testable import KaderIngest

/// A sentence's tokens are compared with the counting nouns and the number words by their
/// scalars, without making each word a string: these shortcuts must answer as the strings do.
@Suite struct PersonnelTokenTests {
    /// Crafted tokens (capitals, quotes, a Kelvin sign, accents) and every corpus sentence.
    static func texts() throws -> [ScalarText] {
        let written = [
            "«MILITAIREN» (Experts), ‘adviseurs’; man. MAN: mannen militair militaire",
            "vijf DES\u{212A}UNDIGEN en twintig deskundigen, 12 stafofficieren en 4.000 man",
            "Één, eén, Twee, achttien, honderdvijftig, duizend, tweeëntwintig, 1.200 en 2021",
            "İmilitairen militaİren ẞ experts’ “trainers”! ‘agenten’ (30) x12 -5 éen",
        ]
        return try PreCheckTests.texts(written)
    }

    @Test func theNounsFoundByTheirScalarsAreTheTokensWhoseWordIsANoun() throws {
        var nouns = 0
        for text in try Self.texts() {
            let tokens = PersonnelCount.tokens(text)
            let expected = tokens.indices.filter { PersonnelCount.nouns.contains(tokens[$0].word(in: text)) }
            #expect(PersonnelCount.nounIndices(tokens, in: text) == expected, "\(text.string)")
            nouns += expected.count
        }
        #expect(nouns >= 60)
        let kelvin = ScalarText("vijf DES\u{212A}UNDIGEN")
        #expect(PersonnelCount.nounIndices(PersonnelCount.tokens(kelvin), in: kelvin) == [1])
    }

    @Test func everyTokenThatIsACountPassesTheFirstScalarCheck() throws {
        var counts = 0
        var passed = 0
        var tokens = 0
        for text in try Self.texts() {
            for token in PersonnelCount.tokens(text) {
                tokens += 1
                let mayBe = CountTokens.mayBeCount(token, in: text)
                if mayBe { passed += 1 }
                guard DutchNumber.count(token.word(in: text)) != nil else { continue }
                counts += 1
                #expect(mayBe, "\(token.word(in: text)) in \(text.string)")
            }
        }
        #expect(counts >= 30)
        // The check is worth its place only if it turns most words away: four in five.
        #expect(passed * 5 < tokens)
    }
}
