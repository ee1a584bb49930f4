/// A fact of the registry as a line that points at its source.
public struct SourcedFact: Sendable, Hashable {
    /// What kind of fact, in Dutch ("besluit", "kosten" …).
    public let kind: String
    /// The fact in one short Dutch line.
    public let summary: String
    public let span: SourceSpan
}

extension Registry {
    /// Every fact whose source sentence lies in `documentID`, in text order.
    public func facts(in documentID: String) -> [SourcedFact] {
        var facts: [SourcedFact] = []
        func add(_ kind: String, _ summary: String, _ provenance: Provenance) {
            if let span = provenance.span, span.documentID == documentID {
                facts.append(SourcedFact(kind: kind, summary: summary, span: span))
            }
        }
        let components = Dictionary(contributions.map { ($0.id, "\($0.missionID) \($0.component)") }) { a, _ in a }
        for decision in decisions {
            var summary = "\(components[decision.contributionID] ?? decision.contributionID): \(decision.action.label)"
            if let cap = decision.cap { summary += ", \(cap)" }
            if let end = decision.period.end { summary += ", tot en met \(end.dutch)" }
            add("besluit", summary, decision.provenance)
        }
        for cost in costs {
            let year = cost.year.map { " (\($0))" } ?? ""
            add(
                "kosten", "\(cost.kind.label) \(EuroAmount.format(cents: cost.amountCents))\(year): \(cost.scope)",
                cost.provenance)
        }
        for motion in motions { add("motie", "\(motion.title) (\(motion.kamerstuk))", motion.provenance) }
        for commitment in commitments { add("toezegging", commitment.text, commitment.provenance) }
        for indicator in indicators { add("indicator", indicator.name, indicator.provenance) }
        for measurement in measurements {
            add("meting", measurement.value.map { "\($0)" } ?? measurement.rating?.label ?? "", measurement.provenance)
        }
        for visit in visits {
            add("monitoringsbezoek", visit.periodLabel ?? visit.date?.dutch ?? "", visit.provenance)
            for finding in visit.findings { add("bevinding", finding.text, finding.provenance) }
            for recommendation in visit.recommendations {
                add("aanbeveling", recommendation.text, recommendation.provenance)
            }
        }
        for lesson in lessons { add("les", lesson.text, lesson.provenance) }
        for risk in risks { add("risico", "\(risk.category.label): \(risk.description)", risk.provenance) }
        for figure in staffing {
            add(
                "bezetting", "\(components[figure.contributionID] ?? figure.contributionID): \(figure.filled)",
                figure.provenance)
        }
        for reference in references where !reference.isMotion {
            add("verwijzing", "Kamerstuk \(reference.target)", reference.provenance)
        }
        return facts.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }
}
