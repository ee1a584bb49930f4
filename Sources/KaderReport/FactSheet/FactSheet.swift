import KaderCore

/// A one-page fact sheet of a mission: its contributions on a day, the timeline of its
/// frameworks and its cost chart, as a standalone HTML page (also printed to PDF).
public struct FactSheet: Sendable {
    public let registry: Registry
    public let mission: Mission
    public let asOf: Day

    public init(registry: Registry, mission: Mission, asOf: Day) {
        self.registry = registry
        self.mission = mission
        self.asOf = asOf
    }

    public func html() -> String {
        var document = ReportDocument(
            title: "Factsheet \(mission.id): \(mission.fullName)",
            subtitle:
                "Stand op \(asOf.dutch), opgesteld door Kader uit het register. Elk cijfer heeft een voetnoot naar zijn bron."
        )
        let documents = LettersByID(registry.documents)
        let states = registry.states(asOf: asOf).filter {
            $0.contribution.missionID == mission.id && $0.status != .undecided
        }
        var rows: [[[ReportDocument.Inline]]] = []
        for state in states {
            let cap: [ReportDocument.Inline] =
                state.cap.map { [document.figure($0.description, state.capDecision!.provenance, documents: documents)] }
                ?? [.text("—")]
            let end: [ReportDocument.Inline] =
                state.end.map { [document.figure($0.dutch, state.endDecision!.provenance, documents: documents)] }
                ?? [.text("—")]
            rows.append([[.text(state.contribution.component)], [.text(state.status.label)], cap, end])
        }
        document.add(.heading(level: 1, text: "Nederlandse bijdragen"))
        if rows.isEmpty {
            document.add(.paragraph([.emphasis("Geen Nederlandse bijdrage bekend op deze dag.")]))
        } else {
            document.add(.table(header: ["Bijdrage", "Stand", "Nationaal kader", "Tot en met"], rows: rows))
        }
        let missionCosts = registry.costs.filter { $0.missionID == mission.id }
        if !missionCosts.isEmpty {
            document.add(.heading(level: 1, text: "Kosten"))
            document.add(
                .bullets(
                    missionCosts.map { cost in
                        [
                            .text("\(cost.year.map(String.init) ?? "—"), \(cost.kind.label): "),
                            document.figure(
                                EuroAmount.format(cents: cost.amountCents), cost.provenance, documents: documents),
                            .text(" (\(cost.scope))"),
                        ]
                    }))
        }
        var html = HTMLRenderer.render(document, letterLinks: false)
        // The charts go in after the title block: SVG is drawn by the chart types, not the report model.
        var charts = ""
        let timeline = TimelineChart(registry: registryOfMission) { _ in nil }
        if let range = timeline.fullRange {
            charts += "<h2>Tijdlijn</h2>" + timeline.svg(from: range.from, to: range.to, marker: asOf)
        }
        let costs = CostChart(costs: missionCosts, missionID: mission.id)
        if !costs.isEmpty { charts += "<h2>Kosten per jaar</h2>" + costs.svg(id: "factsheet-kosten") }
        if let range = html.range(of: "<h2>Bronnen</h2>") {
            html.insert(contentsOf: charts, at: range.lowerBound)
        } else if let range = html.range(of: "</body>") {
            html.insert(contentsOf: charts, at: range.lowerBound)
        }
        return html
    }

    /// The registry narrowed to this mission's contributions, for its timeline.
    private var registryOfMission: Registry {
        var narrowed = registry
        narrowed.contributions = registry.contributions.filter { $0.missionID == mission.id }
        return narrowed
    }
}
