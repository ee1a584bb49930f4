/// Where a candidate fact stands in review.
public enum CandidateStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case proposed = "voorgesteld"
    case accepted = "geaccepteerd"
    case rejected = "afgewezen"
}

/// A personnel figure of one Dutch contribution as a letter states it.
public struct FrameworkCandidate: Sendable, Hashable, Codable {
    public var mission: String
    public var component: String
    public var cap: PersonnelCap
    public var period: Period

    public init(mission: String, component: String, cap: PersonnelCap, period: Period) {
        self.mission = mission
        self.component = component
        self.cap = cap
        self.period = period
    }
}

/// A decision about a contribution (extend, raise, end …) as a letter states it.
public struct DecisionCandidate: Sendable, Hashable, Codable {
    public var mission: String?
    public var component: String?
    public var action: DecisionAction
    public var cap: PersonnelCap?
    public var period: Period

    public init(mission: String?, component: String?, action: DecisionAction, cap: PersonnelCap?, period: Period) {
        self.mission = mission
        self.component = component
        self.action = action
        self.cap = cap
        self.period = period
    }
}

/// A euro amount as a letter states it.
public struct CostCandidate: Sendable, Hashable, Codable {
    public var amountCents: Int64
    public var year: Int?
    public var kind: CostKind
    public var scope: String
    public var budgetSource: String?
    public var mission: String?

    public init(
        amountCents: Int64, year: Int?, kind: CostKind, scope: String, budgetSource: String?, mission: String?
    ) {
        self.amountCents = amountCents
        self.year = year
        self.kind = kind
        self.scope = scope
        self.budgetSource = budgetSource
        self.mission = mission
    }

    /// Whole euros, as the gold files count them.
    public var euros: Int64 { amountCents / 100 }
}

/// A promise to parliament as a letter states it.
public struct CommitmentCandidate: Sendable, Hashable, Codable {
    public var text: String
    public var due: DueMoment?
    public var recurrence: String?
    public var mission: String?

    public init(text: String, due: DueMoment?, recurrence: String?, mission: String?) {
        self.text = text
        self.due = due
        self.recurrence = recurrence
        self.mission = mission
    }
}

/// A value of a monitoring indicator ("606 keer ingezet", "15 van de 21 instituten").
public struct IndicatorCandidate: Sendable, Hashable, Codable {
    public var name: String
    public var value: Double
    public var total: Double?
    public var mission: String?

    public init(name: String, value: Double, total: Double?, mission: String?) {
        self.name = name
        self.value = value
        self.total = total
        self.mission = mission
    }
}

/// What a candidate fact says.
public enum CandidateValue: Sendable, Hashable, Codable {
    case date(Day)
    case type(DocumentType)
    case addressee(Addressee)
    case signatory(String)
    case reference(KamerstukID, isMotion: Bool)
    case mission(String)
    case framework(FrameworkCandidate)
    case decision(DecisionCandidate)
    case cost(CostCandidate)
    case commitment(CommitmentCandidate)
    case indicator(IndicatorCandidate)

    /// The kind as stored and shown ("referentie", "kader" …).
    public var kind: String {
        switch self {
        case .date: "datum"
        case .type: "soort"
        case .addressee: "geadresseerde"
        case .signatory: "ondertekenaar"
        case .reference(_, let isMotion): isMotion ? "motie" : "referentie"
        case .mission: "missie"
        case .framework: "kader"
        case .decision: "besluit"
        case .cost: "kosten"
        case .commitment: "toezegging"
        case .indicator: "indicator"
        }
    }

    /// The value in one short Dutch line.
    public var summary: String {
        switch self {
        case .date(let day): day.dutch
        case .type(let type): type.label
        case .addressee(let addressee): addressee.rawValue
        case .signatory(let name): name
        case .reference(let id, _): "Kamerstuk \(id)"
        case .mission(let name): name
        case .framework(let f):
            "\(f.mission) \(f.component): \(f.cap)" + Self.describe(f.period)
        case .decision(let d):
            "\(d.mission ?? "?") \(d.action.label)" + (d.cap.map { ", \($0)" } ?? "") + Self.describe(d.period)
        case .cost(let c):
            "\(c.kind.label) \(EuroAmount.format(cents: c.amountCents))" + (c.year.map { " (\($0))" } ?? "")
                + ": \(c.scope)"
        case .commitment(let c): c.text + (c.due.map { " [\($0)]" } ?? "")
        case .indicator(let i):
            "\(i.name): \(Self.number(i.value))" + (i.total.map { " van \(Self.number($0))" } ?? "")
        }
    }

    private static func describe(_ period: Period) -> String {
        var text = ""
        if let start = period.start { text += ", vanaf \(start.dutch)" }
        if let end = period.end { text += ", tot en met \(end.dutch)" }
        return text
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// A fact the extractor proposes, with the sentence it comes from and how sure it is.
public struct CandidateFact: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var documentID: String
    public var value: CandidateValue
    /// Between 0 and 1: how likely the extractor thinks the fact is right.
    public var confidence: Double
    public var status: CandidateStatus
    /// Where an accepted fact went in the registry ("cost_lines/…"), nil when it has no home yet.
    public var placement: String?
    public var provenance: Provenance

    public init(
        id: String, documentID: String, value: CandidateValue, confidence: Double,
        status: CandidateStatus = .proposed, placement: String? = nil, provenance: Provenance
    ) {
        self.id = id
        self.documentID = documentID
        self.value = value
        self.confidence = confidence
        self.status = status
        self.placement = placement
        self.provenance = provenance
    }
}
