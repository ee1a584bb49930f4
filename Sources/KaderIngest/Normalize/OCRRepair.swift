/// Repairs OCR slips in names: a zero read for the letter O ("0IR", "O0IR" → "OIR",
/// "0jik" → "Ojik"), but only where the repaired word is a known name or a word the
/// letter itself uses elsewhere, so that real numbers stay untouched.
enum OCRRepair {
    static func repair(_ out: inout [Unicode.Scalar], _ from: inout [Range<Int>], vocabulary: Set<String>) {
        var index = out.count
        // From the back, so that replacing a word does not move the words still to check.
        while index > 0 {
            var start = index
            while start > 0, isWordScalar(out[start - 1]) { start -= 1 }
            if start == index {
                index -= 1
                continue
            }
            // Most words cannot be repaired: they are not copied to be tried.
            let word = mayFix(out[start..<index]) ? Array(out[start..<index]) : []
            if !word.isEmpty, let fixed = fix(word, vocabulary: vocabulary) {
                let old = Array(from[start..<index])
                var origins: [Range<Int>] = []
                let surplus = word.count - fixed.count
                for position in fixed.indices {
                    let source = position == 0 ? old[0] : old[min(position + surplus, old.count - 1)]
                    origins.append(source)
                }
                if surplus > 0 { origins[0] = old[0].lowerBound..<old[surplus].upperBound }
                out.replaceSubrange(start..<index, with: fixed)
                from.replaceSubrange(start..<index, with: origins)
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
    static func fix(_ word: [Unicode.Scalar], vocabulary: Set<String>) -> [Unicode.Scalar]? {
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
        for candidate in candidates {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: candidate)
            if vocabulary.contains(String(view)) { return candidate }
        }
        // A zero that starts a word in lower case ("0jik", "0ok") is never a number.
        if word.first == "0", word.count > 2, word.dropFirst().allSatisfy({ $0.isLowercaseQuick }) {
            return ["O"] + word.dropFirst()
        }
        return nil
    }
}
