/// The organisation that leads a mission.
public enum LeadOrganisation: String, Sendable, Hashable, Codable, CaseIterable {
    case coalition, nato, eu, un, bilateral

    /// Dutch label for pages.
    public var label: String {
        switch self {
        case .coalition: "coalitie"
        case .nato: "NAVO"
        case .eu: "EU"
        case .un: "VN"
        case .bilateral: "bilateraal"
        }
    }
}

/// An international mission or operation (OIR, NMI, EUAM …).
public struct Mission: Sendable, Hashable, Codable, Identifiable {
    /// The canonical short name, e.g. `NMI`.
    public var id: String
    public var fullName: String
    public var aliases: [String]
    public var lead: LeadOrganisation
    public var legalBasis: String?
    /// The deployment it belongs to, e.g. `irak`.
    public var deployment: String?

    public init(
        id: String, fullName: String, aliases: [String] = [], lead: LeadOrganisation,
        legalBasis: String? = nil, deployment: String? = nil
    ) {
        self.id = id
        self.fullName = fullName
        self.aliases = aliases
        self.lead = lead
        self.legalBasis = legalBasis
        self.deployment = deployment
    }
}
