/// The three-byte sequences of a text, each byte with its 0x20 bit set (A–Z read as a–z by
/// one OR, where a lookup table took a load and a bounds check; a few other bytes fold
/// together too, which only lets a word pass a little more often), kept as bits of a small
/// hash table. A word with a sequence missing from the table does not occur in the text; any
/// other word may. Each sentence is sketched once, and the extractors ask the sketch about
/// their dozens of word sets instead of scanning the sentence for each set.
struct TrigramSketch: Sendable {
    /// 2,048 bits: a sentence of 300 bytes sets about one in seven, so a word of five
    /// letters (three sequences) passes where it is absent about once in 400.
    private static let log2Bits = 11
    /// The table, 64 bits a word.
    private var words: [UInt64]
    /// Whether the text holds an ASCII digit, noted on the same pass.
    let hasDigit: Bool
    /// Whether a scalar beyond U+FFFF (four bytes in UTF-8, two units in UTF-16) occurs.
    let hasFourByteScalar: Bool

    init(_ text: String) {
        var words = [UInt64](repeating: 0, count: (1 << Self.log2Bits) / 64)
        var text = text
        let flags = text.withUTF8 { bytes in
            // What each byte says of the text, or-ed together: a digit, a four-byte lead.
            var flags: UInt8 = 0
            Self.byteFlags.withUnsafeBufferPointer { byteFlags in
                for index in 0..<min(2, bytes.count) { flags |= byteFlags[Int(bytes[index])] }
                guard bytes.count >= 3 else { return }
                words.withUnsafeMutableBufferPointer { table in
                    var window = UInt32(bytes[0] | 0x20) << 8 | UInt32(bytes[1] | 0x20)
                    for index in 2..<bytes.count {
                        let byte = bytes[index]
                        window = (window << 8 | UInt32(byte | 0x20)) & 0xFF_FFFF
                        let bit = Self.bit(window)
                        table[bit >> 6] |= 1 << UInt64(bit & 63)
                        // One lookup for both questions: asked apart, they were a third of the loop.
                        flags |= byteFlags[Int(byte)]
                    }
                }
            }
            return flags
        }
        hasDigit = flags & Self.digitFlag != 0
        hasFourByteScalar = flags & Self.fourByteFlag != 0
        self.words = words
    }

    private static let digitFlag: UInt8 = 1
    private static let fourByteFlag: UInt8 = 2
    /// Per byte: `digitFlag` for 0–9, `fourByteFlag` for 0xF0 and above.
    private static let byteFlags: [UInt8] = (0...255).map { byte in
        (48...57).contains(byte) ? digitFlag : byte >= 0xF0 ? fourByteFlag : 0
    }

    /// Where a sequence of three bytes falls in the table (Fibonacci hashing).
    private static func bit(_ trigram: UInt32) -> Int { Int((trigram &* 0x9E37_79B1) >> (32 - log2Bits)) }

    /// Calls `body` with the bit of each three-byte sequence of `bytes` (folded as above), in
    /// text order, while it returns true; whether it always did.
    @inline(__always)
    private static func everyBit(of bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Bool) -> Bool {
        guard bytes.count >= 3 else { return true }
        var window = UInt32(bytes[0] | 0x20) << 8 | UInt32(bytes[1] | 0x20)
        for index in 2..<bytes.count {
            window = (window << 8 | UInt32(bytes[index] | 0x20)) & 0xFF_FFFF
            if !body(bit(window)) { return false }
        }
        return true
    }

    /// Whether `bit` is set in a sketch's table (`withTable`).
    @inline(__always)
    static func isSet(_ bit: Int, in table: UnsafeBufferPointer<UInt64>) -> Bool {
        table[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Calls `body` with the sketch's table, for many questions through one pointer.
    func withTable<Result>(_ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        words.withUnsafeBufferPointer(body)
    }

    /// The bits `word` needs, one per three-byte sequence, folded as above; nil for a word
    /// shorter than three bytes, which a sketch cannot rule out.
    static func bits(of word: [UInt8]) -> [Int]? {
        guard word.count >= 3 else { return nil }
        var bits: [Int] = []
        _ = word.withUnsafeBufferPointer {
            everyBit(of: $0) { bit in
                if !bits.contains(bit) { bits.append(bit) }
                return true
            }
        }
        return bits
    }

    /// Whether every one of `bits` (from `bits(of:)`) is set: false means the word they came
    /// from is absent.
    func holds(_ bits: [Int]) -> Bool { withTable { table in bits.allSatisfy { Self.isSet($0, in: table) } } }

    /// Whether `word` may occur (false: it does not), without making its bits first.
    func mayHold(_ word: String) -> Bool {
        var word = word
        return withTable { table in word.withUTF8 { Self.everyBit(of: $0) { Self.isSet($0, in: table) } } }
    }
}
