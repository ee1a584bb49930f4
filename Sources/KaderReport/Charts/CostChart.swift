import KaderCore

/// Bars of estimated against actual costs per year, for one mission or all.
public struct CostChart: Sendable {
    /// The sums of one year, in cents.
    public struct Year: Sendable, Equatable {
        public let year: Int
        public let estimate: Int64
        public let actual: Int64
        public let budget: Int64
    }

    public let years: [Year]

    /// Sums the cost lines with a year; `missionID` nil takes every mission.
    public init(costs: [CostLine], missionID: String? = nil) {
        let lines = costs.filter { $0.year != nil && (missionID == nil || $0.missionID == missionID) }
        years = Dictionary(grouping: lines, by: { $0.year! }).keys.sorted().map { year in
            let ofYear = lines.filter { $0.year == year }
            func sum(_ kind: CostKind) -> Int64 { ofYear.filter { $0.kind == kind }.reduce(0) { $0 + $1.amountCents } }
            return Year(year: year, estimate: sum(.estimate), actual: sum(.actual), budget: sum(.budget))
        }
    }

    public var isEmpty: Bool { years.isEmpty }

    public func svg(id: String = "kosten") -> String {
        let width = 640.0
        let height = 260.0
        let left = 70.0
        let bottom = height - 40
        let top = 20.0
        let maximum = Double(years.map { max($0.estimate, $0.actual, $0.budget) }.max() ?? 1)
        let groupWidth = (width - left - 10) / Double(max(years.count, 1))
        let barWidth = min(groupWidth / 3.5, 40)
        var svg = SVG(width: width, height: height)
        for fraction in [0.0, 0.5, 1.0] {
            let y = bottom - (bottom - top) * fraction
            svg.line(x1: left, y1: y, x2: width - 10, y2: y, stroke: "#ddd")
            svg.text(
                EuroAmount.format(cents: Int64(maximum * fraction)), x: left - 4, y: y + 4, anchor: "end", size: 10)
        }
        let kinds: [(KeyPath<Year, Int64>, String, String)] = [
            (\.estimate, "raming", "#9fb8d6"), (\.actual, "gerealiseerd", "#154273"), (\.budget, "budget", "#c9a227"),
        ]
        for (index, year) in years.enumerated() {
            let x = left + Double(index) * groupWidth + groupWidth / 2
            for (offset, kind) in kinds.enumerated() where year[keyPath: kind.0] > 0 {
                let value = Double(year[keyPath: kind.0])
                let h = (bottom - top) * value / maximum
                svg.rect(
                    x: x - barWidth * 1.5 + Double(offset) * barWidth, y: bottom - h, width: barWidth - 2, height: h,
                    fill: kind.2, title: "\(year.year), \(kind.1): \(EuroAmount.format(cents: Int64(value)))")
            }
            svg.text(String(year.year), x: x, y: bottom + 16, anchor: "middle", size: 11)
        }
        for (offset, kind) in kinds.enumerated() {
            let x = left + Double(offset) * 120
            svg.rect(x: x, y: height - 14, width: 10, height: 10, fill: kind.2)
            svg.text(kind.1, x: x + 14, y: height - 5, size: 11)
        }
        return svg.render(
            id: id, title: "Kosten per jaar", description: "Geraamde en gerealiseerde kosten per jaar, in euro.")
    }
}
