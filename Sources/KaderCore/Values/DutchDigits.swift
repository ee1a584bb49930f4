/// Numbers written in digits the Dutch way: a dot between thousands, a decimal comma.
public enum DutchDigits {
    /// A whole number in digits with optional thousands dots ("4.000"); nil otherwise.
    public static func integer(_ raw: String) -> Int? {
        // One pass over the bytes: splitting at the dots and removing them with Foundation,
        // for every number-like word of a letter, were a hundredth of ingest.
        var value = 0
        var dots = 0
        var firstGroup = 0
        var group = 0
        for byte in raw.utf8 {
            if byte == UInt8(ascii: ".") {
                guard group == 3 || (dots == 0 && group > 0) else { return nil }
                if dots == 0 { firstGroup = group }
                dots += 1
                group = 0
                continue
            }
            guard byte >= 48, byte <= 57 else { return nil }
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = tens.addingReportingOverflow(Int(byte - 48))
            guard !overflow, !carry else { return nil }
            value = sum
            group += 1
        }
        if dots == 0 { return group > 0 ? value : nil }
        // After a dot: groups of three, the first of one to three.
        guard group == 3, firstGroup <= 3 else { return nil }
        return value
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
