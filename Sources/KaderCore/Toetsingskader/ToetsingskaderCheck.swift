/// How a letter covers a section or element: by a heading, by a sentence in the
/// section, or by a sentence that refers to an earlier letter for it.
public enum CoverageKind: String, Sendable, Hashable, Codable {
    case heading, sentence, reference

    /// Dutch label.
    public var label: String {
        switch self {
        case .heading: "kop"
        case .sentence: "zin"
        case .reference: "verwijzing"
        }
    }
}

/// Where a letter covers something: the kind and the text, with offsets into the original.
public struct Coverage: Sendable, Hashable, Codable {
    public let kind: CoverageKind
    public let span: SourceSpan
}

/// An article 100 letter checked against the Toetsingskader 2014.
public struct ToetsingskaderCheck: Sendable, Hashable {
    /// One element of a section and where the letter treats it, if it does.
    public struct ElementFinding: Sendable, Hashable {
        public let element: ToetsingskaderElement
        public let coverage: Coverage?
    }

    /// One section: its heading, if the letter has one, and its elements.
    public struct SectionFinding: Sendable, Hashable {
        public let section: ToetsingskaderSection
        public let coverage: Coverage?
        public let elements: [ElementFinding]

        public var missingElements: [ToetsingskaderElement] { elements.filter { $0.coverage == nil }.map(\.element) }
    }

    public let documentID: String
    public let sections: [SectionFinding]

    /// The sections without a heading: the letter leaves them out.
    public var missingSections: [ToetsingskaderSection] { sections.filter { $0.coverage == nil }.map(\.section) }
    /// True when every section and every element is covered (a reference counts).
    public var isComplete: Bool { sections.allSatisfy { $0.coverage != nil && $0.missingElements.isEmpty } }

    /// Words by which a sentence hands a subject to an earlier letter instead of treating it.
    static let referenceMarkers = [
        "verwezen naar", "verwijzen naar", "verwijst naar", "eerdere kamerbrief", "eerdere artikel 100",
        "eerder artikel 100",
    ]

    /// Checks `text` (a letter's original text) section by section. A section counts as
    /// covered only by a heading; an element by a heading anywhere or a sentence in its
    /// section. A sentence that names three or more elements of a section announces them
    /// (as an introduction does) and covers none, unless it refers to an earlier letter.
    public init(text: String, documentID: String) {
        self.documentID = documentID
        let letter = LetterText(text)
        let headings = letter.headings.map { (piece: $0, folded: LetterText.folded($0.text)) }
        var used = Set<Int>()
        var opened: [ToetsingskaderSection: TextPiece] = [:]
        for section in ToetsingskaderSection.allCases {
            if let match = headings.first(where: { heading in
                !used.contains(heading.piece.start) && section.headingKeywords.contains { heading.folded.contains($0) }
            }) {
                used.insert(match.piece.start)
                opened[section] = match.piece
            }
        }
        let starts = opened.values.map(\.start).sorted()
        let textEnd = text.unicodeScalars.count
        sections = ToetsingskaderSection.allCases.map { section in
            guard let heading = opened[section] else {
                let elements = section.elements.map { element in
                    ElementFinding(
                        element: element,
                        coverage: headings.first { h in element.keywords.contains { h.folded.contains($0) } }
                            .map { Coverage(kind: .heading, span: $0.piece.span(in: documentID)) })
                }
                return SectionFinding(section: section, coverage: nil, elements: elements)
            }
            let end = starts.first { $0 > heading.start } ?? textEnd
            let sentences = letter.sentences(from: heading.end, to: end).map {
                (piece: $0, folded: LetterText.folded($0.text))
            }
            let elements = section.elements.map { element -> ElementFinding in
                if let h = headings.first(where: { h in element.keywords.contains { h.folded.contains($0) } }) {
                    return ElementFinding(
                        element: element, coverage: Coverage(kind: .heading, span: h.piece.span(in: documentID)))
                }
                // Keywords in order of preference: the first one a sentence states wins.
                for keyword in element.keywords {
                    for sentence in sentences where sentence.folded.contains(keyword) {
                        let named = section.elements.filter { other in
                            other.keywords.contains { sentence.folded.contains($0) }
                        }
                        let refers = Self.referenceMarkers.contains { sentence.folded.contains($0) }
                        if named.count >= 3 && !refers { continue }
                        return ElementFinding(
                            element: element,
                            coverage: Coverage(
                                kind: refers ? .reference : .sentence, span: sentence.piece.span(in: documentID)))
                    }
                }
                return ElementFinding(element: element, coverage: nil)
            }
            return SectionFinding(
                section: section, coverage: Coverage(kind: .heading, span: heading.span(in: documentID)),
                elements: elements)
        }
    }

    /// Checks a stored or freshly read letter.
    public init(document: Document) {
        self.init(text: document.text, documentID: document.id)
    }
}
