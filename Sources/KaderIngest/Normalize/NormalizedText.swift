/// A block of a normalized letter: a heading, a paragraph of body text or a footnote.
public struct TextBlock: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case heading, paragraph, footnote
    }

    public let kind: Kind
    /// Unicode-scalar range in the normalized text.
    public let range: Range<Int>
}

/// A letter's text made fit for reading by rules, and the way back to the original.
///
/// Every normalized scalar remembers the range of original scalars it stands for, so a
/// range found in the normalized text maps back to the original text (the offsets that
/// provenance uses, see `SourceSpan`).
public struct NormalizedText: Sendable {
    public let original: String
    /// Blocks separated by a blank line; within a block, single spaces.
    public let text: String
    public let blocks: [TextBlock]
    let scalars: [Unicode.Scalar]
    let origins: [Origin]
    /// `original`'s scalars, read once for the normalizer and kept for the quotes.
    let originalScalars: [Unicode.Scalar]
    /// Where `scalars` start in `text`'s UTF-8, for slicing.
    private let utf8Offsets: UTF8Offsets

    init(
        original: String, originalScalars: [Unicode.Scalar], scalars: [Unicode.Scalar], origins: [Origin],
        blocks: [TextBlock]
    ) {
        self.original = original
        self.originalScalars = originalScalars
        self.scalars = scalars
        self.origins = origins
        self.blocks = blocks
        self.text = String(scalars: scalars)
        self.utf8Offsets = UTF8Offsets(scalars)
    }

    /// The original range (Unicode-scalar offsets) that a normalized range stands for.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty, range.lowerBound < origins.count else {
            let at =
                range.lowerBound < origins.count ? Int(origins[range.lowerBound].lowerBound) : originalScalars.count
            return at..<at
        }
        let last = min(range.upperBound, origins.count) - 1
        let lower = Int(origins[range.lowerBound].lowerBound)
        return lower..<max(Int(origins[last].upperBound), lower)
    }

    /// The normalized text of a range.
    public func slice(_ range: Range<Int>) -> String {
        text.utf8Slice(utf8Offsets.range(ofScalars: range.clamped(to: 0..<scalars.count)))
    }
}
