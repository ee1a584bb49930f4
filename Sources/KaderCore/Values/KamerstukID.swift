/// A parliamentary paper id: dossier and document number (`Kamerstuk 27 925, nr. 943`).
public struct KamerstukID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The dossier number without spaces, e.g. `27925`; letters are kept (`36180-A`).
    public let dossier: String
    public let number: Int

    public init(dossier: String, number: Int) {
        self.dossier = dossier.filter { !$0.isWhitespace }
        self.number = number
    }

    /// `27 925, nr. 943`: the dossier grouped in thousands as parliament prints it.
    public var description: String {
        let digits = dossier.prefix { $0.isNumber }
        guard digits.count > 3, digits.count == dossier.count else { return "\(dossier), nr. \(number)" }
        let head = digits.dropLast(3)
        let tail = digits.suffix(3)
        return "\(head) \(tail), nr. \(number)"
    }

    public static func < (lhs: KamerstukID, rhs: KamerstukID) -> Bool {
        (lhs.dossier, lhs.number) < (rhs.dossier, rhs.number)
    }
}
