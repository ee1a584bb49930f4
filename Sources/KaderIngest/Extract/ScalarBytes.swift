import Foundation

/// A text's scalars as one byte each (ASCII as is, or with A–Z folded to a–z; any other
/// scalar 0x80), so that ASCII words are found with `memchr` at scalar offsets. Finding a
/// mission's names scalar by scalar, thirty names over every letter, was a tenth of ingest.
struct ScalarBytes {
    let bytes: [UInt8]

    init(_ scalars: [Unicode.Scalar], foldingCase: Bool) {
        bytes = scalars.map { scalar in
            guard scalar.value < 0x80 else { return 0x80 }
            let byte = UInt8(scalar.value)
            return foldingCase && byte >= 65 && byte <= 90 ? byte | 0x20 : byte
        }
    }

    /// The first offset at or after `start` where `word` (ASCII; lower case when folded) stands
    /// whole before `end` (the text's end when nil): memchr to each place its first byte
    /// stands, memcmp for the rest.
    func offset(of word: [UInt8], from start: Int, before end: Int? = nil) -> Int? {
        let end = min(end ?? bytes.count, bytes.count)
        guard let first = word.first, start + word.count <= end else { return nil }
        return bytes.withUnsafeBufferPointer { haystack in
            word.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
                let last = end - needle.count
                var from = start
                while from <= last, let found = memchr(base + from, Int32(first), last - from + 1) {
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, pattern, needle.count) == 0 { return at }
                    from = at + 1
                }
                return nil
            }
        }
    }

    func contains(_ word: String) -> Bool { offset(of: Array(word.utf8), from: 0) != nil }
}
