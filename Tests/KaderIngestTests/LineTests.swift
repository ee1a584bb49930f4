import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

/// A line cut from the original's bytes without its white space, ASCII or wider.
@Suite struct LineTests {
    /// The line's scalars without the white space at either end, as a string.
    private func expected(_ line: Line) -> String {
        let scalars = line.scalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceQuick }),
            let last = scalars.lastIndex(where: { !$0.isWhitespaceQuick })
        else { return "" }
        return String(scalars: scalars[first...last])
    }

    @Test func everyLineIsTrimmedOfTheWhiteSpaceAtItsEndsAndNoMore() throws {
        let made = [
            "  Irak \r", "\u{00A0}Erbil\u{00A0}", "\t€ 5 mln\u{2009}", "é", "   ", "", "x\u{00A0} \u{00A0}",
            " 😀 ", "Da’esh ’", "\u{3000}vol\u{3000}",
        ].joined(separator: "\n")
        var texts = try Corpus.letters().map(\.text)
        texts.append(made)
        var trimmedWide = 0
        for text in texts {
            var original = text
            let lines = Line.split(text.scalarArray)
            original.withUTF8 { bytes in
                for line in lines {
                    #expect(line.trimmed(in: bytes) == expected(line))
                    if line.scalars.first.map({ $0.value >= 0x80 && $0.isWhitespaceQuick }) ?? false {
                        trimmedWide += 1
                    }
                }
            }
        }
        #expect(trimmedWide >= 2)
    }
}
