import KaderCore

/// All commitments to parliament and the motions behind them, with filters.
struct CommitmentsPage: Sendable {
    struct CommitmentView: Sendable {
        let id: String
        let text: String
        let status: String
        let statusClass: String
        let due: String
        let mission: String?
        let madeIn: String?
        let madeInHref: String?
        let metBy: String?
        let metByHref: String?
        let source: SourceLink
    }

    struct MotionView: Sendable {
        let title: String
        let kamerstuk: String
        let subject: String?
        let source: SourceLink
    }

    let title = "Toezeggingen"
    let commitments: [CommitmentView]
    let count: Int
    let total: Int
    let motions: [MotionView]
    let hasMotions: Bool
    let statusOptions: [SelectOption]
    let missionOptions: [SelectOption]

    init(
        registry: Registry, status: CommitmentStatus?, missionID: String?, documents index: LettersByID? = nil
    ) {
        let documents = index ?? LettersByID(registry.documents)
        func title(_ id: String?) -> String? { id.flatMap { documents[$0]?.title } }
        let chosen = registry.commitments.filter {
            (status == nil || $0.status == status) && (missionID == nil || $0.missionID == missionID)
        }
        commitments = chosen.map { commitment in
            CommitmentView(
                id: commitment.id, text: commitment.text, status: commitment.status.label,
                statusClass: commitment.status.rawValue,
                due: [commitment.due?.description, commitment.recurrence].compactMap { $0 }.joined(separator: ", "),
                mission: commitment.missionID, madeIn: title(commitment.documentID),
                madeInHref: commitment.documentID.map { "/brieven/\($0)" }, metBy: title(commitment.fulfilledBy),
                metByHref: commitment.fulfilledBy.map { "/brieven/\($0)" },
                source: SourceLink(commitment.provenance, documents: documents))
        }
        count = commitments.count
        total = registry.commitments.count
        motions = registry.motions.sorted { $0.kamerstuk < $1.kamerstuk }.map {
            MotionView(
                title: $0.title, kamerstuk: "Kamerstuk \($0.kamerstuk)", subject: $0.subject,
                source: SourceLink($0.provenance, documents: documents))
        }
        hasMotions = !motions.isEmpty
        statusOptions =
            [SelectOption(value: "", label: "alle", selected: status == nil)]
            + CommitmentStatus.allCases.map {
                SelectOption(value: $0.rawValue, label: $0.label, selected: $0 == status)
            }
        let missions = Set(registry.commitments.compactMap(\.missionID)).sorted()
        missionOptions =
            [SelectOption(value: "", label: "alle missies", selected: missionID == nil)]
            + missions.map { SelectOption(value: $0, label: $0, selected: $0 == missionID) }
    }
}
