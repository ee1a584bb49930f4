/// Everything Kader knows, as values: the input of every rule and every page.
public struct Registry: Sendable, Hashable, Codable {
    public var documents: [Document] = []
    public var missions: [Mission] = []
    public var contributions: [Contribution] = []
    public var decisions: [Decision] = []
    public var references: [Reference] = []
    public var motions: [Motion] = []
    public var commitments: [Commitment] = []
    public var costs: [CostLine] = []
    public var indicators: [Indicator] = []
    public var measurements: [Measurement] = []
    public var visits: [MonitoringVisit] = []
    public var lessons: [Lesson] = []
    public var risks: [Risk] = []
    public var staffing: [Staffing] = []

    public init() {}

    /// The state of every contribution on `day`, in mission then component order.
    public func states(asOf day: Day) -> [ContributionState] {
        let byContribution = Dictionary(grouping: decisions, by: \.contributionID)
        return
            contributions
            .sorted { ($0.missionID, $0.component) < ($1.missionID, $1.component) }
            .map { ContributionState.fold($0, decisions: byContribution[$0.id] ?? [], asOf: day) }
    }

    /// The latest staffing figure of a contribution on or before `day`.
    public func staffing(of contributionID: String, asOf day: Day) -> Staffing? {
        staffing.filter { $0.contributionID == contributionID && $0.date <= day }.max { $0.date < $1.date }
    }
}
