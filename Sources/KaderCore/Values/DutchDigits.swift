/// Numbers written in digits the Dutch way: a dot between thousands, a decimal comma.
public enum DutchDigits {
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
