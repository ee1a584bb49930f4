import Foundation

/// The text of an HTML page (as officielebekendmakingen.nl serves letters): markup
/// stripped, block elements as line breaks, character entities decoded.
enum HTMLText {
    private static let blockTags = try! NSRegularExpression(
        pattern: #"</?(p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|dd|dt|dl)\b[^>]*>"#,
        options: [.caseInsensitive])
    private static let lineBreaks = try! NSRegularExpression(pattern: #"<br\s*/?>"#, options: [.caseInsensitive])
    private static let cells = try! NSRegularExpression(pattern: #"</t[dh]\s*>"#, options: [.caseInsensitive])
    private static let tags = try! NSRegularExpression(pattern: #"<[^>]*>"#, options: [])
    private static let entity = try! NSRegularExpression(pattern: #"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"#)

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "hellip": "…",
        "euro": "€", "eacute": "é", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü", "auml": "ä",
        "egrave": "è", "agrave": "à", "ccedil": "ç", "ecirc": "ê", "oacute": "ó", "aacute": "á", "iacute": "í",
        "uacute": "ú", "Eacute": "É", "Euml": "Ë", "shy": "\u{AD}", "sect": "§", "deg": "°", "middot": "·",
        "bull": "•", "copy": "©", "reg": "®", "times": "×", "zwj": "", "zwnj": "", "thinsp": " ", "ensp": " ",
        "emsp": " ",
    ]

    static func extract(_ html: String) -> String {
        var text = HiddenElements.removed(from: withoutComments(html))
        text = replaceTags(blockTags, in: text, with: "\n\n")
        text = replaceTags(lineBreaks, in: text, with: "\n")
        text = replaceTags(cells, in: text, with: " ")
        text = replaceTags(tags, in: text, with: "")
        text = decodeEntities(text)
        // Source indentation and runs of blank lines are markup, not text.
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let collapsed = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            if collapsed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(collapsed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Drops `<!-- … -->` in one pass; an unclosed comment runs to the end, as in a browser.
    /// (A lazy regex retried from every `<!--` of an unclosed run took seconds on 20 KB.)
    static func withoutComments(_ html: String) -> String {
        var out = ""
        var rest = html[...]
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return out }
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }

    static func decodeEntities(_ text: String) -> String {
        let ns = text as NSString
        var out = ""
        var last = 0
        for match in entity.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            let name = ns.substring(with: match.range(at: 1))
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                out += UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) } ?? ""
            } else if name.hasPrefix("#") {
                out += UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) } ?? ""
            } else {
                out += named[name] ?? ns.substring(with: match.range)
            }
            last = match.range.location + match.range.length
        }
        out += ns.substring(from: last)
        return out
    }

    /// Replaces a pattern that ends in `>` only up to the last `>`, after which none can end: the
    /// engine otherwise tried `[^>]*` from every `<` of a run without `>` to the end of the page
    /// (40,000 of them took 8 s).
    private static func replaceTags(_ regex: NSRegularExpression, in text: String, with template: String) -> String {
        guard let last = text.unicodeScalars.lastIndex(of: ">") else { return text }
        let end = text.unicodeScalars.index(after: last)
        return replace(regex, in: String(text.unicodeScalars[..<end]), with: template)
            + String(text.unicodeScalars[end...])
    }

    private static func replace(_ regex: NSRegularExpression, in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(
            in: text, range: NSRange(location: 0, length: (text as NSString).length), withTemplate: template)
    }
}
