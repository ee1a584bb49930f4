/// Output indicators count what was done; outcome indicators judge what it achieved.
public enum IndicatorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case output, outcome
}

/// Which way an indicator should move.
public enum IndicatorDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case increase, decrease, maintain
}

/// A target value for one period.
public struct IndicatorTarget: Sendable, Hashable, Codable {
    public var period: Period
    public var value: Double

    public init(period: Period, value: Double) {
        self.period = period
        self.value = value
    }
}

/// A quantitative or qualitative indicator of the monitoring framework.
public struct Indicator: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var missionID: String
    public var contributionID: String?
    public var name: String
    public var kind: IndicatorKind
    public var unit: String?
    public var direction: IndicatorDirection?
    public var baseline: Double?
    public var baselineYear: Int?
    public var targets: [IndicatorTarget]
    public var provenance: Provenance

    public init(
        id: String, missionID: String, contributionID: String?, name: String, kind: IndicatorKind,
        unit: String?, direction: IndicatorDirection?, baseline: Double?, baselineYear: Int?,
        targets: [IndicatorTarget], provenance: Provenance
    ) {
        self.id = id
        self.missionID = missionID
        self.contributionID = contributionID
        self.name = name
        self.kind = kind
        self.unit = unit
        self.direction = direction
        self.baseline = baseline
        self.baselineYear = baselineYear
        self.targets = targets
        self.provenance = provenance
    }
}

/// A qualitative judgement of an outcome.
public enum Rating: String, Sendable, Hashable, Codable, CaseIterable {
    case positive, mixed, negative

    public var label: String {
        switch self {
        case .positive: "positief"
        case .mixed: "gemengd"
        case .negative: "negatief"
        }
    }
}

/// How sure the evidence makes a judgement.
public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable {
    case low, medium, high
}

/// Draft until an analyst approves it.
public enum ApprovalStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case draft, approved
}

/// One value (or rating) of an indicator over a period.
public struct Measurement: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var indicatorID: String
    public var period: Period
    public var value: Double?
    public var rating: Rating?
    public var evidence: String?
    public var confidence: Confidence?
    public var narrative: String?
    public var status: ApprovalStatus
    public var provenance: Provenance
    /// Who may read it (a measurement entered by hand has no letter to inherit from).
    public var classification: Classification

    public init(
        id: String, indicatorID: String, period: Period, value: Double?, rating: Rating?,
        evidence: String?, confidence: Confidence?, narrative: String?, status: ApprovalStatus,
        provenance: Provenance, classification: Classification = .openbaar
    ) {
        self.classification = classification
        self.id = id
        self.indicatorID = indicatorID
        self.period = period
        self.value = value
        self.rating = rating
        self.evidence = evidence
        self.confidence = confidence
        self.narrative = narrative
        self.status = status
        self.provenance = provenance
    }
}
