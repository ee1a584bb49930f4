/// Where each scalar of a text starts in the text's UTF-8, kept as the few scalars wider
/// than a byte (a letter has a few hundred: ’, é, €). With it a range of scalars is cut
/// from the string as a copy of its bytes: writing the scalars out again as UTF-8, which
/// the new string then validates, took 2% of extracting a letter.
struct UTF8Offsets: Sendable {
    /// The offsets of the scalars of more than one byte, in order.
    private let wide: [Int]
    /// For each of `wide`, the bytes beyond one a scalar up to and including it.
    private let extra: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        var wide: [Int] = []
        var extra: [Int] = []
        var total = 0
        // Over the raw buffer: this reads every scalar of the letter.
        scalars.withUnsafeBufferPointer { buffer in
            for index in 0..<buffer.count where buffer[index].value >= 0x80 {
                total += UTF8.width(buffer[index]) - 1
                wide.append(index)
                extra.append(total)
            }
        }
        self.wide = wide
        self.extra = extra
    }

    /// The UTF-8 offset at which the scalar at `index` starts (the text's length at its end).
    func offset(ofScalar index: Int) -> Int {
        let before = wide.partitionPoint { $0 >= index }
        return index + (before == 0 ? 0 : extra[before - 1])
    }

    /// The UTF-8 range of a range of scalars.
    func range(ofScalars range: Range<Int>) -> Range<Int> {
        offset(ofScalar: range.lowerBound)..<offset(ofScalar: range.upperBound)
    }
}

extension String {
    /// The text between two UTF-8 offsets that fall on scalar boundaries, from its bytes.
    /// A long text is copied as a substring, which is not validated again; a short one is
    /// validated, which costs less than making the substring (500 instructions).
    func utf8Slice(_ range: Range<Int>) -> String {
        guard range.count > 64 else {
            var text = self
            return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(self[start..<end])
    }
}
