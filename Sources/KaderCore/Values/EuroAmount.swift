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
