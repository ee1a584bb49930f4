import KaderCore

/// What the extractor proposes for one letter.
public struct Extraction: Sendable {
    public let document: Document
    public let facts: [CandidateFact]
}

/// Extracts the candidate facts of a letter: normalize, segment, then every extractor.
/// Pure: the same letter gives the same facts.
public struct LetterExtractor: Sendable {
    public init() {}

    public func extract(_ document: Document) -> Extraction {
        let normalized = Normalizer().normalize(document.text)
        let letter = Segmenter().segment(normalized)
        let context = LetterContext(document: document, letter: letter)
        let findings =
            MetadataExtractor.extract(context) + ReferenceExtractor.extract(context)
            + MissionExtractor.extract(context) + FrameworkExtractor.extract(context)
            + DecisionExtractor.extract(context) + CostExtractor.extract(context)
            + CommitmentExtractor.extract(context) + IndicatorExtractor.extract(context)
        var facts: [CandidateFact] = []
        // One hash per finding: the value is hashed whole, its strings too.
        var seen = Set<CandidateValue>()
        for finding in Self.mergeMotions(findings) {
            guard seen.insert(finding.value).inserted else { continue }
            facts.append(
                CandidateFact(
                    id: "\(document.id)-\(threeDigits(facts.count + 1))", documentID: document.id,
                    value: finding.value, confidence: finding.confidence,
                    provenance: .source(context.span(finding.range))))
        }
        return Extraction(document: document, facts: facts)
    }

    /// A Kamerstuk cited several times is one reference; a motion when any citation says so.
    static func mergeMotions(_ findings: [Finding]) -> [Finding] {
        var motions = Set<KamerstukID>()
        for finding in findings {
            if case .reference(let id, true) = finding.value { motions.insert(id) }
        }
        return findings.map { finding in
            if case .reference(let id, false) = finding.value, motions.contains(id) {
                return Finding(
                    value: .reference(id, isMotion: true), range: finding.range, confidence: finding.confidence)
            }
            return finding
        }
    }
}

/// A number with at least three digits ("007"), so that ids sort in text order.
func threeDigits(_ value: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
}
