import Foundation

/// A string searched with regular expressions, with match ranges in Unicode scalars
/// (NSRegularExpression counts UTF-16 units; provenance counts scalars).
struct ScalarText {
    /// One match: the whole range and each capture group, in scalar offsets.
    struct Match {
        let range: Range<Int>
        let groups: [Range<Int>?]
        let text: ScalarText

        func group(_ index: Int) -> String? {
            guard index < groups.count, let range = groups[index] else { return nil }
            return text.slice(range)
        }

        var value: String { text.slice(range) }
    }

    let string: String
    let scalars: [Unicode.Scalar]
    private let utf16ToScalar: [Int]

    init(_ string: String) {
        self.string = string
        scalars = Array(string.unicodeScalars)
        var table: [Int] = []
        table.reserveCapacity(string.utf16.count + 1)
        for (index, scalar) in scalars.enumerated() {
            table.append(index)
            if scalar.value > 0xFFFF { table.append(index) }
        }
        table.append(scalars.count)
        utf16ToScalar = table
    }

    func matches(_ regex: NSRegularExpression, in range: Range<Int>? = nil) -> [Match] {
        let whole = NSRange(location: 0, length: string.utf16.count)
        return regex.matches(in: string, options: [], range: whole).compactMap { result in
            let groups = (0..<result.numberOfRanges).map { convert(result.range(at: $0)) }
            guard let all = groups[0] else { return nil }
            if let range, !range.contains(all.lowerBound) { return nil }
            return Match(range: all, groups: groups, text: self)
        }
    }

    func firstMatch(_ regex: NSRegularExpression) -> Match? { matches(regex).first }

    func slice(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    private func convert(_ range: NSRange) -> Range<Int>? {
        guard range.location != NSNotFound, range.location + range.length < utf16ToScalar.count + 1 else { return nil }
        return utf16ToScalar[range.location]..<utf16ToScalar[range.location + range.length]
    }
}

/// Compiles a pattern known to be valid at build time.
func regex(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression {
    do {
        return try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    } catch {
        fatalError("invalid pattern \(pattern): \(error)")
    }
}
