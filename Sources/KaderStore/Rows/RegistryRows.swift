import KaderCore

/// A row of `missions`.
struct MissionRow: StoredRow {
    static let table = "missions"
    var id: String
    var fullName: String
    var aliases: String
    var lead: String
    var legalBasis: String?
    var deployment: String?

    init(_ mission: Mission) {
        id = mission.id
        fullName = mission.fullName
        aliases = JSONColumn.encode(mission.aliases)
        lead = mission.lead.rawValue
        legalBasis = mission.legalBasis
        deployment = mission.deployment
    }

    func model() throws -> Mission {
        Mission(
            id: id, fullName: fullName, aliases: try JSONColumn.decode([String].self, aliases),
            lead: try ColumnValue.parse(LeadOrganisation.self, lead, in: Self.table), legalBasis: legalBasis,
            deployment: deployment)
    }
}

/// A row of `contributions`.
struct ContributionRow: StoredRow {
    static let table = "contributions"
    var id: String
    var missionId: String
    var component: String
    var kind: String
    var ministry: String
    var locations: String
    var article100: Bool

    init(_ contribution: Contribution) {
        id = contribution.id
        missionId = contribution.missionID
        component = contribution.component
        kind = contribution.kind.rawValue
        ministry = contribution.ministry.rawValue
        locations = JSONColumn.encode(contribution.locations)
        article100 = contribution.article100
    }

    func model() throws -> Contribution {
        Contribution(
            id: id, missionID: missionId, component: component,
            kind: try ColumnValue.parse(ContributionKind.self, kind, in: Self.table),
            ministry: try ColumnValue.parse(Ministry.self, ministry, in: Self.table),
            locations: try JSONColumn.decode([String].self, locations), article100: article100)
    }
}

/// A row of `decisions`.
struct DecisionRow: StoredRow, ProvenanceColumns {
    static let table = "decisions"
    var id: String
    var contributionId: String
    var date: String
    var documentId: String?
    var action: String
    var capCount: Int?
    var capQualifier: String?
    var periodStart: String?
    var periodEnd: String?
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ decision: Decision) {
        id = decision.id
        contributionId = decision.contributionID
        date = decision.date.iso
        documentId = decision.documentID
        action = decision.action.rawValue
        capCount = decision.cap?.count
        capQualifier = decision.cap?.qualifier.rawValue
        periodStart = decision.period.start?.iso
        periodEnd = decision.period.end?.iso
        setProvenance(decision.provenance)
    }

    func model() throws -> Decision {
        var cap: PersonnelCap?
        if let capCount, let capQualifier {
            cap = PersonnelCap(
                count: capCount, qualifier: try ColumnValue.parse(CapQualifier.self, capQualifier, in: Self.table))
        }
        guard let day = try ColumnValue.day(date, in: Self.table) else {
            throw StoreError("decision \(id) has no date")
        }
        return Decision(
            id: id, contributionID: contributionId, date: day, documentID: documentId,
            action: try ColumnValue.parse(DecisionAction.self, action, in: Self.table), cap: cap,
            period: Period(
                start: try ColumnValue.day(periodStart, in: Self.table),
                end: try ColumnValue.day(periodEnd, in: Self.table)),
            provenance: try provenance())
    }
}
