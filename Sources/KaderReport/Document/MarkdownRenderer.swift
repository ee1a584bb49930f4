import KaderCore

/// Renders a report as Markdown with footnotes (`[^1]`), as pandoc reads it.
public enum MarkdownRenderer {
    public static func render(_ report: ReportDocument) -> String {
        var out = "# \(report.title)\n\n_\(report.subtitle)_\n\n"
        for block in report.blocks {
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: min(level + 1, 6)) + " \(text)\n\n"
            case .paragraph(let inlines):
                out += inline(inlines) + "\n\n"
            case .bullets(let items):
                out += items.map { "- " + inline($0) }.joined(separator: "\n") + "\n\n"
            case .table(let header, let rows):
                out += "| " + header.map(cell).joined(separator: " | ") + " |\n"
                out += "|" + header.map { _ in "---" }.joined(separator: "|") + "|\n"
                for row in rows { out += "| " + row.map { cell(inline($0)) }.joined(separator: " | ") + " |\n" }
                out += "\n"
            case .quote(let text, let footnote):
                out += "> " + flatten(text) + " [^\(footnote)]\n\n"
            case .placeholder(let text):
                out += "**[\(text)]**\n\n"
            }
        }
        if !report.footnotes.isEmpty {
            for note in report.footnotes {
                let quote = note.quote.map { ": “\(flatten($0))”" } ?? ""
                out += "[^\(note.number)]: \(note.label)\(quote)\n"
            }
        }
        return out
    }

    static func inline(_ inlines: [ReportDocument.Inline]) -> String {
        inlines.map { part in
            switch part {
            case .text(let text): text
            case .emphasis(let text): "_\(text)_"
            case .figure(let text, let footnote): "\(text)[^\(footnote)]"
            }
        }.joined()
    }

    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }

    static func flatten(_ text: String) -> String { QuoteText.clean(text) }
}
