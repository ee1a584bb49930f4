import KaderCore
import KaderReport

/// A letter with every sourced fact marked in its text and listed beside it.
struct LetterPage: Sendable {
    struct FactLine: Sendable {
        let kind: String
        let summary: String
        let anchor: String
        let quote: String
    }

    let title: String
    let documentID: String
    let fileName: String
    let type: String
    let date: String?
    /// For a letter that prints no date: the assumed date and why.
    let assumedDate: String?
    let assumedDateNote: String?
    let kamerstuk: String?
    let addressee: String?
    let signatories: String?
    let facts: [FactLine]
    let hasFacts: Bool
    let factCount: Int
    /// The letter's text as HTML: escaped, with `<mark>` around each source range.
    let textHTML: String
    let review: ReviewPanel
    let classification: String

    init(
        document: Document, registry: Registry, candidates: [CandidateFact] = [], canReview: Bool = false,
        check: ToetsingskaderCheck? = nil
    ) {
        let facts = registry.facts(in: document.id)
        review = ReviewPanel(document: document, candidates: candidates, canReview: canReview, check: check)
        classification = document.classification.label
        title = document.title
        documentID = document.id
        fileName = document.fileName
        type = document.type.label
        date = document.date?.dutch
        assumedDate = document.date == nil ? document.assumedDate?.dutch : nil
        assumedDateNote = document.assumedDateNote
        kamerstuk = document.kamerstuk.map { "Kamerstuk \($0)" }
        addressee = document.addressee?.rawValue
        signatories = document.signatories.isEmpty ? nil : document.signatories.joined(separator: ", ")
        self.facts = facts.map {
            FactLine(kind: $0.kind, summary: $0.summary, anchor: SourceLink.anchor($0.span), quote: $0.span.quote)
        }
        hasFacts = !facts.isEmpty
        factCount = facts.count
        // Candidates get anchors too, so that "toon in de tekst" lands on their sentence.
        textHTML = Self.highlight(
            document.text,
            spans: facts.map(\.span) + candidates.compactMap { $0.provenance.span }
                + review.evidenceSpans)
    }

    /// Escapes the text and marks each span; an anchor stands at every span's start, and
    /// overlapping spans share one mark so that the HTML stays well formed.
    static func highlight(_ text: String, spans: [SourceSpan]) -> String {
        let scalars = Array(text.unicodeScalars)
        var starts: [Int: [SourceSpan]] = [:]
        for span in spans where span.start >= 0 && span.end <= scalars.count && span.start < span.end {
            starts[span.start, default: []].append(span)
        }
        var html = ""
        html.reserveCapacity(scalars.count + spans.count * 40)
        var markEnd: Int?
        for (offset, scalar) in scalars.enumerated() {
            if let end = markEnd, offset == end {
                html += "</mark>"
                markEnd = nil
            }
            if let here = starts[offset] {
                // Several facts of one sentence share its anchor: an id stands once.
                var placed = Set<String>()
                for span in here where placed.insert(SourceLink.anchor(span)).inserted {
                    html += "<span class=\"anker\" id=\"\(SourceLink.anchor(span))\"></span>"
                }
                let furthest = here.map(\.end).max()!
                if let end = markEnd {
                    markEnd = max(end, furthest)
                } else {
                    html += "<mark>"
                    markEnd = furthest
                }
            }
            HTMLEscape.append(scalar, to: &html)
        }
        if markEnd != nil { html += "</mark>" }
        return html
    }
}
