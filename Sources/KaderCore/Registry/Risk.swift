/// The risk categories an article 100 letter weighs.
public enum RiskCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case security, medical, climate
    case civilianCasualties = "civilian-casualties"
    case political, other

    public var label: String {
        switch self {
        case .security: "veiligheid"
        case .medical: "medisch"
        case .climate: "klimaat en werkomstandigheden"
        case .civilianCasualties: "burgerslachtoffers"
        case .political: "politiek"
        case .other: "overig"
        }
    }
}

/// A risk to a mission and how it is mitigated.
public struct Risk: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var missionID: String?
    public var category: RiskCategory
    public var description: String
    public var mitigation: String?
    public var provenance: Provenance

    public init(
        id: String, missionID: String?, category: RiskCategory, description: String, mitigation: String?,
        provenance: Provenance
    ) {
        self.id = id
        self.missionID = missionID
        self.category = category
        self.description = description
        self.mitigation = mitigation
        self.provenance = provenance
    }
}
