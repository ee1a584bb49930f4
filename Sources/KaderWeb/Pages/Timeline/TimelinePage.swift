import KaderCore
import KaderReport

/// The Gantt chart of every national framework, zoomable by period.
struct TimelinePage: Sendable {
    struct Zoom: Sendable {
        let label: String
        let href: String
        let current: Bool
    }

    struct Row: Sendable {
        let label: String
        let period: String
        let cap: String
        let decisions: [TimelineChart.Marker]
    }

    let title = "Tijdlijn"
    let van: String
    let tot: String
    let periodLabel: String
    let peildatum: String
    let svg: String
    let zooms: [Zoom]
    let rows: [Row]
    let hasRows: Bool

    /// - Parameters: from/to: the requested period; nil shows all frameworks.
    init(registry: Registry, from: Day?, to: Day?, peildatum: Day) {
        let chart = TimelineChart(registry: registry) { $0.span.map(SourceLink.href) }
        // The whole range always shows the peildatum line too.
        let range = chart.fullRange ?? (Day(year: peildatum.year - 1, month: 1, day: 1)!, peildatum)
        let full = (from: min(range.from, peildatum), to: max(range.to, Day(year: peildatum.year, month: 12, day: 31)!))
        let start = from ?? full.from
        let end = max(to ?? full.to, start.adding(days: 1))
        van = start.iso
        tot = end.iso
        periodLabel = "\(start.dutch) tot en met \(end.dutch)"
        self.peildatum = peildatum.iso
        svg = chart.svg(from: start, to: end, marker: peildatum)
        let p = peildatum.iso
        func zoom(_ label: String, _ a: Day, _ b: Day) -> Zoom {
            Zoom(
                label: label, href: "/tijdlijn?van=\(a.iso)&tot=\(b.iso)&peildatum=\(p)",
                current: a == start && b == end)
        }
        zooms = [
            zoom("Alles", full.from, full.to),
            zoom("10 jaar", peildatum.adding(days: -3652), peildatum.adding(days: 365)),
            zoom("3 jaar", peildatum.adding(days: -730), peildatum.adding(days: 365)),
            zoom("1 jaar", peildatum.adding(days: -182), peildatum.adding(days: 183)),
        ]
        rows = chart.visible(from: start, to: end).map { bar in
            Row(
                label: bar.label, period: "\(bar.start.dutch) – \(bar.end?.dutch ?? "open einde")",
                cap: bar.cap ?? "—", decisions: bar.markers)
        }
        hasRows = !rows.isEmpty
    }
}
