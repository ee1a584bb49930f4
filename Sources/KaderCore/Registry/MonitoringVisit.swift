/// Whether a recommendation has been acted on.
public enum FollowUpStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case open
    case inProgress = "in-progress"
    case done

    public var label: String {
        switch self {
        case .open: "open"
        case .inProgress: "in uitvoering"
        case .done: "afgerond"
        }
    }
}

/// Something a monitoring visit found.
public struct Finding: Sendable, Hashable, Codable {
    public var text: String
    public var provenance: Provenance

    public init(text: String, provenance: Provenance) {
        self.text = text
        self.provenance = provenance
    }
}

/// Something a monitoring visit recommended, and what was done with it.
public struct Recommendation: Sendable, Hashable, Codable {
    public var text: String
    public var followUp: String?
    public var status: FollowUpStatus
    public var provenance: Provenance

    public init(text: String, followUp: String?, status: FollowUpStatus, provenance: Provenance) {
        self.text = text
        self.followUp = followUp
        self.status = status
        self.provenance = provenance
    }
}

/// The interim monitoring visit (monitoringsbezoek) of the monitoring framework.
public struct MonitoringVisit: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var date: Day?
    /// The period as the letter names it when it gives no date ("begin 2021").
    public var periodLabel: String?
    public var missionIDs: [String]
    public var findings: [Finding]
    public var recommendations: [Recommendation]
    public var provenance: Provenance

    public init(
        id: String, date: Day?, periodLabel: String?, missionIDs: [String], findings: [Finding],
        recommendations: [Recommendation], provenance: Provenance
    ) {
        self.id = id
        self.date = date
        self.periodLabel = periodLabel
        self.missionIDs = missionIDs
        self.findings = findings
        self.recommendations = recommendations
        self.provenance = provenance
    }
}
