/// Letters looked up by id through their place in the array they stand in: making one copies
/// no letter (copying 50,000 into a dictionary was most of the first page after a changed
/// letter). The first of two letters with one id is the one found.
public struct LettersByID: Sendable {
    public let documents: [Document]
    private let positions: [String: Int]

    /// `earlier`'s positions serve when its letters have the same ids in the same places (a
    /// letter changed, none added or removed): hashing 50,000 ids again is then not needed.
    public init(_ documents: [Document], reusing earlier: LettersByID? = nil) {
        self.documents = documents
        if let earlier, earlier.documents.count == documents.count,
            zip(earlier.documents, documents).allSatisfy({ $0.id == $1.id })
        {
            positions = earlier.positions
        } else {
            positions = Dictionary(documents.indices.map { (documents[$0].id, $0) }) { first, _ in first }
        }
    }

    /// How many ids there are.
    public var count: Int { positions.count }

    public subscript(_ id: String) -> Document? {
        positions[id].map { documents[$0] }
    }
}
