import KaderCore

/// A report as structure: headings, paragraphs, lists and tables whose figures carry
/// footnotes to their sources. Markdown and HTML are two renderings of the same value.
public struct ReportDocument: Sendable, Equatable {
    /// A run of text, or a figure with the number of its footnote.
    public enum Inline: Sendable, Equatable {
        case text(String)
        case figure(String, footnote: Int)
        case emphasis(String)
    }

    /// A block of the report.
    public enum Block: Sendable, Equatable {
        case heading(level: Int, text: String)
        case paragraph([Inline])
        case bullets([[Inline]])
        case table(header: [String], rows: [[[Inline]]])
        /// A passage quoted from a letter as material for the author.
        case quote(String, footnote: Int)
        /// Left blank for the author to write.
        case placeholder(String)
    }

    /// Where a figure comes from.
    public struct Footnote: Sendable, Equatable {
        public let number: Int
        /// "Kamerstuk 27 925, nr. 943" or "brief van 7 juli 2023", or who entered it.
        public let label: String
        public let quote: String?
        public let documentID: String?
        public let start: Int?
        public let end: Int?
    }

    public let title: String
    public let subtitle: String
    public private(set) var blocks: [Block] = []
    public private(set) var footnotes: [Footnote] = []
    private var footnoteByProvenance: [Provenance: Int] = [:]

    public init(title: String, subtitle: String) {
        self.title = title
        self.subtitle = subtitle
    }

    public mutating func add(_ block: Block) { blocks.append(block) }

    /// The footnote number for a source, reusing the number of a source cited before.
    public mutating func footnote(_ provenance: Provenance, documents: LettersByID) -> Int {
        if let number = footnoteByProvenance[provenance] { return number }
        let number = footnotes.count + 1
        switch provenance {
        case .source(let span):
            footnotes.append(
                Footnote(
                    number: number, label: ReportDocument.label(of: documents[span.documentID], id: span.documentID),
                    quote: span.quote, documentID: span.documentID, start: span.start, end: span.end))
        case .entered(let user, let at):
            let when = at.map { " op \(Day($0).dutch)" } ?? ""
            footnotes.append(
                Footnote(
                    number: number, label: "ingevoerd door \(user)\(when)", quote: nil, documentID: nil, start: nil,
                    end: nil))
        }
        footnoteByProvenance[provenance] = number
        return number
    }

    /// A figure with its footnote, in one step.
    public mutating func figure(_ text: String, _ provenance: Provenance, documents: LettersByID) -> Inline {
        .figure(text, footnote: footnote(provenance, documents: documents))
    }

    /// How a letter is cited: its Kamerstuk, else its date, else its title.
    public static func label(of document: Document?, id: String) -> String {
        guard let document else { return id }
        var parts: [String] = []
        if let kamerstuk = document.kamerstuk { parts.append("Kamerstuk \(kamerstuk)") }
        if let date = document.date {
            parts.append("brief van \(date.dutch)")
        } else if parts.isEmpty {
            parts.append(document.title)
        }
        return parts.joined(separator: ", ")
    }
}
