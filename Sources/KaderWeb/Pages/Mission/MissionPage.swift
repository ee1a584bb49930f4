import KaderCore
import KaderReport

/// Everything about one mission: contributions, decisions, charts, monitoring and letters.
struct MissionPage: Sendable {
    struct DecisionLine: Sendable {
        let date: String
        let contribution: String
        let action: String
        let cap: String?
        let period: String?
        let source: SourceLink
    }

    struct Chart: Sendable {
        let label: String
        let svg: String
    }

    struct CostLineView: Sendable {
        let year: String
        let kind: String
        let amount: String
        let scope: String
        let budgetSource: String?
        let source: SourceLink
    }

    struct MeasurementView: Sendable {
        let period: String
        let value: String
        let status: String
        let source: SourceLink
    }

    struct IndicatorView: Sendable {
        let name: String
        let kind: String
        let unit: String?
        let measurements: [MeasurementView]
        let hasMeasurements: Bool
        let source: SourceLink
    }

    struct TextItem: Sendable {
        let text: String
        let detail: String?
        let source: SourceLink
    }

    struct VisitView: Sendable {
        let when: String
        let findings: [TextItem]
        let recommendations: [TextItem]
        let source: SourceLink
    }

    struct LetterLink: Sendable {
        let id: String
        let title: String
        let date: String?
    }

    let title: String
    let id: String
    let fullName: String
    let lead: String
    let aliases: String?
    let legalBasis: String?
    let peildatum: String
    let peildatumLabel: String
    let contributions: [OverviewPage.ContributionLine]
    let hasContributions: Bool
    let decisions: [DecisionLine]
    let personnelCharts: [Chart]
    let costChart: String?
    let costs: [CostLineView]
    let hasCosts: Bool
    let indicators: [IndicatorView]
    let hasIndicators: Bool
    let visits: [VisitView]
    let hasVisits: Bool
    let lessons: [TextItem]
    let hasLessons: Bool
    let risks: [TextItem]
    let hasRisks: Bool
    let letters: [LetterLink]

    init(mission: Mission, registry: Registry, asOf day: Day, documents index: LettersByID? = nil) {
        let documents = index ?? LettersByID(registry.documents)
        func link(_ provenance: Provenance) -> SourceLink { SourceLink(provenance, documents: documents) }
        title = mission.id
        id = mission.id
        fullName = mission.fullName
        lead = mission.lead.label
        aliases = mission.aliases.isEmpty ? nil : mission.aliases.joined(separator: ", ")
        legalBasis = mission.legalBasis
        peildatum = day.iso
        peildatumLabel = day.dutch

        let contributionIDs = Set(registry.contributions.filter { $0.missionID == mission.id }.map(\.id))
        let states = registry.states(asOf: day).filter { contributionIDs.contains($0.contribution.id) }
        contributions = states.filter { $0.status != .undecided }.map {
            OverviewPage.line($0, registry: registry, documents: documents, asOf: day)
        }
        hasContributions = !contributions.isEmpty
        let components = Dictionary(registry.contributions.map { ($0.id, $0.component) }) { a, _ in a }
        decisions = registry.decisions.filter { contributionIDs.contains($0.contributionID) }
            .sorted { $0.date < $1.date }
            .map { decision in
                let period = [
                    decision.period.start.map { "van \($0.dutch)" },
                    decision.period.end.map { "tot en met \($0.dutch)" },
                ]
                .compactMap { $0 }.joined(separator: " ")
                return DecisionLine(
                    date: decision.date.dutch,
                    contribution: components[decision.contributionID] ?? decision.contributionID,
                    action: decision.action.label, cap: decision.cap?.description,
                    period: period.isEmpty ? nil : period,
                    source: link(decision.provenance))
            }
        let everything = Day(year: 9999, month: 12, day: 31)!
        personnelCharts = registry.states(asOf: everything).filter { contributionIDs.contains($0.contribution.id) }
            .map { PersonnelChart(state: $0, staffing: registry.staffing, label: $0.contribution.component) }
            .filter { !$0.isEmpty }
            .enumerated().map {
                Chart(label: $0.element.contributionLabel, svg: $0.element.svg(id: "personeel-\($0.offset)"))
            }

        let missionCosts = registry.costs.filter {
            $0.missionID == mission.id || ($0.contributionID.map(contributionIDs.contains) ?? false)
        }
        let chart = CostChart(
            costs: missionCosts.map {
                var c = $0
                c.missionID = mission.id
                return c
            }, missionID: mission.id)
        costChart = chart.isEmpty ? nil : chart.svg()
        costs = missionCosts.sorted { ($0.year ?? 0, $0.kind.rawValue) < ($1.year ?? 0, $1.kind.rawValue) }.map {
            CostLineView(
                year: $0.year.map(String.init) ?? "—", kind: $0.kind.label,
                amount: EuroAmount.format(cents: $0.amountCents),
                scope: $0.scope, budgetSource: $0.budgetSource, source: link($0.provenance))
        }
        hasCosts = !costs.isEmpty

        indicators = registry.indicators.filter { $0.missionID == mission.id }.map { indicator in
            let measurements = registry.measurements.filter { $0.indicatorID == indicator.id }
                .sorted { ($0.period.end ?? everything) < ($1.period.end ?? everything) }
                .map { m in
                    MeasurementView(
                        period: MissionPage.periodText(m.period),
                        value: m.value.map { MissionPage.number($0) } ?? m.rating?.label ?? "—",
                        status: m.status == .approved ? "vastgesteld" : "concept", source: link(m.provenance))
                }
            return IndicatorView(
                name: indicator.name, kind: indicator.kind == .output ? "output" : "outcome", unit: indicator.unit,
                measurements: measurements, hasMeasurements: !measurements.isEmpty, source: link(indicator.provenance))
        }
        hasIndicators = !indicators.isEmpty
        visits = registry.visits.filter { $0.missionIDs.contains(mission.id) }.map { visit in
            VisitView(
                when: visit.periodLabel ?? visit.date?.dutch ?? "datum onbekend",
                findings: visit.findings.map { TextItem(text: $0.text, detail: nil, source: link($0.provenance)) },
                recommendations: visit.recommendations.map {
                    TextItem(
                        text: $0.text, detail: "opvolging: \($0.status.label)\($0.followUp.map { " — \($0)" } ?? "")",
                        source: link($0.provenance))
                },
                source: link(visit.provenance))
        }
        hasVisits = !visits.isEmpty
        lessons = registry.lessons.filter { $0.missionID == mission.id }.map {
            TextItem(text: $0.text, detail: $0.change.map { "wat het veranderde: \($0)" }, source: link($0.provenance))
        }
        hasLessons = !lessons.isEmpty
        risks = registry.risks.filter { $0.missionID == mission.id }.map {
            TextItem(
                text: "\($0.category.label): \($0.description)", detail: $0.mitigation.map { "beheersing: \($0)" },
                source: link($0.provenance))
        }
        hasRisks = !risks.isEmpty
        letters = registry.documents(concerning: mission).map {
            LetterLink(id: $0.id, title: $0.title, date: ($0.date ?? $0.assumedDate)?.dutch)
        }
    }

    static func periodText(_ period: Period) -> String {
        switch (period.start, period.end) {
        case (let s?, let e?): "\(s.dutch) – \(e.dutch)"
        case (nil, let e?): "tot en met \(e.dutch)"
        case (let s?, nil): "vanaf \(s.dutch)"
        default: "—"
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }
}
