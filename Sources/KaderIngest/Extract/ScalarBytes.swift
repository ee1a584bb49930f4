import Foundation

/// A text's scalars as one byte each (ASCII with A–Z folded to a–z; any other scalar 0x80),
/// so that ASCII words are found with `memchr` at scalar offsets. Finding a
/// mission's names scalar by scalar, thirty names over every letter, was a tenth of ingest.
struct ScalarBytes {
    let bytes: [UInt8]

    init(_ scalars: [Unicode.Scalar]) {
        // Through pointers with no branch a scalar, which the compiler turns into vector
        // instructions: `map` with a closure took 8 instructions a scalar.
        bytes = scalars.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { out, count in
                for index in 0..<source.count {
                    let value = source[index].value
                    let upper: UInt32 = value &- 0x41 < 26 ? 0x20 : 0
                    out[index] = value < 0x80 ? UInt8(truncatingIfNeeded: value | upper) : 0x80
                }
                count = source.count
            }
        }
    }

    /// The first offset at or after `start` where `word` (ASCII; lower case when folded) stands
    /// whole before `end` (the text's end when nil): memchr to each place its rarest byte
    /// stands, memcmp there. Going by the first byte stopped thousands of times a letter for
    /// a name that starts with a common letter ("europese adviesmissie").
    func offset(of word: [UInt8], from start: Int, before end: Int? = nil) -> Int? {
        let end = min(end ?? bytes.count, bytes.count)
        guard !word.isEmpty, start >= 0, start + word.count <= end else { return nil }
        let anchor = Self.rarestIndex(word)
        let anchorByte = Int32(word[anchor])
        return bytes.withUnsafeBufferPointer { haystack in
            word.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
                // Where the anchor byte stands when the word starts at `from`, up to the last start.
                let last = end - needle.count + anchor
                var from = start + anchor
                while from <= last, let found = memchr(base + from, anchorByte, last - from + 1) {
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - anchor
                    if memcmp(base + at, pattern, needle.count) == 0 { return at }
                    from = at + anchor + 1
                }
                return nil
            }
        }
    }

    /// The index of the byte of `word` that is rarest in Dutch text (ties: the first).
    static func rarestIndex(_ word: [UInt8]) -> Int {
        var best = 0
        for index in word.indices where commonness[Int(word[index])] < commonness[Int(word[best])] { best = index }
        return best
    }

    /// How common each byte is in the letters, by rank: space and e most, then the other
    /// lower-case letters from n to c; capitals, digits and marks are rare (0).
    private static let commonness: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        let order = Array(" etanirodslgvhkmubpwjzcfyxq".utf8)
        for (rank, byte) in order.enumerated() { table[Int(byte)] = UInt8(order.count - rank) }
        return table
    }()
}
