/// Drops the elements whose content is no text (`script`, `style`, `head`, `noscript`,
/// `template`) in one pass: what the pattern `<(name)\b[^>]*>.*?</\1\s*>` (case-insensitive,
/// dot matches newlines) removes, without a regex engine that, on each of thousands of
/// unclosed `<script>` tags, scanned to the end of the page for a closing tag (quadratic).
enum HiddenElements {
    /// In the pattern's order; none is a prefix of another.
    static let names: [[Unicode.Scalar]] = ["script", "style", "head", "noscript", "template"].map {
        Array($0.unicodeScalars)
    }

    static func removed(from html: String) -> String {
        let text = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        // Names without a closing tag after the current position: none after any later one either.
        var unclosed = Set<Int>()
        var greater = GreaterFinder(text: text)
        var copied = 0
        var index = 0
        while index < text.count {
            guard text[index] == "<", let name = openingName(in: text, at: index + 1), !unclosed.contains(name)
            else {
                index += 1
                continue
            }
            // The opening tag ends at the first `>` after its name; without one, no later tag has an end either.
            guard let tagEnd = greater.first(from: index + 1 + names[name].count) else { break }
            guard let end = closingTagEnd(name, in: text, from: tagEnd + 1) else {
                unclosed.insert(name)
                index += 1
                continue
            }
            out.append(contentsOf: text[copied..<index])
            copied = end
            index = end
        }
        out.append(contentsOf: text[copied...])
        return String(out)
    }

    /// The name (its index) that starts at `start` and ends at a word boundary, as `(name)\b` matches it.
    static func openingName(in text: [Unicode.Scalar], at start: Int) -> Int? {
        for (number, name) in names.enumerated() where hasName(name, in: text, at: start) {
            let after = start + name.count
            if after == text.count || isBoundary(before: text[after]) { return number }
        }
        return nil
    }

    /// Where `</name\s*>` first ends at or after `start`, or nil.
    static func closingTagEnd(_ name: Int, in text: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index + 1 < text.count {
            defer { index += 1 }
            guard text[index] == "<", text[index + 1] == "/", hasName(names[name], in: text, at: index + 2) else {
                continue
            }
            var end = index + 2 + names[name].count
            while end < text.count, isSpace(text[end]) { end += 1 }
            if end < text.count, text[end] == ">" { return end + 1 }
        }
        return nil
    }

    /// The name at `start` in any ASCII case, as HTML compares tag names (the regex's Unicode
    /// case folding also took `ſ` for `s`; no browser does).
    static func hasName(_ name: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + name.count <= text.count else { return false }
        for (offset, letter) in name.enumerated() {
            let scalar = text[start + offset]
            let lower = ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
            if lower != letter { return false }
        }
        return true
    }

    /// ICU's `\b` after a word character: the next one is no word character, and no combining or format one.
    static func isBoundary(before scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isGraphemeExtend || properties.generalCategory == .format { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return false
        default: return !properties.isAlphabetic && scalar != "\u{200C}" && scalar != "\u{200D}"
        }
    }

    /// ICU's `\s`: `[\t\n\f\r\p{Z}]`.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: true
        default: ["\t", "\n", "\u{C}", "\r"].contains(scalar)
        }
    }

    /// The first `>` at or after a position; positions only grow, so each `>` is found once.
    struct GreaterFinder {
        let text: [Unicode.Scalar]
        private var found: Int?
        private var searchedTo = 0

        init(text: [Unicode.Scalar]) { self.text = text }

        mutating func first(from start: Int) -> Int? {
            if let found, found >= start { return found }
            var index = max(start, searchedTo)
            while index < text.count, text[index] != ">" { index += 1 }
            searchedTo = index
            found = index < text.count ? index : nil
            return found
        }
    }
}
