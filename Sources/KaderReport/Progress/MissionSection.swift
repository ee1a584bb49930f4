import KaderCore

/// The part of the progress report about one mission: its progress and a look back at
/// the Dutch contribution (caps, staffing, decisions, indicators, monitoring).
struct MissionSection {
    let report: ProgressReport
    let mission: Mission
    let states: [ContributionState]

    var registry: Registry { report.registry }

    func add(to document: inout ReportDocument, documents: LettersByID) {
        document.add(.heading(level: 1, text: "\(mission.id): \(mission.fullName)"))
        document.add(.placeholder("In te vullen door de auteur: de voortgang van de missie in deze periode."))
        document.add(.heading(level: 2, text: "Terugblik op de Nederlandse bijdrage"))
        var rows: [[[ReportDocument.Inline]]] = []
        for state in states {
            let cap: [ReportDocument.Inline] =
                state.cap.map { cap in
                    [document.figure(cap.description, state.capDecision!.provenance, documents: documents)]
                }
                ?? [.text("—")]
            var period: [ReportDocument.Inline] = [.text("—")]
            if state.start != nil || state.end != nil {
                let text = "\(state.start?.dutch ?? "…") – \(state.end?.dutch ?? "open")"
                period =
                    state.endDecision.map { [document.figure(text, $0.provenance, documents: documents)] } ?? [
                        .text(text)
                    ]
            }
            var staffing: [ReportDocument.Inline] = [.text("—")]
            if let figure = registry.staffing.filter({
                $0.contributionID == state.contribution.id && $0.date >= report.from && $0.date <= report.to
            }).max(by: { $0.date < $1.date }) {
                let text = state.cap.map { "\(figure.filled) van \($0.count)" } ?? "\(figure.filled)"
                staffing = [document.figure(text, figure.provenance, documents: documents)]
            }
            rows.append([[.text(state.contribution.component)], cap, period, staffing, [.text(state.status.label)]])
        }
        document.add(.table(header: ["Bijdrage", "Nationaal kader", "Periode", "Bezetting", "Stand"], rows: rows))

        let ids = Set(states.map(\.contribution.id))
        let decisions = registry.decisions.filter {
            ids.contains($0.contributionID) && $0.date >= report.from && $0.date <= report.to
        }
        if !decisions.isEmpty {
            document.add(.paragraph([.text("Besluiten in deze periode:")]))
            let components = Dictionary(registry.contributions.map { ($0.id, $0.component) }) { a, _ in a }
            document.add(
                .bullets(
                    decisions.map { decision in
                        var text =
                            "\(decision.date.dutch): \(components[decision.contributionID] ?? "") \(decision.action.label)"
                        if let cap = decision.cap { text += ", \(cap)" }
                        if let end = decision.period.end { text += ", tot en met \(end.dutch)" }
                        return [document.figure(text, decision.provenance, documents: documents)]
                    }))
        }
        indicators(&document, documents: documents)
        monitoring(&document, documents: documents)
    }

    private func indicators(_ document: inout ReportDocument, documents: LettersByID) {
        let indicators = registry.indicators.filter { $0.missionID == mission.id }
        var items: [[ReportDocument.Inline]] = []
        for indicator in indicators {
            for measurement in registry.measurements where measurement.indicatorID == indicator.id {
                let overlaps =
                    (measurement.period.start.map { $0 <= report.to } ?? true)
                    && (measurement.period.end.map { $0 >= report.from } ?? true)
                guard overlaps else { continue }
                let value =
                    measurement.value.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? measurement.rating?
                    .label
                    ?? "—"
                items.append([
                    .text("\(indicator.name): "), document.figure(value, measurement.provenance, documents: documents),
                    .text(measurement.status == .draft ? " (concept)" : ""),
                ])
            }
        }
        guard !items.isEmpty else { return }
        document.add(.heading(level: 2, text: "Indicatoren"))
        document.add(.bullets(items))
    }

    private func monitoring(_ document: inout ReportDocument, documents: LettersByID) {
        let visits = registry.visits.filter { $0.missionIDs.contains(mission.id) }
        guard !visits.isEmpty else { return }
        document.add(.heading(level: 2, text: "Monitoring: bevindingen en opvolging"))
        for visit in visits {
            var items: [[ReportDocument.Inline]] = visit.findings.map {
                [.text("Bevinding: "), document.figure($0.text, $0.provenance, documents: documents)]
            }
            items += visit.recommendations.map {
                [
                    .text("Aanbeveling: "), document.figure($0.text, $0.provenance, documents: documents),
                    .text(" — opvolging: \($0.status.label)\($0.followUp.map { ", \($0)" } ?? "")"),
                ]
            }
            document.add(.bullets(items))
        }
    }
}
