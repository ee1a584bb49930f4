/// Escaping for text placed in HTML, SVG or XML by hand (templates escape on their own),
/// scalar by scalar: a quote followed by a combining mark is still a quote to a parser.
public enum HTMLEscape {
    /// Appends the scalar to `html`, escaped when HTML gives it a meaning.
    public static func append(_ scalar: Unicode.Scalar, to html: inout String) {
        switch scalar {
        case "&": html += "&amp;"
        case "<": html += "&lt;"
        case ">": html += "&gt;"
        case "\"": html += "&quot;"
        case "'": html += "&#39;"
        default: html.unicodeScalars.append(scalar)
        }
    }

    /// The text escaped; `replacing` gives the HTML of a scalar it takes over (nil: escape it).
    public static func text(_ text: String, replacing: (Unicode.Scalar) -> String? = { _ in nil }) -> String {
        var html = ""
        html.reserveCapacity(text.utf8.count + 32)
        for scalar in text.unicodeScalars {
            if let replacement = replacing(scalar) {
                html += replacement
            } else {
                append(scalar, to: &html)
            }
        }
        return html
    }
}
