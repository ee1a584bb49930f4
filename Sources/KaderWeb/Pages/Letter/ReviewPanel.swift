import KaderCore

/// The candidate facts of a letter awaiting review, and the letter's Toetsingskader check.
struct ReviewPanel: Sendable {
    struct Candidate: Sendable {
        let id: String
        let kind: String
        let summary: String
        let confidence: String
        let status: String
        let isProposed: Bool
        let placement: String?
        let anchor: String?
        let quote: String
        /// What the correction form asks for.
        let correctionHint: String
    }

    struct Section: Sendable {
        let title: String
        let covered: Bool
        let evidence: String?
        let anchor: String?
        let missingElements: String?
    }

    let candidates: [Candidate]
    let hasCandidates: Bool
    let proposedCount: Int
    /// Whether the reader may accept and reject (analist or beheerder).
    let canReview: Bool
    let toets: [Section]
    let hasToets: Bool
    let toetsSummary: String?
    /// The spans of the Toetsingskader evidence, so that their links land in the text.
    let evidenceSpans: [SourceSpan]

    init(document: Document, candidates: [CandidateFact], canReview: Bool, check computed: ToetsingskaderCheck? = nil) {
        self.candidates = candidates.sorted { ($0.provenance.span?.start ?? 0) < ($1.provenance.span?.start ?? 0) }
            .map { fact in
                Candidate(
                    id: fact.id, kind: fact.value.kind, summary: fact.value.summary,
                    confidence: "\(Int((fact.confidence * 100).rounded())) %", status: fact.status.rawValue,
                    isProposed: fact.status == .proposed, placement: fact.placement,
                    anchor: fact.provenance.span.map(SourceLink.anchor), quote: fact.provenance.span?.quote ?? "",
                    correctionHint: fact.value.correctionHint)
            }
        hasCandidates = !candidates.isEmpty
        proposedCount = candidates.filter { $0.status == .proposed }.count
        self.canReview = canReview
        guard document.type == .artikel100 else {
            toets = []
            hasToets = false
            toetsSummary = nil
            evidenceSpans = []
            return
        }
        let check = computed ?? ToetsingskaderCheck(document: document)
        toets = check.sections.map { finding in
            let missing = finding.missingElements.map(\.title)
            return Section(
                title: finding.section.title, covered: finding.coverage != nil,
                evidence: finding.coverage.map { QuoteText.clean($0.span.quote) },
                anchor: finding.coverage.map { "#\(SourceLink.anchor($0.span))" },
                missingElements: missing.isEmpty ? nil : missing.joined(separator: ", "))
        }
        hasToets = true
        evidenceSpans = check.sections.compactMap { $0.coverage?.span }
        let covered = check.sections.filter { $0.coverage != nil }.count
        toetsSummary =
            "\(covered) van \(check.sections.count) onderdelen behandeld"
            + (check.isComplete ? "; de brief is volledig." : "; de brief is onvolledig.")
    }
}
