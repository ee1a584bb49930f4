import KaderCore

/// The home page: every mission with its contributions as of the peildatum.
struct OverviewPage: Sendable {
    struct ContributionLine: Sendable {
        let id: String
        let component: String
        let kind: String
        let ministry: String
        let locations: String
        let article100: Bool
        let status: String
        let statusClass: String
        let cap: String?
        let capSource: SourceLink?
        let start: String?
        let end: String?
        let endSource: SourceLink?
        let staffing: String?
        let staffingSource: SourceLink?
    }

    struct MissionCard: Sendable {
        let id: String
        let fullName: String
        let lead: String
        let current: [ContributionLine]
        let hasCurrent: Bool
        let ended: [ContributionLine]
        let endedCount: Int
    }

    struct MissionMention: Sendable {
        let id: String
        let fullName: String
    }

    let title = "Overzicht"
    let peildatum: String
    let peildatumLabel: String
    let isToday: Bool
    let missions: [MissionCard]
    let hasMissions: Bool
    let otherMissions: [MissionMention]
    let hasOtherMissions: Bool
    let documentCount: Int
    let emptyHint: String?
    /// The monitoring alerts on the peildatum: critical and warnings, then info folded away.
    let alerts: [AlertView]
    let infoAlerts: [AlertView]
    let hasAlerts: Bool
    let infoCount: Int

    init(
        registry: Registry, asOf day: Day, today: Day, emptyHint: String?, alerts computed: [Alert]? = nil,
        documents index: LettersByID? = nil
    ) {
        let documents = index ?? LettersByID(registry.documents)
        let states = Dictionary(grouping: registry.states(asOf: day), by: \.contribution.missionID)
        var cards: [MissionCard] = []
        var others: [MissionMention] = []
        for mission in registry.missions.sorted(by: { $0.id < $1.id }) {
            let known = (states[mission.id] ?? []).filter { $0.status != .undecided }
            guard !known.isEmpty else {
                others.append(MissionMention(id: mission.id, fullName: mission.fullName))
                continue
            }
            let lines = known.map { Self.line($0, registry: registry, documents: documents, asOf: day) }
            let current = lines.filter { $0.statusClass != "ended" }
            let ended = lines.filter { $0.statusClass == "ended" }
            cards.append(
                MissionCard(
                    id: mission.id, fullName: mission.fullName, lead: mission.lead.label, current: current,
                    hasCurrent: !current.isEmpty, ended: ended, endedCount: ended.count))
        }
        peildatum = day.iso
        peildatumLabel = day.dutch
        isToday = day == today
        missions = cards
        hasMissions = !cards.isEmpty
        otherMissions = others
        hasOtherMissions = !others.isEmpty
        documentCount = registry.documents.count
        self.emptyHint = registry.documents.isEmpty ? emptyHint : nil
        let all = (computed ?? Monitor.check(registry, asOf: day)).map { AlertView($0, documents: documents) }
        alerts = all.filter { $0.severityClass != "info" }
        infoAlerts = all.filter { $0.severityClass == "info" }
        hasAlerts = !all.isEmpty
        infoCount = infoAlerts.count
    }

    static func line(
        _ state: ContributionState, registry: Registry, documents: LettersByID, asOf day: Day
    ) -> ContributionLine {
        let contribution = state.contribution
        let staffing = registry.staffing(of: contribution.id, asOf: day)
        var staffingText: String?
        if let staffing {
            staffingText = state.cap.map { "\(staffing.filled) van \($0.count)" } ?? "\(staffing.filled)"
            staffingText! += " (\(staffing.date.dutch))"
        }
        return ContributionLine(
            id: contribution.id, component: contribution.component, kind: contribution.kind.label,
            ministry: contribution.ministry.label, locations: contribution.locations.joined(separator: ", "),
            article100: contribution.article100, status: state.status.label,
            statusClass: state.status.rawValue, cap: state.cap?.description,
            capSource: state.capDecision.map { SourceLink($0.provenance, documents: documents) },
            start: state.start?.dutch, end: state.end?.dutch,
            endSource: state.endDecision.map { SourceLink($0.provenance, documents: documents) },
            staffing: staffingText,
            staffingSource: staffing.map { SourceLink($0.provenance, documents: documents) })
    }
}
