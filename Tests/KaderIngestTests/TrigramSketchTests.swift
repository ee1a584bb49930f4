import Testing

@testable import KaderIngest

/// A sentence's sketch rules words out before the extractors scan for them: a word it
/// wrongly ruled out would be a fact lost without a sign.
@Suite struct TrigramSketchTests {
    /// The words the extractors ask sentences about, short and capitalised ones included.
    private let words =
        Array(PersonnelCount.nouns) + [
            "nederland", "bijdrage", "mandaat", "inzet", "verleng", "voortgezet", "besloten", "informeren",
            "nformeerd", "voortgangsrapportage", "budget", "hgis", "tot", "t/m", "t.m.", "van de", "keer", "vs",
            "x", "", "beëindigd", "€", "Nederland", "NMI",
        ]

    @Test func aSketchNeverRulesOutAStretchOfItsOwnSentence() throws {
        var asked = 0
        for sentence in try ScanShortcutTests.sentences() {
            let sketch = TrigramSketch(sentence.string)
            let scalars = sentence.scalars
            for start in stride(from: 0, to: scalars.count, by: 2) {
                for length in [3, 4, 7, 12] where start + length <= scalars.count {
                    let stretch = String(String.UnicodeScalarView(scalars[start..<(start + length)]))
                    asked += 1
                    #expect(sketch.mayHold(stretch), "\(stretch)")
                    let capitals = String(
                        decoding: stretch.utf8.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }, as: UTF8.self)
                    #expect(sketch.mayHold(capitals), "\(capitals)")
                    let bits = try #require(TrigramSketch.bits(of: Array(stretch.utf8)))
                    #expect(sketch.holds(bits), "\(stretch)")
                }
            }
        }
        #expect(asked > 10_000)
    }

    @Test func aSketchedSentenceAnswersEveryWordAndWordSetAsAPlainScanDoes() throws {
        let sets = [
            LiteralSet(words), LiteralSet(Array(PersonnelCount.nouns)), LiteralSet(["verleng", "besloten"]),
            LiteralSet(Array(PersonnelCount.nouns), apart: true), LiteralSet(["man", "mensen"], apart: true),
        ]
        // A few words that pass the sketch are looked for one by one: in any case of their
        // first letter, at either end, and standing apart or not.
        let crafted = [
            "Het mandaat: 12 MAN.", "man", "Man van de commandant", "xman en mannen", "12 Mensen", "Mensen",
            "commandant", "mensenrechten en 3 man", "Man",
        ].map { ScalarText(string: $0, scalars: Array($0.unicodeScalars), sketched: true) }
        var found = 0
        for sketched in try crafted + ScanShortcutTests.sentences() {
            let plain = ScalarText(sketched.string)
            for set in sets { #expect(sketched.mayContain(set) == plain.mayContain(set), "\(plain.string)") }
            for word in words {
                let held = plain.mayContain([word])
                #expect(sketched.mayContain([word]) == held, "\(word): \(plain.string)")
                let set = LiteralSet([word])
                #expect(sketched.mayContain(set) == plain.mayContain(set), "\(word): \(plain.string)")
                if held { found += 1 }
            }
        }
        #expect(found > 1_000)
    }

    @Test func aSketchRulesOutNearlyEveryLongWordItsSentenceLacks() throws {
        var absent = 0
        var ruledOut = 0
        for sentence in try ScanShortcutTests.sentences() {
            let sketch = TrigramSketch(sentence.string)
            for word in words
            where word.utf8.count >= 5 && !sentence.string.containsBytes(word, ignoringASCIICase: true) {
                absent += 1
                if !sketch.mayHold(word) { ruledOut += 1 }
            }
        }
        #expect(absent > 10_000)
        #expect(Double(ruledOut) > 0.95 * Double(absent), "\(ruledOut) of \(absent)")
    }

    @Test func aSketchNotesADigitAndAScalarBeyondTheBasicPlaneExactlyWhenItsTextHasOne() throws {
        let short = [
            "", "1", "a", "a1", "1a", "ab", "ab3", "x\u{663}", "9\u{663}", "nr. 12", "één", "\u{1F600}", "a\u{1F600}",
            "ab\u{1F1F3}\u{1F1F1}", "\u{10FFFF}", "\u{FFFF}", "\u{FFFF}ab",
        ]
        var withDigit = 0
        for text in try ScanShortcutTests.sentences().map(\.string) + short {
            let sketch = TrigramSketch(text)
            #expect(sketch.hasDigit == text.hasASCIIDigit, "\(text)")
            #expect(sketch.hasFourByteScalar == text.unicodeScalars.contains { $0.value > 0xFFFF }, "\(text)")
            if text.hasASCIIDigit { withDigit += 1 }
        }
        #expect(withDigit > 100)
    }
}
