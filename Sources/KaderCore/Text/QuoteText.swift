/// A quote as a reader wants to see it: one line, words hyphenated over a line break joined.
public enum QuoteText {
    /// "stafoffi-\ncieren aan" → "stafofficieren aan"; runs of white space become one space.
    public static func clean(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        var pendingSpace = false
        var sawNewline = false
        var characters = Array(text)
        characters.append(" ")
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                pendingSpace = true
                if character.isNewline { sawNewline = true }
                index += 1
                continue
            }
            if pendingSpace {
                // A hyphen before a line break, between two lowercase letters, joins a word.
                let joins =
                    sawNewline && out.hasSuffix("-") && character.isLowercase
                    && (out.dropLast().last?.isLetter ?? false)
                if joins {
                    out.removeLast()
                } else if !out.isEmpty {
                    out.append(" ")
                }
                pendingSpace = false
                sawNewline = false
            }
            out.append(character)
            index += 1
        }
        return out
    }
}
