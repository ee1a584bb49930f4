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

    /// `fromUTF8Pieces` checks each run of bytes past ASCII on its own: it must accept and
    /// refuse exactly what the standard library's validation does.
    @Test func utf8MadeInPiecesIsValidatedAsAWhole() throws {
        var valid: [[UInt8]] = try Corpus.letters().map { Array($0.text.utf8) }
        valid += ["", "Irak", "é", "één ’ € 😀 \u{10FFFF}", String(repeating: "a", count: 300)].map { Array($0.utf8) }
        // Past the count of pieces at which the bytes are made a string in one.
        let manyWide = Array((0..<400).map { $0 % 3 == 0 ? "é" : "x" }.joined().utf8)
        valid.append(manyWide)
        for bytes in valid {
            let made = bytes.withUnsafeBufferPointer { String.fromUTF8Pieces($0, validating: true) }
            #expect(made == String(validating: bytes, as: UTF8.self))
            #expect(made?.utf8.elementsEqual(bytes) == true)
        }
        let ascii = Array("Den Haag, 7 juli 2023: de inzet in Erbil".utf8)
        let wrong: [[UInt8]] = [
            [0xE9],  // Latin-1 é
            [0x80],  // a continuation byte alone
            [0xC3],  // a scalar cut short
            [0xC0, 0x80],  // overlong
            [0xED, 0xA0, 0x80],  // a surrogate
            [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
            [0xC3, 0xA9, 0xA9],  // one continuation byte too many
        ]
        for bad in wrong {
            for bytes in [
                bad, ascii + bad, bad + ascii, ascii + [0xC3, 0xA9] + ascii + bad + ascii + [0xE2, 0x82, 0xAC],
            ] {
                #expect(String(validating: bytes, as: UTF8.self) == nil)
                #expect(
                    bytes.withUnsafeBufferPointer { String.fromUTF8Pieces($0, validating: true) } == nil, "\(bytes)")
            }
            // Among so many wider scalars that the bytes are checked in one.
            let many = manyWide + bad
            #expect(many.withUnsafeBufferPointer { String.fromUTF8Pieces($0, validating: true) } == nil)
        }
    }
}
