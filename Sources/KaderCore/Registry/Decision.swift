/// What a decision does to a contribution's national framework.
public enum DecisionAction: String, Sendable, Hashable, Codable, CaseIterable {
    case establish, extend, raise, lower, suspend, resume, end
    /// Confirms or restates the framework without changing its kind of decision.
    case `continue`

    /// Dutch label, as a verb phrase for timelines.
    public var label: String {
        switch self {
        case .establish: "ingesteld"
        case .extend: "verlengd"
        case .raise: "opgehoogd"
        case .lower: "verlaagd"
        case .suspend: "opgeschort"
        case .resume: "hervat"
        case .end: "beëindigd"
        case .continue: "voortgezet"
        }
    }
}

/// A government decision about one contribution, as a letter states it.
public struct Decision: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var contributionID: String
    /// The day the decision was made known (the letter's date).
    public var date: Day
    public var documentID: String?
    public var action: DecisionAction
    public var cap: PersonnelCap?
    /// The framework's period as this decision sets it; a nil end keeps the earlier end.
    public var period: Period
    public var provenance: Provenance

    public init(
        id: String, contributionID: String, date: Day, documentID: String?, action: DecisionAction,
        cap: PersonnelCap?, period: Period, provenance: Provenance
    ) {
        self.id = id
        self.contributionID = contributionID
        self.date = date
        self.documentID = documentID
        self.action = action
        self.cap = cap
        self.period = period
        self.provenance = provenance
    }
}
