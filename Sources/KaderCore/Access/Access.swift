/// What an account may do: read, or also ingest, review and enter data, or also manage users.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case lezer, analist, beheerder

    private var rank: Int {
        switch self {
        case .lezer: 0
        case .analist: 1
        case .beheerder: 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}

/// How secret a document or figure is; an account reads up to its clearance.
public enum Classification: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case openbaar, intern
    case departementaalVertrouwelijk = "departementaal-vertrouwelijk"

    private var rank: Int {
        switch self {
        case .openbaar: 0
        case .intern: 1
        case .departementaalVertrouwelijk: 2
        }
    }

    public static func < (lhs: Classification, rhs: Classification) -> Bool { lhs.rank < rhs.rank }

    public var label: String {
        switch self {
        case .openbaar: "openbaar"
        case .intern: "intern"
        case .departementaalVertrouwelijk: "departementaal vertrouwelijk"
        }
    }
}

/// A user of Kader.
public struct Account: Sendable, Hashable, Codable, Identifiable {
    /// The login name, lowercase.
    public var id: String
    public var displayName: String
    public var role: Role
    public var clearance: Classification
    public var disabled: Bool

    public init(id: String, displayName: String, role: Role, clearance: Classification, disabled: Bool = false) {
        self.id = id
        self.displayName = displayName
        self.role = role
        self.clearance = clearance
        self.disabled = disabled
    }
}

extension Registry {
    /// The registry as someone cleared up to `clearance` may see it: documents above the
    /// clearance are gone, and so is every fact whose source sentence stands in one of them.
    public func visible(to clearance: Classification) -> Registry {
        let hidden = Set(documents.filter { $0.classification > clearance }.map(\.id))
        guard !hidden.isEmpty || measurements.contains(where: { $0.classification > clearance }) else { return self }
        func shown(_ provenance: Provenance) -> Bool {
            provenance.span.map { !hidden.contains($0.documentID) } ?? true
        }
        var registry = self
        registry.documents = documents.filter { !hidden.contains($0.id) }
        registry.decisions = decisions.filter { shown($0.provenance) }
        registry.references = references.filter { !hidden.contains($0.documentID) && shown($0.provenance) }
        registry.motions = motions.filter { shown($0.provenance) }
        registry.commitments = commitments.filter { shown($0.provenance) }.map { commitment in
            var commitment = commitment
            if let fulfilledBy = commitment.fulfilledBy, hidden.contains(fulfilledBy) { commitment.fulfilledBy = nil }
            return commitment
        }
        registry.costs = costs.filter { shown($0.provenance) }
        registry.indicators = indicators.filter { shown($0.provenance) }
        registry.measurements = measurements.filter { shown($0.provenance) && $0.classification <= clearance }
        registry.visits = visits.filter { shown($0.provenance) }.map { visit in
            var visit = visit
            visit.findings = visit.findings.filter { shown($0.provenance) }
            visit.recommendations = visit.recommendations.filter { shown($0.provenance) }
            return visit
        }
        registry.lessons = lessons.filter { shown($0.provenance) }
        registry.risks = risks.filter { shown($0.provenance) }
        registry.staffing = staffing.filter { shown($0.provenance) }
        return registry
    }
}
