/// Finds a quote in a letter's text despite line breaks, runs of spaces and words
/// hyphenated over a line break, and returns where it stands in the original text.
public struct TextLocator: Sendable {
    private let folded: [Unicode.Scalar]
    /// For each folded scalar, its offset (in Unicode scalars) in the original text.
    private let offsets: [Int]

    public init(text: String) {
        var folded: [Unicode.Scalar] = []
        var offsets: [Int] = []
        folded.reserveCapacity(text.unicodeScalars.count)
        offsets.reserveCapacity(text.unicodeScalars.count)
        for (offset, scalar) in text.unicodeScalars.enumerated() where !TextLocator.isIgnored(scalar) {
            folded.append(scalar)
            offsets.append(offset)
        }
        self.folded = folded
        self.offsets = offsets
    }

    /// Spaces and hyphens carry no weight when matching: "veiligheids-\ninzet",
    /// "veiligheids- inzet" and "veiligheidsinzet" are the same words to a reader.
    private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0xAD, 0x2010, 0x2011: return true
        default: return scalar.properties.isWhitespace
        }
    }

    /// The first range (in Unicode scalar offsets, end exclusive) at or after `from`
    /// where `quote` stands, or nil.
    public func locate(_ quote: String, from: Int = 0) -> Range<Int>? {
        let needle = Array(quote.unicodeScalars.filter { !TextLocator.isIgnored($0) })
        guard let first = needle.first, needle.count <= folded.count else { return nil }
        var i = offsets.firstIndex { $0 >= from } ?? folded.count
        let last = folded.count - needle.count
        while i <= last {
            if folded[i] == first {
                var j = 1
                while j < needle.count && folded[i + j] == needle[j] { j += 1 }
                if j == needle.count {
                    return offsets[i]..<(offsets[i + needle.count - 1] + 1)
                }
            }
            i += 1
        }
        return nil
    }

    /// The original text between two scalar offsets.
    public static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let upper = scalars.index(lower, offsetBy: range.count)
        return String(scalars[lower..<upper])
    }
}
