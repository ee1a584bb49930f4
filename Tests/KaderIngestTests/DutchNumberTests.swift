import Foundation
import KaderCore
import KaderIngest
import KaderTestSupport
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

    /// The one-pass reading against the first form (split at the dots, Foundation removes
    /// them), on every word of the corpus and on awkward ones.
    @Test func readsEveryWordAsSplittingAtTheDotsDid() throws {
        func split(_ raw: String) -> Int? {
            guard let first = raw.utf8.first, first >= 48, first <= 57 else { return nil }
            let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
            guard let first = parts.first, !first.isEmpty, first.count <= 3 || parts.count == 1,
                parts.dropFirst().allSatisfy({ $0.count == 3 }),
                raw.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
            else { return nil }
            return Int(raw.replacingOccurrences(of: ".", with: ""))
        }
        var words = [
            "", ".", "1.", ".100", "1..000", "1.000.", "1234.000", "12.00", "12.0000", "007", "1.000.000",
            "99999999999999999999", "9.223.372.036.854.775.807", "9.223.372.036.854.775.808", "+5", "5-6", "٣", "1.2a3",
        ]
        words += try Corpus.letters().flatMap { $0.text.split(whereSeparator: { $0.isWhitespace }).map(String.init) }
        var numbers = 0
        for word in words {
            #expect(DutchDigits.integer(word) == split(word), "\(word)")
            if split(word) != nil { numbers += 1 }
        }
        #expect(numbers > 100)
    }
}
