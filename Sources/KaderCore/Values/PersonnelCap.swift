/// How exactly a personnel figure is meant ("circa 145", "maximaal zeven").
public enum CapQualifier: String, Sendable, Hashable, Codable, CaseIterable {
    case circa, maximaal, ongeveer, tot, exact
}

/// The personnel cap of a national framework.
public struct PersonnelCap: Sendable, Hashable, Codable, CustomStringConvertible {
    public let count: Int
    public let qualifier: CapQualifier

    public init(count: Int, qualifier: CapQualifier) {
        self.count = count
        self.qualifier = qualifier
    }

    /// `circa 145`, `maximaal 7`, `145`.
    public var description: String {
        qualifier == .exact ? "\(count)" : "\(qualifier.rawValue) \(count)"
    }
}

/// A span of days; either end may be open.
public struct Period: Sendable, Hashable, Codable {
    public let start: Day?
    public let end: Day?

    public init(start: Day?, end: Day?) {
        self.start = start
        self.end = end
    }

    public func contains(_ day: Day) -> Bool {
        if let start, day < start { return false }
        if let end, day > end { return false }
        return true
    }
}
