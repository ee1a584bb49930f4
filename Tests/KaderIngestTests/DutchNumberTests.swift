import KaderCore
import KaderIngest
import Testing

@Suite struct DutchNumberTests {
    @Test func readsNumberWords() {
        #expect(DutchNumber.word("twintig") == 20)
        #expect(DutchNumber.word("zeven") == 7)
        #expect(DutchNumber.word("vijfentwintig") == 25)
        #expect(DutchNumber.word("tweeëntwintig") == 22)
        #expect(DutchNumber.word("tweehonderd") == 200)
        #expect(DutchNumber.word("honderdvijftig") == 150)
        #expect(DutchNumber.word("één") == 1)
        #expect(DutchNumber.word("Negenennegentig") == 99)
        #expect(DutchNumber.word("drieëndertig") == 33)
        #expect(DutchNumber.word("vierduizendvijfhonderdtwee") == 4502)
        #expect(DutchNumber.word("eenentwintig") == 21)
    }

    @Test func aWordWithANumberInsideIsNoNumber() {
        #expect(DutchNumber.word("twintigste") == nil)
        #expect(DutchNumber.word("vijfenelf") == nil)
        #expect(DutchNumber.word("tienhonderd") == nil)
        #expect(DutchNumber.word("honderdhonderd") == nil)
        #expect(DutchNumber.count("x145") == nil)
        #expect(DutchNumber.count(".145") == nil)
    }

    @Test func theArticleEenIsNoNumber() {
        #expect(DutchNumber.word("een") == nil)
        #expect(DutchNumber.word("militairen") == nil)
    }

    @Test func readsDigitsWithDutchSeparators() {
        #expect(DutchNumber.count("4.000") == 4000)
        #expect(DutchNumber.count("145") == 145)
        #expect(DutchDigits.hundredths("18,3") == 1830)
        #expect(DutchDigits.hundredths("0,7") == 70)
        #expect(DutchDigits.hundredths("450.000") == 45_000_000)
        #expect(DutchDigits.integer("2021D04079") == nil)
    }
}
