/// Lower-case words looked for together in one pass over a text's UTF-8, with A–Z read as
/// a–z: a sentence asked for thirty words one `containsBytes` at a time cost a tenth of
/// ingest.
struct LiteralSet: Sendable {
    private let literals: [[UInt8]]
    /// One bit per pair of first bytes that some literal starts with.
    private let pairs: [UInt64]
    /// Each literal's first two bytes (0 for a shorter one), looked through on a hit of
    /// `pairs`: a few comparisons, where a dictionary from pair to literals hashed each hit.
    private let firstPairs: [UInt16]
    /// Literals one byte long, by that byte.
    private let singles: [Bool]
    /// Whether there is any literal one byte long.
    private let hasSingles: Bool
    /// An empty word occurs in every text.
    private let hasEmpty: Bool
    /// What each word needs of a `TrigramSketch`; nil when a word is too short to be ruled out.
    private let sketchBits: [[Int]]?
    /// Whether a word counts only where no ASCII letter or digit stands right before or after it.
    private let apart: Bool

    /// `apart`: a word counts only where no ASCII letter or digit touches it.
    init(_ words: [String], apart: Bool = false) {
        self.apart = apart
        literals = words.map { Array($0.utf8).map(\.asciiLowercased) }
        var pairs = [UInt64](repeating: 0, count: 1024)
        var firstPairs = [UInt16](repeating: 0, count: literals.count)
        var singles = [Bool](repeating: false, count: 256)
        for (index, literal) in literals.enumerated() {
            if literal.count == 1 { singles[Int(literal[0])] = true }
            guard literal.count >= 2 else { continue }
            let pair = UInt16(literal[0]) << 8 | UInt16(literal[1])
            pairs[Int(pair) >> 6] |= 1 << (UInt64(pair) & 63)
            firstPairs[index] = pair
        }
        self.pairs = pairs
        self.firstPairs = firstPairs
        self.singles = singles
        hasSingles = singles.contains(true)
        hasEmpty = literals.contains { $0.isEmpty }
        let sketchBits = literals.map(TrigramSketch.bits(of:))
        self.sketchBits = sketchBits.contains { $0 == nil } ? nil : sketchBits.compactMap { $0 }
    }

    /// Whether one of the words may occur in the text `sketch` was made of: false means none does.
    func mayOccur(in sketch: TrigramSketch) -> Bool {
        guard let sketchBits else { return true }
        return sketchBits.contains { sketch.holds($0) }
    }

    /// Whether one of the words occurs in `text`.
    func occurs(in text: String) -> Bool {
        if hasEmpty { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return false }
            // Over raw buffers, and the one-byte words only looked for when there are any:
            // this loop reads every byte of most sentences.
            return pairs.withUnsafeBufferPointer { pairs in
                singles.withUnsafeBufferPointer { singles in
                    let hasSingles = self.hasSingles
                    var previous = bytes[0].asciiLowercased
                    if hasSingles, singles[Int(previous)], isApart(bytes, 0..<1) { return true }
                    var index = 1
                    while index < bytes.count {
                        let byte = UInt8.asciiLowercase[Int(bytes[index])]
                        if hasSingles, singles[Int(byte)], isApart(bytes, index..<(index + 1)) { return true }
                        let pair = UInt16(previous) << 8 | UInt16(byte)
                        if pairs[Int(pair) >> 6] & (1 << (UInt64(pair) & 63)) != 0 {
                            let start = index - 1
                            for candidate in firstPairs.indices
                            where firstPairs[candidate] == pair && matches(literals[candidate], bytes, at: start) {
                                return true
                            }
                        }
                        previous = byte
                        index += 1
                    }
                    return false
                }
            }
        }
    }

    private func matches(_ literal: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + literal.count <= bytes.count else { return false }
        for offset in 2..<literal.count where bytes[start + offset].asciiLowercased != literal[offset] { return false }
        return isApart(bytes, start..<(start + literal.count))
    }

    /// Whether a word found at `range` counts: always, or when `apart` only if no ASCII
    /// letter or digit stands right before or after it.
    private func isApart(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard apart else { return true }
        return (range.lowerBound == 0 || !bytes[range.lowerBound - 1].isASCIILetterOrDigit)
            && (range.upperBound == bytes.count || !bytes[range.upperBound].isASCIILetterOrDigit)
    }
}
