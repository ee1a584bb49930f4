/// Numbers as Dutch letters write them: digits ("145", "4.000", "18,3") and words
/// ("twintig", "vijfentwintig", "tweehonderd", "één").
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

    /// A whole number in digits with optional thousands dots ("4.000"); nil otherwise.
    public static func integer(_ raw: String) -> Int? {
        // Its first character is a digit: most words are ruled out before they are split.
        guard let first = raw.utf8.first, first >= 48, first <= 57 else { return nil }
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty, first.count <= 3 || parts.count == 1,
            parts.dropFirst().allSatisfy({ $0.count == 3 }),
            raw.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
        else { return nil }
        return Int(raw.replacingOccurrences(of: ".", with: ""))
    }

    /// A count written in digits or in words.
    public static func count(_ raw: String) -> Int? {
        integer(raw) ?? word(raw)
    }

    /// A decimal amount with a Dutch comma ("18,3", "0,7", "450.000", "1.234,56"), in
    /// hundredths so that money stays exact.
    public static func hundredths(_ raw: String) -> Int64? {
        let parts = raw.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = integer(String(parts[0])) else { return nil }
        // More digits than Int64 cents hold is no amount a letter states.
        let (scaled, overflow) = Int64(whole).multipliedReportingOverflow(by: 100)
        guard !overflow, scaled <= Int64.max - 99 else { return nil }
        var cents = scaled
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.count <= 2, fraction.allSatisfy(\.isNumber),
                let value = Int64(fraction)
            else { return nil }
            cents += fraction.count == 1 ? value * 10 : value
        }
        return cents
    }
}
