import KaderCore

/// The personnel cap of a contribution over time as steps, with staffing figures as dots.
public struct PersonnelChart: Sendable {
    /// The cap in force from a day on.
    public struct Step: Sendable, Equatable {
        public let day: Day
        public let cap: Int?
    }

    public let contributionLabel: String
    public let steps: [Step]
    public let staffing: [Staffing]
    public let end: Day?

    public init(state: ContributionState, staffing: [Staffing], label: String) {
        contributionLabel = label
        var steps: [Step] = []
        for decision in state.decisions where decision.cap != nil || decision.action == .end {
            let day = max(decision.period.start ?? decision.date, decision.date)
            let cap = decision.action == .end ? nil : decision.cap?.count
            if steps.last?.cap != cap { steps.append(Step(day: day, cap: cap)) }
        }
        self.steps = steps
        self.staffing = staffing.filter { $0.contributionID == state.contribution.id }.sorted { $0.date < $1.date }
        end = state.end
    }

    public var isEmpty: Bool { steps.isEmpty && staffing.isEmpty }

    public func svg(id: String) -> String {
        let width = 640.0
        let height = 200.0
        let left = 40.0
        let bottom = height - 30
        let top = 14.0
        let days = steps.map(\.day) + staffing.map(\.date) + [end].compactMap { $0 }
        let from = days.min() ?? Day.today()
        let to = max(days.max() ?? from, from.adding(days: 30))
        let scale = TimeScale(from: from, to: to, x0: left, x1: width - 10)
        let maximum = Double(max(steps.compactMap(\.cap).max() ?? 1, staffing.map(\.filled).max() ?? 1))
        func y(_ value: Double) -> Double { bottom - (bottom - top) * value / maximum }
        var svg = SVG(width: width, height: height)
        svg.line(x1: left, y1: bottom, x2: width - 10, y2: bottom, stroke: "#999")
        svg.text(String(Int(maximum)), x: left - 4, y: top + 4, anchor: "end", size: 10)
        svg.text("0", x: left - 4, y: bottom + 4, anchor: "end", size: 10)
        for tick in scale.yearTicks() {
            svg.text(String(tick.year), x: scale.x(tick), y: bottom + 16, anchor: "middle", size: 10)
        }
        for (index, step) in steps.enumerated() {
            guard let cap = step.cap else { continue }
            let next = index + 1 < steps.count ? steps[index + 1].day : (end ?? to)
            let x0 = scale.x(step.day)
            let x1 = scale.x(next)
            svg.line(
                x1: x0, y1: y(Double(cap)), x2: x1, y2: y(Double(cap)), stroke: "#154273", extra: "stroke-width=\"3\"")
            svg.text("kader \(cap)", x: x0 + 2, y: y(Double(cap)) - 4, size: 10)
        }
        for figure in staffing {
            svg.raw(
                "<circle cx=\"\(SVG.number(scale.x(figure.date)))\" cy=\"\(SVG.number(y(Double(figure.filled))))\" r=\"5\" fill=\"#c9a227\"><title>\(SVG.escape("\(figure.date.dutch): \(figure.filled) bezet"))</title></circle>"
            )
        }
        return svg.render(
            id: id, title: "Personeel: \(contributionLabel)",
            description: "Het personeelsplafond (lijn) en de bezetting (stippen) over de tijd.")
    }
}
