import KaderCore

/// Renders a report as a standalone HTML page (for the browser and for PDF), footnotes
/// linking to the sentence in the letter when `letterLinks` is set.
public enum HTMLRenderer {
    public static func render(_ report: ReportDocument, letterLinks: Bool = true) -> String {
        var out = """
            <!doctype html>
            <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(report.title))</title>
            <style>
            body { font: 11pt/1.45 Georgia, "DejaVu Serif", serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95em; }
            th, td { border-bottom: 1px solid #bbb; padding: .25rem .4rem; text-align: left; vertical-align: top; }
            blockquote { border-left: 3px solid #9fb8d6; margin: .5rem 0; padding: .25rem .75rem; color: #333; }
            .invullen { background: #fff3b0; padding: .4rem .6rem; font-style: italic; }
            sup a { text-decoration: none; }
            ol.voetnoten { font-size: .85em; color: #333; }
            @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
            </style></head><body>
            <h1>\(escape(report.title))</h1>
            <p><em>\(escape(report.subtitle))</em></p>

            """
        for block in report.blocks {
            switch block {
            case .heading(let level, let text):
                let tag = "h\(min(level + 1, 6))"
                out += "<\(tag)>\(escape(text))</\(tag)>\n"
            case .paragraph(let inlines):
                out += "<p>\(inline(inlines))</p>\n"
            case .bullets(let items):
                out += "<ul>" + items.map { "<li>\(inline($0))</li>" }.joined() + "</ul>\n"
            case .table(let header, let rows):
                out += "<table><thead><tr>" + header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
                out += "</tr></thead><tbody>"
                for row in rows { out += "<tr>" + row.map { "<td>\(inline($0))</td>" }.joined() + "</tr>" }
                out += "</tbody></table>\n"
            case .quote(let text, let footnote):
                out += "<blockquote>\(escape(MarkdownRenderer.flatten(text)))\(mark(footnote))</blockquote>\n"
            case .placeholder(let text):
                out += "<p class=\"invullen\">[\(escape(text))]</p>\n"
            }
        }
        if !report.footnotes.isEmpty {
            out += "<h2>Bronnen</h2>\n<ol class=\"voetnoten\">"
            for note in report.footnotes {
                var label = escape(note.label)
                if letterLinks, let id = note.documentID, let start = note.start, let end = note.end {
                    let path = SourceSpan.letterPath(documentID: id, start: start, end: end)
                    label = "<a href=\"\(escape(path))\">\(label)</a>"
                }
                let quote = note.quote.map { ": “\(escape(MarkdownRenderer.flatten($0)))”" } ?? ""
                out += "<li id=\"noot-\(note.number)\">\(label)\(quote)</li>"
            }
            out += "</ol>\n"
        }
        return out + "</body></html>\n"
    }

    static func inline(_ inlines: [ReportDocument.Inline]) -> String {
        inlines.map { part in
            switch part {
            case .text(let text): escape(text)
            case .emphasis(let text): "<em>\(escape(text))</em>"
            case .figure(let text, let footnote): "\(escape(text))\(mark(footnote))"
            }
        }.joined()
    }

    private static func mark(_ footnote: Int) -> String {
        "<sup><a href=\"#noot-\(footnote)\">\(footnote)</a></sup>"
    }

    static func escape(_ text: String) -> String { SVG.escape(text) }
}
