/// Repairs OCR slips in names: a zero read for the letter O ("0IR", "O0IR" → "OIR",
/// "0jik" → "Ojik"), but only where the repaired word is a known name or a word the
/// letter itself uses elsewhere, so that real numbers stay untouched.
enum OCRRepair {
    /// Repairs the words of `out` from `blockStart` on; `from` holds each scalar's origin.
    static func repair(
        _ out: inout [Unicode.Scalar], _ from: inout [Origin], from blockStart: Int = 0,
        vocabulary: OCRVocabulary
    ) {
        var index = out.count
        // From the back, so that replacing a word does not move the words still to check;
        // only words with a zero can be repaired, so only those are looked at.
        while let zero = out.lastIndex(of: "0", in: blockStart..<index) {
            var start = zero
            while start > blockStart, isWordScalar(out[start - 1]) { start -= 1 }
            var end = zero + 1
            while end < index, isWordScalar(out[end]) { end += 1 }
            if mayFix(out[start..<end]), let fixed = fix(Array(out[start..<end]), vocabulary: vocabulary) {
                let old = Array(from[start..<end])
                var origins: [Origin] = []
                let surplus = end - start - fixed.count
                for position in fixed.indices {
                    let source = position == 0 ? old[0] : old[min(position + surplus, old.count - 1)]
                    origins.append(source)
                }
                if surplus > 0 { origins[0] = Origin(Int(old[0].lowerBound), Int(old[surplus].upperBound)) }
                out.replaceSubrange(start..<end, with: fixed)
                from.replaceSubrange(start..<end, with: origins)
            }
            index = start
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabeticQuick || ("0"..."9").contains(scalar)
    }

    /// Whether `fix` may change a word: letters and zeros only, with both.
    static func mayFix(_ word: some Collection<Unicode.Scalar>) -> Bool {
        word.contains("0") && word.contains(where: { $0.isAlphabeticQuick })
            && word.allSatisfy({ $0 == "0" || $0.isAlphabeticQuick })
    }

    /// The word with its zeros read as O, when that gives a known word; else nil.
    static func fix(_ word: [Unicode.Scalar], vocabulary: OCRVocabulary) -> [Unicode.Scalar]? {
        guard mayFix(word) else { return nil }
        var candidates: [[Unicode.Scalar]] = []
        // "O0IR": the O was read twice, once right and once as a zero.
        var collapsed: [Unicode.Scalar] = []
        for scalar in word {
            if scalar == "0", collapsed.last == "O" { continue }
            if scalar == "O", collapsed.last == "0" {
                collapsed[collapsed.count - 1] = "O"
                continue
            }
            collapsed.append(scalar == "0" ? "O" : scalar)
        }
        candidates.append(collapsed)
        candidates.append(word.map { $0 == "0" ? "O" : $0 })
        for candidate in candidates where vocabulary.contains(candidate) { return candidate }
        // A zero that starts a word in lower case ("0jik", "0ok") is never a number.
        if word.first == "0", word.count > 2, word.dropFirst().allSatisfy({ $0.isLowercaseQuick }) {
            return ["O"] + word.dropFirst()
        }
        return nil
    }
}

/// The words an OCR slip may be repaired to: the known names, and the words of the letter
/// itself (three letters or more, between non-letters).
final class OCRVocabulary {
    let knownNames: Set<String>
    /// The letter's scalars. The first words asked for are looked for in them, as a letter
    /// has few slips: a set of every word of every letter, made up front, was a fiftieth of
    /// ingest.
    let source: [Unicode.Scalar]
    /// The letter's words, made once a letter asks for more than `scansBeforeSet`: a scan
    /// per word made a letter of thousands of words with a zero take a minute.
    private var words: Set<String>?
    private var scans = 0
    static let scansBeforeSet = 32

    init(knownNames: Set<String>, source: [Unicode.Scalar]) {
        self.knownNames = knownNames
        self.source = source
    }

    func contains(_ word: [Unicode.Scalar]) -> Bool {
        let spelled = String(scalars: word)
        if knownNames.contains(spelled) { return true }
        guard word.count > 2 else { return false }
        if words == nil, scans >= Self.scansBeforeSet { words = Self.words(in: source) }
        if let words { return words.contains(spelled) }
        scans += 1
        guard let first = word.first, source.count >= word.count else { return false }
        for start in 0...(source.count - word.count) where source[start] == first {
            let end = start + word.count
            if start > 0, source[start - 1].isAlphabeticQuick { continue }
            if end < source.count, source[end].isAlphabeticQuick { continue }
            if source[start..<end].elementsEqual(word) { return true }
        }
        return false
    }

    /// The words of three letters or more in `source`, between non-letters.
    static func words(in source: [Unicode.Scalar]) -> Set<String> {
        var words = Set<String>()
        var start = 0
        for index in 0...source.count where index == source.count || !source[index].isAlphabeticQuick {
            if index - start > 2 { words.insert(String(scalars: source[start..<index])) }
            start = index + 1
        }
        return words
    }
}
