import KaderCore

/// Counts as Dutch letters write them: in digits ("145", "4.000", read by `DutchDigits`)
/// and in words ("twintig", "vijfentwintig", "tweehonderd", "één").
public enum DutchNumber {
    private static let units: [String: Int] = [
        "één": 1, "eén": 1, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
        "negen": 9,
    ]
    private static let teens: [String: Int] = [
        "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
        "zeventien": 17, "achttien": 18, "negentien": 19,
    ]
    private static let tens: [String: Int] = [
        "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
        "negentig": 90,
    ]

    /// The value of a number word; nil for anything else. The article "een" alone is not
    /// a number (write "één"), so it gives nil.
    public static func word(_ raw: String) -> Int? {
        let word = raw.lowercased()
        if word == "een" { return nil }
        return parse(word)
    }

    /// Every number word below a hundred, compounds ("vijfentwintig", "tweeëntwintig")
    /// included: one lookup instead of trying each tens' suffix on every word of a sentence.
    private static let belowHundred: [String: Int] = {
        var words = units.merging(teens) { first, _ in first }.merging(tens) { first, _ in first }
        for (ten, tenValue) in tens {
            for (unit, unitValue) in units {
                for joiner in ["en", "ën"] where words[unit + joiner + ten] == nil {
                    words[unit + joiner + ten] = unitValue + tenValue
                }
            }
        }
        return words
    }()

    private static func parse(_ word: String) -> Int? {
        if word.isEmpty { return nil }
        if let value = belowHundred[word] { return value }
        // Only "duizend" and "honderd" make larger numbers; a plain byte search rules
        // them out for nearly every word.
        if word.containsBytes("duizend"), let range = word.range(of: "duizend") {
            let head = String(word[..<range.lowerBound])
            let tail = String(word[range.upperBound...])
            guard let multiplier = head.isEmpty ? 1 : parse(head) else { return nil }
            guard let rest = tail.isEmpty ? 0 : parse(tail) else { return nil }
            // "duizendduizendduizend…" must not overflow: such a word is no number.
            let (thousands, overflow) = multiplier.multipliedReportingOverflow(by: 1000)
            return overflow || thousands > Int.max - rest ? nil : thousands + rest
        }
        if word.containsBytes("honderd"), let range = word.range(of: "honderd") {
            let head = String(word[..<range.lowerBound])
            let tail = String(word[range.upperBound...])
            guard let multiplier = head.isEmpty ? 1 : parse(head), multiplier < 10 else { return nil }
            guard let rest = tail.isEmpty ? 0 : parse(tail), rest < 100 else { return nil }
            return multiplier * 100 + rest
        }
        return nil
    }

    /// Whether a number word may start with these two ASCII letters (either case): a check
    /// on two scalars that turns away most words of a sentence before they are made into
    /// strings. Every word `word(_:)` reads starts with two such letters, or with a scalar
    /// that is not ASCII ("één").
    static func mayStartWord(_ first: UInt32, _ second: UInt32) -> Bool {
        let row = (first | 0x20) &- 0x61
        let column = (second | 0x20) &- 0x61
        guard row < 26, column < 26 else { return false }
        return wordStarts[Int(row)] & (1 << column) != 0
    }

    /// Per first letter a–z, the second letters of the number words as bits.
    private static let wordStarts: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 26)
        for word in Array(belowHundred.keys) + ["honderd", "duizend"] {
            let scalars = Array(word.unicodeScalars.prefix(2))
            guard scalars.count == 2, scalars.allSatisfy({ $0.value &- 0x61 < 26 }) else { continue }
            table[Int(scalars[0].value - 0x61)] |= 1 << (scalars[1].value - 0x61)
        }
        return table
    }()

    /// A count written in digits or in words.
    public static func count(_ raw: String) -> Int? {
        DutchDigits.integer(raw) ?? word(raw)
    }
}
