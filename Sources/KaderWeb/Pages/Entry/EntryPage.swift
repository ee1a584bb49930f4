import KaderCore

/// `/invoeren`: upload letters, and enter staffing, measurements and lessons by hand.
struct EntryPage: Sendable {

    /// What an upload did to one file.
    struct Outcome: Sendable {
        let file: String
        let message: String
        let href: String?
        let failed: Bool
    }

    let title = "Invoeren"
    let contributions: [SelectOption]
    let indicators: [SelectOption]
    let missions: [SelectOption]
    let classifications: [SelectOption]
    let today: String
    let outcomes: [Outcome]
    let hasOutcomes: Bool
    let notice: String?
    let maxFiles = EntryController.maxFiles

    init(registry: Registry, outcomes: [Outcome] = [], notice: String? = nil) {
        let missionNames = Dictionary(registry.missions.map { ($0.id, $0.id) }) { a, _ in a }
        contributions = registry.contributions.sorted { ($0.missionID, $0.component) < ($1.missionID, $1.component) }
            .map {
                SelectOption(value: $0.id, label: "\(missionNames[$0.missionID] ?? $0.missionID) · \($0.component)")
            }
        indicators = registry.indicators.sorted { ($0.missionID, $0.name) < ($1.missionID, $1.name) }
            .map { SelectOption(value: $0.id, label: "\($0.missionID) · \($0.name)") }
        missions = registry.missions.sorted { $0.id < $1.id }.map {
            SelectOption(value: $0.id, label: "\($0.id) · \($0.fullName)")
        }
        classifications = Classification.allCases.map { SelectOption(value: $0.rawValue, label: $0.label) }
        today = Day.today().iso
        self.outcomes = outcomes
        hasOutcomes = !outcomes.isEmpty
        self.notice = notice
    }
}
