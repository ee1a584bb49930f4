/// Rewrites a case-insensitive pattern so that ICU does not close its letter and digit
/// classes over case: `[\p{L}]` becomes `(?-i:[\p{L}])`, which matches the same.
///
/// Why: in a case-insensitive pattern ICU adds every case variant of every character of a
/// set while compiling it, 420,000 look-ups for the patterns' `[\p{L}]` and `[^.]`: 0.14
/// billion instructions, a fifth of a second's work for each process that extracts. A set
/// made of `\p{L}`, `\p{N}`, `\d`, `\s` and ASCII marks (or their complement) holds its case
/// variants already. The one exception Unicode has is U+0345, a combining mark that folds to
/// a Greek iota: such a set no longer counts it as a letter.
enum CaseClosure {
    /// `pattern` with each set and `\p{L}`/`\p{N}` that needs no closing wrapped in `(?-i:…)`.
    static func sparing(_ pattern: String) -> String {
        let scalars = Array(pattern.unicodeScalars)
        // Quoted text would have to be skipped whole; no pattern of ours quotes.
        if pattern.contains(#"\Q"#) { return pattern }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count {
                if let end = propertyEnd(scalars, at: index) {
                    let property = String(String.UnicodeScalarView(scalars[index..<end]))
                    out.append(
                        contentsOf: (closedProperties.contains(property) ? "(?-i:\(property))" : property)
                            .unicodeScalars)
                    index = end
                } else {
                    out.append(contentsOf: scalars[index...(index + 1)])
                    index += 2
                }
            } else if scalar == "[", let end = setEnd(scalars, at: index) {
                let set = String(String.UnicodeScalarView(scalars[index..<end]))
                out.append(contentsOf: (isClosed(set) ? "(?-i:\(set))" : set).unicodeScalars)
                index = end
            } else {
                out.append(scalar)
                index += 1
            }
        }
        return String(out)
    }

    private static let closedProperties: Set<String> = [#"\p{L}"#, #"\p{N}"#]

    /// Where a `\p{…}` or `\P{…}` starting at `start` ends, or nil when none starts there.
    private static func propertyEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "p" || scalars[start + 1] == "P",
            scalars[start + 2] == "{", let close = scalars[(start + 3)...].firstIndex(of: "}")
        else { return nil }
        return close + 1
    }

    /// Where the set opened at `start` closes (past its `]`), nested sets and escapes included.
    private static func setEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < scalars.count {
            switch scalars[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                // A `]` right after `[` or `[^` is a member, not the end.
                let opened = scalars[index - 1] == "[" || (scalars[index - 1] == "^" && scalars[index - 2] == "[")
                if !opened {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Whether a set (with its brackets) holds every case variant of its members: it is made
    /// only of `\p{L}`, `\p{N}`, `\d`, `\s` and ASCII characters that are no letters, a `-`
    /// first or last (elsewhere it makes a range), optionally complemented.
    static func isClosed(_ set: String) -> Bool {
        var members = Array(set.unicodeScalars.dropFirst().dropLast())
        if members.first == "^" { members.removeFirst() }
        guard !members.isEmpty else { return false }
        var index = 0
        while index < members.count {
            let member = members[index]
            if member == "\\" {
                guard index + 1 < members.count else { return false }
                let escaped = members[index + 1]
                if escaped == "d" || escaped == "s" {
                    index += 2
                } else if let end = propertyEnd(members, at: index),
                    closedProperties.contains(String(String.UnicodeScalarView(members[index..<end])))
                {
                    index = end
                } else if escaped.isASCII, !escaped.properties.isAlphabetic {
                    index += 2
                } else {
                    return false
                }
            } else if member == "-" {
                guard index == 0 || index == members.count - 1 else { return false }
                index += 1
            } else if member.isASCII, !member.properties.isAlphabetic, member != "[", member != "&" {
                index += 1
            } else {
                return false
            }
        }
        return true
    }
}
