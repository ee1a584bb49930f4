import Foundation
import KaderCore

/// One hash of everything extracted from a run of letters: their ids and texts and every
/// candidate fact, in order. Two builds that print the same digest for the same letters
/// extracted the same facts, so a change made for speed can be checked in one line.
public struct ExtractionDigest {
    private var bytes = Data()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
    public init() {}

    public mutating func add(_ extraction: Extraction) throws {
        bytes.append(contentsOf: Array("\(extraction.document.id)\n".utf8))
        bytes.append(contentsOf: Array(extraction.document.text.utf8))
        bytes.append(try encoder.encode(extraction.facts))
    }

    /// SHA-256 of what was added, as 64 hex digits.
    public var hex: String { SHA256.hex(of: bytes) }
}
