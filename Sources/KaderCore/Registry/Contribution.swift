/// Military, civilian or police.
public enum ContributionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case military, civilian, police

    public var label: String {
        switch self {
        case .military: "militair"
        case .civilian: "civiel"
        case .police: "politie"
        }
    }
}

/// The ministry that provides a contribution.
public enum Ministry: String, Sendable, Hashable, Codable, CaseIterable {
    case defensie
    case buitenlandseZaken = "buitenlandse-zaken"
    case justitieEnVeiligheid = "justitie-en-veiligheid"

    public var label: String {
        switch self {
        case .defensie: "Defensie"
        case .buitenlandseZaken: "Buitenlandse Zaken"
        case .justitieEnVeiligheid: "Justitie en Veiligheid"
        }
    }
}

/// One Dutch contribution to a mission (a component such as a force protection company).
public struct Contribution: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var missionID: String
    public var component: String
    public var kind: ContributionKind
    public var ministry: Ministry
    public var locations: [String]
    /// Whether the contribution falls under article 100 of the Constitution.
    public var article100: Bool

    public init(
        id: String, missionID: String, component: String, kind: ContributionKind,
        ministry: Ministry, locations: [String] = [], article100: Bool
    ) {
        self.id = id
        self.missionID = missionID
        self.component = component
        self.kind = kind
        self.ministry = ministry
        self.locations = locations
        self.article100 = article100
    }
}
