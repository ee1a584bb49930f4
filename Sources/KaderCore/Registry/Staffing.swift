/// Positions filled in a contribution on a day, against its cap.
public struct Staffing: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var contributionID: String
    public var date: Day
    public var filled: Int
    public var military: Int?
    public var civilian: Int?
    public var police: Int?
    public var women: Int?
    public var men: Int?
    public var provenance: Provenance

    public init(
        id: String, contributionID: String, date: Day, filled: Int, military: Int? = nil,
        civilian: Int? = nil, police: Int? = nil, women: Int? = nil, men: Int? = nil,
        provenance: Provenance
    ) {
        self.id = id
        self.contributionID = contributionID
        self.date = date
        self.filled = filled
        self.military = military
        self.civilian = civilian
        self.police = police
        self.women = women
        self.men = men
        self.provenance = provenance
    }
}
