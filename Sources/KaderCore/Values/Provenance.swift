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

extension Provenance {
    private enum CodingKeys: String, CodingKey {
        case kind
        case documentID = "document"
        case start, end, quote, user, at
    }

    /// `{"kind": "source", "document", "start", "end", "quote"}` or
    /// `{"kind": "entered", "user", "at"}`: flat, so that JSON readers need no Swift enum shapes.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "source":
            self = .source(
                SourceSpan(
                    documentID: try container.decode(String.self, forKey: .documentID),
                    start: try container.decode(Int.self, forKey: .start),
                    end: try container.decode(Int.self, forKey: .end),
                    quote: try container.decode(String.self, forKey: .quote)))
        case "entered":
            self = .entered(
                by: try container.decode(String.self, forKey: .user),
                at: try container.decodeIfPresent(Date.self, forKey: .at))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown provenance kind '\(other)'")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .source(let span):
            try container.encode("source", forKey: .kind)
            try container.encode(span.documentID, forKey: .documentID)
            try container.encode(span.start, forKey: .start)
            try container.encode(span.end, forKey: .end)
            try container.encode(span.quote, forKey: .quote)
        case .entered(let user, let at):
            try container.encode("entered", forKey: .kind)
            try container.encode(user, forKey: .user)
            try container.encodeIfPresent(at, forKey: .at)
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

    /// The fragment that marks this range on the letter page: `bron-START-END`.
    public var anchor: String { Self.anchor(start: start, end: end) }

    /// The letter page scrolled to this range: `/brieven/ID#bron-START-END`. Every link
    /// from a figure to its sentence (pages, reports, feeds) is built here.
    public var letterPath: String { Self.letterPath(documentID: documentID, start: start, end: end) }

    public static func anchor(start: Int, end: Int) -> String { "bron-\(start)-\(end)" }

    public static func letterPath(documentID: String, start: Int, end: Int) -> String {
        "/brieven/\(documentID)#\(anchor(start: start, end: end))"
    }

    public init(documentID: String, start: Int, end: Int, quote: String) {
        self.documentID = documentID
        self.start = start
        self.end = end
        self.quote = quote
    }
}
