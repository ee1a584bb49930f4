/// Turns a letter's raw text into `NormalizedText`: page furniture dropped, words
/// hyphenated over a line break joined, paragraphs continued over page breaks,
/// footnotes kept apart (after the body), OCR slips in names repaired.
public struct Normalizer: Sendable {
    /// Names that must survive OCR: OCR turns their O into a zero ("0IR", "O0IR").
    public var knownNames: Set<String>

    public init(knownNames: Set<String> = MissionCatalog.ocrSensitiveNames) {
        self.knownNames = knownNames
    }

    public func normalize(_ original: String) -> NormalizedText {
        let source = original.scalarArray
        let lines = Line.split(original, scalars: source)
        let kinds = LineClassifier(lines: lines, original: original).classify()
        let hyphenated = Self.hyphenatedWords(in: source)
        let vocabulary = OCRVocabulary(knownNames: knownNames, source: source)

        var builder = Builder(capacity: source.count)
        var footnotes: [[Line]] = []
        var current: [Line] = []
        var currentKind = TextBlock.Kind.paragraph
        func flush() {
            guard !current.isEmpty else { return }
            builder.block(currentKind, lines: current, hyphenated: hyphenated, vocabulary: vocabulary)
            // Its room kept for the next block: grown anew for each, it was reallocated
            // three times a block.
            current.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            switch kinds[index] {
            case .blank, .furniture:
                break
            case .heading:
                flush()
                current.append(line)
                currentKind = .heading
                flush()
            case .footnoteStart:
                footnotes.append([line])
            case .footnoteContinuation:
                if footnotes.isEmpty { footnotes.append([]) }
                footnotes[footnotes.count - 1].append(line)
            case .body:
                if !current.isEmpty, currentKind == .paragraph, index > 0,
                    kinds[index - 1] != .body && kinds[index - 1] != .heading,
                    !Self.continues(current.last!, with: line)
                {
                    flush()
                }
                currentKind = .paragraph
                current.append(line)
            }
            index += 1
        }
        flush()
        for footnote in footnotes where !footnote.isEmpty {
            builder.block(.footnote, lines: footnote, hyphenated: hyphenated, vocabulary: vocabulary)
        }
        return NormalizedText(
            original: original, originalScalars: source, scalars: builder.scalars, origins: builder.origins,
            blocks: builder.blocks)
    }

    /// A paragraph interrupted by a blank line, footnotes or a page header goes on when its
    /// last line ends mid-sentence and the next line starts in lower case.
    static func continues(_ previous: Line, with next: Line) -> Bool {
        guard let last = previous.lastNonSpace, let first = next.firstNonSpace else { return false }
        if ".!?:".unicodeScalars.contains(last) { return false }
        return first.isLowercaseQuick
    }

    /// Words written with a hyphen inside a line ("anti-ISIS", "force protection-compagnie"):
    /// when one of them is broken at its hyphen, the hyphen stays.
    ///
    /// A word here is a run of letters and of hyphens that each follow a letter; it counts
    /// when it has such a hyphen and ends on a letter. Only the hyphens are visited, and the
    /// word around each is read from there: a pass over every scalar, asking each whether it
    /// is a letter, was a hundredth of ingest.
    static func hyphenatedWords(in source: [Unicode.Scalar]) -> Set<String> {
        var words = Set<String>()
        var from = 0
        while let hyphen = source.firstIndex(of: "-", in: from..<source.count) {
            guard hyphen > 0, source[hyphen - 1].isAlphabeticQuick else {
                from = hyphen + 1
                continue
            }
            var start = hyphen - 1
            while start > 0 {
                let before = source[start - 1]
                if before.isAlphabeticQuick || (before == "-" && start > 1 && source[start - 2].isAlphabeticQuick) {
                    start -= 1
                } else {
                    break
                }
            }
            var end = hyphen + 1
            while end < source.count, source[end].isAlphabeticQuick || (source[end] == "-" && source[end - 1] != "-") {
                end += 1
            }
            // The word's later hyphens belong to this word: go on after it.
            from = end
            if source[end - 1] != "-" { words.insert(String(scalars: source[start..<end]).lowercased()) }
        }
        return words
    }
}
