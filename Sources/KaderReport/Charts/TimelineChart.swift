import KaderCore

/// The Gantt chart of national frameworks across missions, with every decision marked.
public struct TimelineChart: Sendable {
    /// A decision on a bar.
    public struct Marker: Sendable {
        public let day: Day
        public let label: String
        public let href: String?
    }

    /// One contribution's framework from its start to its end (nil: open).
    public struct Bar: Sendable {
        public let missionID: String
        public let contributionID: String
        public let label: String
        public let start: Day
        public let end: Day?
        public let cap: String?
        public let markers: [Marker]
    }

    public let bars: [Bar]

    /// Bars for every contribution with at least one decision, by mission.
    /// - Parameter href: the link of a decision's source, nil when it has none.
    public init(registry: Registry, href: (Provenance) -> String?) {
        let everything = Day(year: 9999, month: 12, day: 31)!
        bars = registry.states(asOf: everything).compactMap { state in
            guard let first = state.decisions.first else { return nil }
            let markers = state.decisions.map { decision in
                var label = "\(decision.date.dutch): \(decision.action.label)"
                if let cap = decision.cap { label += ", \(cap)" }
                if let end = decision.period.end { label += ", tot en met \(end.dutch)" }
                return Marker(day: decision.date, label: label, href: href(decision.provenance))
            }
            return Bar(
                missionID: state.contribution.missionID, contributionID: state.contribution.id,
                label: "\(state.contribution.missionID) · \(state.contribution.component)",
                start: min(state.start ?? first.date, first.date), end: state.end, cap: state.cap?.description,
                markers: markers)
        }
    }

    /// The range that shows every bar and marker, padded to whole years.
    public var fullRange: (from: Day, to: Day)? {
        guard let first = bars.map(\.start).min() else { return nil }
        let last = bars.flatMap { [$0.end ?? $0.start] + $0.markers.map(\.day) }.max() ?? first
        return (Day(year: first.year, month: 1, day: 1)!, Day(year: last.year, month: 12, day: 31)!)
    }

    /// The bars that overlap the range.
    public func visible(from: Day, to: Day) -> [Bar] {
        bars.filter { $0.start <= to && ($0.end ?? to) >= from }
    }

    /// SVG of the bars in range, with a line at `marker` (the peildatum).
    public func svg(from: Day, to: Day, marker: Day?) -> String {
        let rows = visible(from: from, to: to)
        let labelWidth = 330.0
        let width = 1100.0
        let rowHeight = 26.0
        let top = 28.0
        let height = top + Double(max(rows.count, 1)) * rowHeight + 10
        let scale = TimeScale(from: from, to: to, x0: labelWidth, x1: width - 10)
        var svg = SVG(width: width, height: height)
        for tick in scale.yearTicks() {
            let x = scale.x(tick)
            svg.line(x1: x, y1: top - 6, x2: x, y2: height - 6, stroke: "#d0d0d0")
            svg.text(String(tick.year), x: x + 3, y: top - 10, size: 11, extra: "fill=\"#444\"")
        }
        var mission = ""
        for (index, bar) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            if bar.missionID != mission {
                mission = bar.missionID
                svg.line(x1: 0, y1: y, x2: width, y2: y, stroke: "#999")
            }
            svg.text(String(bar.label.prefix(52)), x: 4, y: y + 17, size: 12, extra: "fill=\"#1b1b1b\"")
            let x0 = scale.x(max(bar.start, from))
            let x1 = scale.x(min(bar.end ?? to, to))
            let open = bar.end == nil
            var span = "\(bar.start.dutch) – \(bar.end?.dutch ?? "open einde")"
            if let cap = bar.cap { span += ", \(cap)" }
            svg.rect(
                x: x0, y: y + 6, width: max(x1 - x0, 2), height: rowHeight - 12,
                fill: open ? "url(#open)" : "#5b8fc7", extra: "rx=\"2\"", title: "\(bar.label): \(span)")
            for marker in bar.markers where marker.day >= from && marker.day <= to {
                let x = scale.x(marker.day)
                let diamond =
                    "<path d=\"M\(SVG.number(x)) \(SVG.number(y + 3)) l6 10 l-6 10 l-6 -10 z\" fill=\"#154273\" stroke=\"#fff\"/>"
                if let href = marker.href {
                    svg.link(href: href, title: marker.label) { $0.raw(diamond) }
                } else {
                    svg.raw("<g><title>\(SVG.escape(marker.label))</title>\(diamond)</g>")
                }
            }
        }
        if let marker, marker >= from, marker <= to {
            let x = scale.x(marker)
            svg.line(x1: x, y1: top - 6, x2: x, y2: height - 4, stroke: "#b3261e", extra: "stroke-width=\"2\"")
            svg.text("peildatum", x: x + 3, y: height - 6, size: 10, extra: "fill=\"#b3261e\"")
        }
        svg.raw(
            "<defs><linearGradient id=\"open\"><stop offset=\"0.7\" stop-color=\"#5b8fc7\"/><stop offset=\"1\" stop-color=\"#5b8fc7\" stop-opacity=\"0.15\"/></linearGradient></defs>"
        )
        return svg.render(
            id: "tijdlijn", title: "Tijdlijn van de nationale kaders",
            description:
                "\(rows.count) bijdragen van \(from.dutch) tot en met \(to.dutch); elke ruit is een besluit en linkt naar de brief."
        )
    }
}
