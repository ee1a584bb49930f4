/// One sentence of a letter, with where it stands.
public struct Sentence: Sendable, Hashable {
    /// Unicode-scalar range in the normalized text.
    public let range: Range<Int>
    public let text: String
    /// Index of its block in `NormalizedText.blocks`.
    public let blockIndex: Int
    public let blockKind: TextBlock.Kind
    /// Index of its section in `SegmentedLetter.sections`.
    public let sectionIndex: Int
}

/// A heading with the paragraphs under it (the first section may have no heading).
public struct Section: Sendable, Hashable {
    public let heading: String?
    public let headingRange: Range<Int>?
    public let blockIndices: [Int]
}

/// A letter cut into sections, paragraphs and sentences.
public struct SegmentedLetter: Sendable {
    public let normalized: NormalizedText
    public let sections: [Section]
    public let sentences: [Sentence]
    /// Sentence indices per block, so that a paragraph's sentences are found without a scan.
    private let sentencesByBlock: [Int: Range<Int>]

    init(normalized: NormalizedText, sections: [Section], sentences: [Sentence]) {
        self.normalized = normalized
        self.sections = sections
        self.sentences = sentences
        var byBlock: [Int: Range<Int>] = [:]
        for (index, sentence) in sentences.enumerated() {
            let lower = byBlock[sentence.blockIndex]?.lowerBound ?? index
            byBlock[sentence.blockIndex] = lower..<(index + 1)
        }
        sentencesByBlock = byBlock
    }

    /// The headings that come before a section, nearest first.
    public func headings(before sectionIndex: Int) -> [String] {
        sections[0...sectionIndex].reversed().compactMap(\.heading)
    }

    /// The sentences of a block, in order.
    public func sentences(inBlock blockIndex: Int) -> [Sentence] {
        sentencesByBlock[blockIndex].map { Array(sentences[$0]) } ?? []
    }
}
