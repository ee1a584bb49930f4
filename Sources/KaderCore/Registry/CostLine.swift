/// Whether an amount is an estimate, money spent, or a budget reserved.
public enum CostKind: String, Sendable, Hashable, Codable, CaseIterable {
    case estimate, actual, budget

    public var label: String {
        switch self {
        case .estimate: "raming"
        case .actual: "gerealiseerd"
        case .budget: "budget"
        }
    }
}

/// One euro amount a letter states, for a year and a scope.
public struct CostLine: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var missionID: String?
    public var contributionID: String?
    public var year: Int?
    /// Euro cents, so that sums are exact.
    public var amountCents: Int64
    public var kind: CostKind
    public var scope: String
    /// BIV, HGIS, Stabiliteitsfonds …
    public var budgetSource: String?
    public var documentID: String?
    public var provenance: Provenance

    public init(
        id: String, missionID: String?, contributionID: String?, year: Int?, amountCents: Int64,
        kind: CostKind, scope: String, budgetSource: String?, documentID: String?, provenance: Provenance
    ) {
        self.id = id
        self.missionID = missionID
        self.contributionID = contributionID
        self.year = year
        self.amountCents = amountCents
        self.kind = kind
        self.scope = scope
        self.budgetSource = budgetSource
        self.documentID = documentID
        self.provenance = provenance
    }
}
