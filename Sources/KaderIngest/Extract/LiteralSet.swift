/// Lower-case words looked for together in one pass over a text's UTF-8, with A–Z read as
/// a–z: a sentence asked for thirty words one `containsBytes` at a time cost a tenth of
/// ingest.
struct LiteralSet: Sendable {
    private let literals: [[UInt8]]
    /// One bit per pair of first bytes that some literal starts with, each byte with its
    /// 0x20 bit set (`folded`): A–Z read as a–z by one OR, where a lookup table took a load
    /// and a bounds check a byte. Other bytes fold together too, so a hit is only a
    /// candidate: each literal that starts with the pair is compared in full.
    private let pairs: [UInt64]
    /// Each literal's first two bytes, folded (0 for a shorter one), looked through on a hit
    /// of `pairs`: a few comparisons, where a dictionary from pair to literals hashed each hit.
    private let firstPairs: [UInt16]
    /// Literals one byte long, by that byte.
    private let singles: [Bool]
    /// Whether there is any literal one byte long.
    private let hasSingles: Bool
    /// An empty word occurs in every text.
    private let hasEmpty: Bool
    /// What the words need of a `TrigramSketch`, one word's bits after another; nil when a
    /// word is too short to be ruled out. Word i's are `sketchBits[sketchStarts[i]..<sketchStarts[i + 1]]`:
    /// one flat array read through a pointer, where an array per word was retained and
    /// released for each sentence asked.
    private let sketchBits: [UInt16]?
    private let sketchStarts: [Int]
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
            let pair = Self.pair(literal[0], literal[1])
            pairs[Int(pair) >> 6] |= 1 << (UInt64(pair) & 63)
            firstPairs[index] = pair
        }
        self.pairs = pairs
        self.firstPairs = firstPairs
        self.singles = singles
        hasSingles = singles.contains(true)
        hasEmpty = literals.contains { $0.isEmpty }
        let sketchBits = literals.map(TrigramSketch.bits(of:))
        self.sketchBits =
            sketchBits.contains { $0 == nil } ? nil : sketchBits.flatMap { $0 ?? [] }.map { UInt16($0) }
        sketchStarts = sketchBits.reduce(into: [0]) { $0.append($0.last! + ($1?.count ?? 0)) }
    }

    /// Whether one of the words occurs in `text`, which `sketch` was made of. The words the
    /// sketch lets through are looked for one by one when they are few: "man" passes in
    /// every sentence that says "mandaat", and a pass that looks for thirty nouns at once
    /// read every byte of those sentences.
    func occurs(in text: String, sketch: TrigramSketch) -> Bool {
        guard let sketchBits else { return occurs(in: text) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.mostLookedForAlone) { passed in
            guard let count = Self.words(passing: sketch, bits: sketchBits, starts: sketchStarts, into: passed) else {
                return occurs(in: text)
            }
            guard count > 0 else { return false }
            var text = text
            return text.withUTF8 { bytes in passed[..<count].contains { occurs(literals[$0], in: bytes) } }
        }
    }

    /// Writes the index of each word whose bits `sketch` holds into `passed`, and returns how
    /// many there are; nil when there are more than `passed` has room for.
    private static func words(
        passing sketch: TrigramSketch, bits: [UInt16], starts: [Int], into passed: UnsafeMutableBufferPointer<Int>
    ) -> Int? {
        sketch.withTable { table in
            bits.withUnsafeBufferPointer { bits in
                var count = 0
                for word in 0..<(starts.count - 1) {
                    var index = starts[word]
                    let end = starts[word + 1]
                    while index < end, TrigramSketch.isSet(Int(bits[index]), in: table) { index += 1 }
                    guard index == end else { continue }
                    guard count < passed.count else { return nil }
                    passed[count] = word
                    count += 1
                }
                return count
            }
        }
    }

    /// How many words are looked for one by one at most (`occurs(in:sketch:)`).
    private static let mostLookedForAlone = 6

    /// Whether `literal` occurs in `bytes`: compared in full where `memchr` finds its first
    /// byte, or that byte's capital.
    private func occurs(_ literal: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = literal.first else { return true }
        return bytes.anyPlace(of: first, orCapital: true, through: bytes.count - literal.count) {
            matches(literal, bytes, at: $0)
        }
    }

    /// Whether one of the words occurs in `text`.
    func occurs(in text: String) -> Bool {
        if hasEmpty { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return false }
            // The one-byte words in a pass of their own, only when there are any: the loop
            // below reads every byte of most sentences.
            if hasSingles,
                bytes.indices.contains(where: {
                    singles[Int(bytes[$0].asciiLowercased)] && isApart(bytes, $0..<($0 + 1))
                })
            {
                return true
            }
            return pairs.withUnsafeBufferPointer { pairs in
                var previous = bytes[0] | 0x20
                var index = 1
                while index < bytes.count {
                    let byte = bytes[index] | 0x20
                    let pair = Self.pair(previous, byte)
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

    /// Two bytes as one number, each with its 0x20 bit set.
    private static func pair(_ first: UInt8, _ second: UInt8) -> UInt16 {
        UInt16(first | 0x20) << 8 | UInt16(second | 0x20)
    }

    private func matches(_ literal: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + literal.count <= bytes.count else { return false }
        for offset in 0..<literal.count where bytes[start + offset].asciiLowercased != literal[offset] { return false }
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
