/// Lower-case ASCII words found together in one pass over a folded text (`ScalarBytes`),
/// each at every offset it stands at, overlaps included.
///
/// Why: the mission names asked the letter for some fifty words, each by a search of its
/// own; the searches stopped at every place a word's rarest byte stood, 9,000 times a letter.
struct WordTable: Sendable {
    /// The words, lower-case ASCII, at least two bytes each.
    let words: [[UInt8]]
    /// For each pair of bytes, 1 + the index into `groups` of the words that start with it; 0
    /// for none. Indexed by first byte × 256 + second.
    private let slots: [UInt8]
    /// The words that start with one pair, by index into `words`.
    private let groups: [[Int]]
    /// Per group, 256 bits: the third bytes its words go on with (all of them when one of its
    /// words is two bytes long). Pairs such as "in" and "te" stand everywhere, and most of
    /// the time the byte after them already rules out "inherent" and "tegen".
    private let thirds: [UInt64]

    /// `words` are lower-case ASCII of two bytes or more, and fewer than 255 first pairs.
    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        precondition(self.words.allSatisfy { $0.count >= 2 }, "WordTable: a word needs two bytes")
        var slots = [UInt8](repeating: 0, count: 256 * 256)
        var groups: [[Int]] = []
        for (index, word) in self.words.enumerated() {
            let pair = Int(word[0]) << 8 | Int(word[1])
            if slots[pair] == 0 {
                groups.append([])
                precondition(groups.count < 256, "WordTable: too many first pairs")
                slots[pair] = UInt8(groups.count)
            }
            groups[Int(slots[pair]) - 1].append(index)
        }
        var thirds = [UInt64](repeating: 0, count: groups.count * 4)
        for (group, members) in groups.enumerated() {
            for member in members {
                let word = self.words[member]
                guard word.count > 2 else {
                    for part in 0..<4 { thirds[group * 4 + part] = .max }
                    continue
                }
                thirds[group * 4 + Int(word[2] >> 6)] |= 1 << UInt64(word[2] & 63)
            }
        }
        self.slots = slots
        self.groups = groups
        self.thirds = thirds
    }

    /// Every offset each word stands at in `text`, in text order, by the word's index.
    func places(in text: ScalarBytes) -> [[Int]] {
        var places = [[Int]](repeating: [], count: words.count)
        let bytes = text.bytes
        guard bytes.count >= 2 else { return places }
        bytes.withUnsafeBufferPointer { bytes in
            slots.withUnsafeBufferPointer { slots in
                thirds.withUnsafeBufferPointer { thirds in
                    // One load of the pair's slot per byte; the loop is written with its one
                    // bound test (a `for` over the range tested the bound twice a byte).
                    let count = bytes.count
                    var previous = Int(bytes[0])
                    var index = 1
                    while index < count {
                        let current = Int(bytes[index])
                        let slot = Int(slots[previous &<< 8 | current])
                        previous = current
                        index &+= 1
                        guard slot != 0 else { continue }
                        // `index` is now the offset of the third byte.
                        if index < count {
                            let third = bytes[index]
                            guard thirds[(slot - 1) * 4 + Int(third >> 6)] & (1 << UInt64(third & 63)) != 0 else {
                                continue
                            }
                        }
                        let start = index - 2
                        for word in groups[slot - 1] where stands(words[word], in: bytes, at: start) {
                            places[word].append(start)
                        }
                    }
                }
            }
        }
        return places
    }

    /// Whether `word`, whose first two bytes are known to match, stands at `start`.
    private func stands(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + word.count <= bytes.count else { return false }
        var offset = 2
        while offset < word.count {
            if bytes[start + offset] != word[offset] { return false }
            offset += 1
        }
        return true
    }
}
