import KaderCore

/// A row of `document_references`.
struct ReferenceRow: StoredRow, ProvenanceColumns {
    static let table = "document_references"
    var documentId: String
    var targetDossier: String
    var targetNumber: Int
    var isMotion: Bool
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ reference: Reference) {
        documentId = reference.documentID
        targetDossier = reference.target.dossier
        targetNumber = reference.target.number
        isMotion = reference.isMotion
        setProvenance(reference.provenance)
    }

    func model() throws -> Reference {
        Reference(
            documentID: documentId, target: KamerstukID(dossier: targetDossier, number: targetNumber),
            isMotion: isMotion, provenance: try provenance())
    }
}

/// A row of `motions`.
struct MotionRow: StoredRow, ProvenanceColumns {
    static let table = "motions"
    var id: String
    var kamerstukDossier: String
    var kamerstukNumber: Int
    var title: String
    var subject: String?
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ motion: Motion) {
        id = motion.id
        kamerstukDossier = motion.kamerstuk.dossier
        kamerstukNumber = motion.kamerstuk.number
        title = motion.title
        subject = motion.subject
        setProvenance(motion.provenance)
    }

    func model() throws -> Motion {
        Motion(
            id: id, kamerstuk: KamerstukID(dossier: kamerstukDossier, number: kamerstukNumber), title: title,
            subject: subject, provenance: try provenance())
    }
}

/// A row of `commitments`.
struct CommitmentRow: StoredRow, ProvenanceColumns {
    static let table = "commitments"
    var id: String
    var text: String
    var documentId: String?
    var missionId: String?
    var dueDate: String?
    var duePeriod: String?
    var dueNextProgressReport: Bool
    var recurrence: String?
    var status: String
    var fulfilledBy: String?
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ commitment: Commitment) {
        id = commitment.id
        text = commitment.text
        documentId = commitment.documentID
        missionId = commitment.missionID
        dueNextProgressReport = false
        switch commitment.due {
        case .date(let day): dueDate = day.iso
        case .period(let name): duePeriod = name
        case .nextProgressReport: dueNextProgressReport = true
        case nil: break
        }
        recurrence = commitment.recurrence
        status = commitment.status.rawValue
        fulfilledBy = commitment.fulfilledBy
        setProvenance(commitment.provenance)
    }

    func model() throws -> Commitment {
        var due: DueMoment?
        if let day = try ColumnValue.day(dueDate, in: Self.table) {
            due = .date(day)
        } else if let duePeriod {
            due = .period(duePeriod)
        } else if dueNextProgressReport {
            due = .nextProgressReport
        }
        return Commitment(
            id: id, text: text, documentID: documentId, missionID: missionId, due: due, recurrence: recurrence,
            status: try ColumnValue.parse(CommitmentStatus.self, status, in: Self.table), fulfilledBy: fulfilledBy,
            provenance: try provenance())
    }
}

/// A row of `cost_lines`.
struct CostLineRow: StoredRow, ProvenanceColumns {
    static let table = "cost_lines"
    var id: String
    var missionId: String?
    var contributionId: String?
    var year: Int?
    var amountCents: Int64
    var kind: String
    var scope: String
    var budgetSource: String?
    var documentId: String?
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ cost: CostLine) {
        id = cost.id
        missionId = cost.missionID
        contributionId = cost.contributionID
        year = cost.year
        amountCents = cost.amountCents
        kind = cost.kind.rawValue
        scope = cost.scope
        budgetSource = cost.budgetSource
        documentId = cost.documentID
        setProvenance(cost.provenance)
    }

    func model() throws -> CostLine {
        CostLine(
            id: id, missionID: missionId, contributionID: contributionId, year: year, amountCents: amountCents,
            kind: try ColumnValue.parse(CostKind.self, kind, in: Self.table), scope: scope, budgetSource: budgetSource,
            documentID: documentId, provenance: try provenance())
    }
}
