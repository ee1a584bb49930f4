/// The original scalars one normalized scalar stands for: a range in 8 bytes, not the 16
/// of a `Range<Int>`. The normalizer writes one per scalar of a letter and copies them
/// block by block; at 16 bytes they took 2.4% of extraction's instructions. Offsets fit in
/// 32 bits: `LetterReader` reads no file over 20 MB. `Builder.write` stores eight at a time
/// as pairs of bounds in this order: keep the two fields as they are.
struct Origin: Sendable, Hashable {
    let lowerBound: UInt32
    let upperBound: UInt32

    init(_ lowerBound: Int, _ upperBound: Int) {
        self.lowerBound = UInt32(lowerBound)
        self.upperBound = UInt32(upperBound)
    }

    /// The one original scalar at `offset`.
    init(at offset: Int) {
        lowerBound = UInt32(truncatingIfNeeded: offset)
        upperBound = lowerBound &+ 1
    }

    /// Nothing of the original, just before `offset` (the blank line between two blocks).
    init(before offset: Int) {
        self.init(offset, offset)
    }
}
