/// Euro amounts written the Dutch way.
public enum EuroAmount {
    /// `€ 10,5 miljoen`, `€ 450.000`, `€ 1.234,56`: millions shortened as the letters do.
    public static func format(cents: Int64) -> String {
        let negative = cents < 0
        let absolute = negative ? -cents : cents
        let sign = negative ? "-" : ""
        if absolute >= 100_000_000 && absolute % 1_000_000 == 0 {
            // Whole tens of thousands of euros: say it in millions with up to two decimals.
            let tenThousands = absolute / 1_000_000
            let millions = tenThousands / 100
            let fraction = tenThousands % 100
            var text = "\(millions)"
            if fraction != 0 {
                let digits = fraction % 10 == 0 ? "\(fraction / 10)" : String(format: "%02d", fraction)
                text += ",\(digits)"
            }
            return "€ \(sign)\(text) miljoen"
        }
        let euros = absolute / 100
        let rest = absolute % 100
        let grouped = group(euros)
        return rest == 0 ? "€ \(sign)\(grouped)" : "€ \(sign)\(grouped),\(String(format: "%02d", rest))"
    }

    /// What a scale word after an amount multiplies it by ("miljoen", "mln.", "miljard",
    /// "mld"); nil for a word that is no scale.
    public static func multiplier(scale: some StringProtocol) -> Int64? {
        switch scale.lowercased() {
        case "miljoen", "mln", "mln.": 1_000_000
        case "miljard", "mld", "mld.": 1_000_000_000
        default: nil
        }
    }

    /// An amount as someone types it into a form, in cents: "18300000", "18.300.000",
    /// "€ 18,3 miljoen", "450.000 euro". Exact, as the letters' amounts are read; nil for
    /// anything else ("1.5", "veel", a negative amount).
    public static func cents(parsing text: String) -> Int64? {
        var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if let first = words.first, first.hasPrefix("€") {
            words[0] = String(first.dropFirst())
            if words[0].isEmpty { words.removeFirst() }
        }
        if let last = words.last, ["euro", "eur"].contains(last.lowercased()) { words.removeLast() }
        var multiplier: Int64 = 1
        if words.count == 2, let scale = Self.multiplier(scale: words[1]) {
            multiplier = scale
            words.removeLast()
        }
        guard words.count == 1, let hundredths = DutchDigits.hundredths(words[0]) else { return nil }
        let (cents, overflow) = hundredths.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : cents
    }

    private static func group(_ value: Int64) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return out
    }
}
