import Foundation
import KaderCore
import SQLKit

/// A row of `candidate_facts`.
struct CandidateFactRow: ListedRow, ProvenanceColumns {
    static let table = "candidate_facts"
    var id: String
    var documentId: String
    var kind: String
    var value: String
    var summary: String
    var confidence: Double
    var status: String
    var placement: String?
    var reviewedAt: String?
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ fact: CandidateFact) {
        id = fact.id
        documentId = fact.documentID
        kind = fact.value.kind
        value = CandidateValueJSON.encode(fact.value) ?? JSONColumn.encode(fact.value)
        summary = fact.value.summary
        confidence = fact.confidence
        status = fact.status.rawValue
        placement = fact.placement
        setProvenance(fact.provenance)
    }

    static let columns = [
        "id", "document_id", "kind", "value", "summary", "confidence", "status", "placement", "reviewed_at",
        "source_document_id", "source_start", "source_end", "source_quote", "entered_by", "entered_at",
    ]

    var values: [BoundValue] {
        [
            .text(id), .text(documentId), .text(kind), .text(value), .text(summary), .real(confidence), .text(status),
            BoundValue(placement), BoundValue(reviewedAt), BoundValue(sourceDocumentId), BoundValue(sourceStart),
            BoundValue(sourceEnd), BoundValue(sourceQuote), BoundValue(enteredBy), BoundValue(enteredAt),
        ]
    }

    func model() throws -> CandidateFact {
        CandidateFact(
            id: id, documentID: documentId, value: try JSONColumn.decode(CandidateValue.self, value),
            confidence: confidence, status: try ColumnValue.parse(CandidateStatus.self, status, in: Self.table),
            placement: placement, provenance: try provenance())
    }
}
