import Foundation

/// Where a fact comes from: a sentence in a letter, or the person who entered it.
public enum Provenance: Sendable, Hashable, Codable {
    case source(SourceSpan)
    case entered(by: String, at: Date?)

    public var span: SourceSpan? {
        if case .source(let span) = self { return span }
        return nil
    }

    /// A one-line Dutch account of the origin, for tooltips and exports.
    public var summary: String {
        switch self {
        case .source(let span): return "\(span.documentID) [\(span.start)–\(span.end)]: “\(span.quote)”"
        case .entered(let user, _): return "ingevoerd door \(user)"
        }
    }
}

/// A character range in a stored document and the text it covers.
///
/// Offsets count Unicode scalars (code points) of the document's original text, as
/// Python counts string positions, so that other tools can check them.
public struct SourceSpan: Sendable, Hashable, Codable {
    public let documentID: String
    public let start: Int
    public let end: Int
    public let quote: String

    public init(documentID: String, start: Int, end: Int, quote: String) {
        self.documentID = documentID
        self.start = start
        self.end = end
        self.quote = quote
    }
}
