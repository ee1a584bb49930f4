/// Words from a fixed list standing at the start or at the end of a phrase, found by reading
/// the phrase's words: what `^(?:(?:w1|w2|…)\s+)+` and `(?:\s+(?:w1|w2|…))+\s*$` match,
/// case-insensitively.
///
/// Why: CostScope trims every clause before an amount with those two patterns, and ICU tries
/// the one at the end from every place in the clause. Only ASCII is read here; where a word
/// or the space around it holds anything else (a no-break space, "é", a long s that folds to
/// "s"), the answer is `unsure` and the pattern decides.
struct EdgeWords: Sendable {
    /// Each entry's words, lower-case ASCII ("onder meer" is two).
    private let entries: [[[UInt8]]]

    /// What a phrase's edge holds.
    enum Found: Equatable {
        /// None of the words.
        case none
        /// The words take up to (for the start) or from (for the end) this UTF-8 offset.
        case cut(Int)
        /// A byte that is not plain ASCII was read: ask the pattern.
        case unsure
    }

    /// `entries` in lower-case ASCII, the words of one entry apart by a space.
    init(_ entries: [String]) {
        self.entries = entries.map { $0.split(separator: " ").map { Array($0.utf8) } }
    }

    /// Where the run of words at the start of `text` ends, with the space after the last of
    /// them; each word must be followed by space.
    func leadingEnd(of text: String) -> Found {
        var text = text
        return text.withUTF8 { bytes in
            var end: Int?
            var index = 0
            next: while true {
                for entry in entries {
                    switch match(entry, in: bytes, from: index) {
                    case .unsure: return .unsure
                    case .cut(let after):
                        var spaceEnd = after
                        while spaceEnd < bytes.count, Self.kind(bytes[spaceEnd]) == .space { spaceEnd += 1 }
                        guard spaceEnd > after else { continue }
                        end = spaceEnd
                        index = spaceEnd
                        continue next
                    case .none: continue
                    }
                }
                break
            }
            return end.map { .cut($0) } ?? .none
        }
    }

    /// Where the run of words at the end of `text` starts, with the space before the first of
    /// them; each word must have space before it, and only space may follow the last.
    func trailingStart(of text: String) -> Found {
        var text = text
        return text.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, Self.kind(bytes[end - 1]) == .space { end -= 1 }
            var start: Int?
            // The words read so far, from the end: an entry of two words ends with the last read.
            var read: [Range<Int>] = []
            while end > 0 {
                var begin = end
                while begin > 0, Self.kind(bytes[begin - 1]) == .word { begin -= 1 }
                if begin > 0, Self.kind(bytes[begin - 1]) == .other { return .unsure }
                guard begin > 0 else { break }
                read.append(begin..<end)
                var space = begin
                while space > 0, Self.kind(bytes[space - 1]) == .space { space -= 1 }
                guard ends(with: read, in: bytes) else { break }
                start = space
                end = space
            }
            return start.map { .cut($0) } ?? .none
        }
    }

    /// Whether an entry's words are the last words read (`read` from the end of the text on,
    /// the newest last), so that its first word is the newest.
    private func ends(with read: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        entries.contains { entry in
            guard entry.count <= read.count else { return false }
            for (offset, word) in entry.enumerated() where !equal(word, bytes, read[read.count - 1 - offset]) {
                return false
            }
            return true
        }
    }

    /// The end of `entry` when its words stand at `start`, apart by space; `unsure` when a
    /// byte that is not plain ASCII was read.
    private func match(_ entry: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Found {
        var index = start
        for (position, word) in entry.enumerated() {
            if position > 0 {
                let before = index
                while index < bytes.count, Self.kind(bytes[index]) == .space { index += 1 }
                if index < bytes.count, Self.kind(bytes[index]) == .other { return .unsure }
                guard index > before else { return .none }
            }
            var end = index
            while end < bytes.count, Self.kind(bytes[end]) == .word { end += 1 }
            if end < bytes.count, Self.kind(bytes[end]) == .other { return .unsure }
            guard equal(word, bytes, index..<end) else { return .none }
            index = end
        }
        return .cut(index)
    }

    /// Whether the bytes in `range` are `word`, A–Z read as a–z.
    private func equal(_ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count == word.count else { return false }
        for (offset, expected) in word.enumerated() where bytes[range.lowerBound + offset].asciiLowercased != expected {
            return false
        }
        return true
    }

    private enum Kind { case space, word, other }

    /// Tab, line feed, form feed, carriage return or space (the vertical tab is white space
    /// to ICU too, but left to the pattern); a printable ASCII byte; anything else.
    private static func kind(_ byte: UInt8) -> Kind {
        switch byte {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: .space
        case 0x21...0x7E: .word
        default: .other
        }
    }
}
