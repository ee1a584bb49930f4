/// When a commitment to parliament is due.
public enum DueMoment: Sendable, Hashable, Codable, CustomStringConvertible {
    case date(Day)
    /// A named period as the letter says it ("najaar 2023", "na de zomer").
    case period(String)
    /// "in de volgende voortgangsrapportage".
    case nextProgressReport

    public var description: String {
        switch self {
        case .date(let day): day.dutch
        case .period(let name): name
        case .nextProgressReport: "volgende voortgangsrapportage"
        }
    }
}

/// Whether a commitment has been kept.
public enum CommitmentStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case open, met, dropped

    public var label: String {
        switch self {
        case .open: "open"
        case .met: "nagekomen"
        case .dropped: "vervallen"
        }
    }
}

/// A promise the government made to parliament (toezegging).
public struct Commitment: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var text: String
    public var documentID: String?
    public var missionID: String?
    public var due: DueMoment?
    /// "jaarlijks", "halfjaarlijks": each occurrence is due in turn.
    public var recurrence: String?
    public var status: CommitmentStatus
    /// The document that kept the promise.
    public var fulfilledBy: String?
    public var provenance: Provenance

    public init(
        id: String, text: String, documentID: String?, missionID: String? = nil, due: DueMoment?,
        recurrence: String? = nil, status: CommitmentStatus = .open, fulfilledBy: String? = nil,
        provenance: Provenance
    ) {
        self.id = id
        self.text = text
        self.documentID = documentID
        self.missionID = missionID
        self.due = due
        self.recurrence = recurrence
        self.status = status
        self.fulfilledBy = fulfilledBy
        self.provenance = provenance
    }
}
