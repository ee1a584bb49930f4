import Testing

@testable import KaderIngest

/// The literal checks that decide whether a pattern needs to run at all: a false "no"
/// would lose a fact, so they must agree with a plain search.
@Suite struct LiteralCheckTests {
    @Test func aWordIsFoundInAnyCaseAtTheStartMiddleAndEnd() {
        for text in ["militairen gaan", "Er gaan MILITAIREN", "vier Militairen.", "xmilitairen"] {
            #expect(text.containsBytes("militairen", ignoringASCIICase: true), "\(text)")
        }
        #expect(!"vier Militairen".containsBytes("militairen"))
        #expect("vier militairen".containsBytes("militairen"))
    }

    @Test func aWordCutShortAtTheEndOrSpelledOtherwiseIsNotFound() {
        #expect(!"vier militaire".containsBytes("militairen", ignoringASCIICase: true))
        #expect(!"".containsBytes("a"))
        #expect("".containsBytes(""))
        #expect(!"militair-en".containsBytes("militairen", ignoringASCIICase: true))
    }

    @Test func itAgreesWithAPlainSearchOnEveryWindowOfALetter() throws {
        let text =
            "Het kabinet heeft besloten om tot en met 31 december 2025 maximaal 40 militairen bij te dragen "
            + "aan NATO Mission Iraq (NMI), € 12,5 miljoen; zie Kamerstuk 29 521, nr. 447. Één café."
        let lowered = text.lowercased()
        for start in stride(from: 0, to: text.count - 4, by: 3) {
            for length in [1, 2, 5, 9] {
                let words = lowered.dropFirst(start).prefix(length)
                let needle = String(words)
                let expected = ASCIIFolded(text).contains(needle)
                #expect(text.containsBytes(needle, ignoringASCIICase: true) == expected, "\(needle)")
                #expect(text.containsBytes(String(text.dropFirst(start).prefix(length))))
            }
        }
    }

    /// The text with only A–Z lowered, as the check folds it.
    private func ASCIIFolded(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0.value >= 65 && $0.value <= 90 ? Unicode.Scalar($0.value | 0x20)! : $0 }))
    }
}
