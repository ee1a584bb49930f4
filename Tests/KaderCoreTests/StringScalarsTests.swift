import KaderCore
import KaderTestSupport
import Testing

/// `String(scalars:)` writes UTF-8 itself: it must give what the standard library gives.
@Suite struct StringScalarsTests {
    @Test func aStringMadeOfScalarsIsTheStringOfThoseScalars() {
        for text in ["", "Irak", "één", "Da’esh", "e\u{301}te", "€ 10,5 mln", "🇳🇱 vlag", "\u{10FFFF}x"] {
            let scalars = Array(text.unicodeScalars)
            let made = String(scalars: scalars)
            #expect(Array(made.unicodeScalars) == scalars, "\(text)")
            #expect(made.utf8.count == text.utf8.count)
            #expect(String(scalars: scalars.dropFirst()) == String(String.UnicodeScalarView(scalars.dropFirst())))
        }
    }

    @Test func aLongTextMadeInPiecesIsTheStringOfItsScalars() throws {
        // Long texts are made in pieces cut at the wider scalars: at either end, side by
        // side, one in eight bytes and more, and none at all.
        let wide = ["é", "’", "€", "😀", "\u{10FFFF}"]
        var texts = try Corpus.letters().map(\.text)
        texts.append(String(repeating: "a", count: 300))
        texts.append("é" + String(repeating: "ab", count: 200) + "😀")
        texts.append(String(repeating: "é€’😀", count: 100))
        // Around the length from which a text is made in pieces (a quote of a sentence).
        for length in [63, 64, 65, 66] { texts.append("é" + String(repeating: "a", count: length - 2) + "’") }
        for (number, every) in [3, 7, 8, 9, 33, 100].enumerated() {
            texts.append((0..<600).map { $0 % every == 0 ? wide[($0 + number) % wide.count] : "x" }.joined())
        }
        #expect(texts.contains { $0.utf8.count > $0.unicodeScalars.count + 10 && $0.unicodeScalars.count > 64 })
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            #expect(String(scalars: scalars) == text)
            #expect(Array(String(scalars: scalars).unicodeScalars) == scalars)
        }
    }
}
