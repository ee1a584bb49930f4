import KaderCore
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
}
