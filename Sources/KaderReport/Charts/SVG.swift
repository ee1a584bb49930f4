import Foundation
import KaderCore

/// A small writer for SVG markup: escaped text, numbers with one decimal, no dependencies.
public struct SVG: Sendable {
    private(set) var parts: [String] = []
    public let width: Double
    public let height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Escapes text for element content and attribute values.
    public static func escape(_ text: String) -> String { HTMLEscape.text(text) }

    /// One decimal is plenty on screen and keeps the markup small.
    public static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    public mutating func raw(_ markup: String) { parts.append(markup) }

    public mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, extra: String = "", title: String? = nil
    ) {
        let body = title.map { "<title>\(SVG.escape($0))</title>" } ?? ""
        parts.append(
            "<rect x=\"\(SVG.number(x))\" y=\"\(SVG.number(y))\" width=\"\(SVG.number(max(width, 0)))\" height=\"\(SVG.number(height))\" fill=\"\(fill)\"\(extra.isEmpty ? "" : " " + extra)>\(body)</rect>"
        )
    }

    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, extra: String = "") {
        parts.append(
            "<line x1=\"\(SVG.number(x1))\" y1=\"\(SVG.number(y1))\" x2=\"\(SVG.number(x2))\" y2=\"\(SVG.number(y2))\" stroke=\"\(stroke)\"\(extra.isEmpty ? "" : " " + extra)/>"
        )
    }

    public mutating func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 12, extra: String = ""
    ) {
        parts.append(
            "<text x=\"\(SVG.number(x))\" y=\"\(SVG.number(y))\" font-size=\"\(SVG.number(size))\" text-anchor=\"\(anchor)\"\(extra.isEmpty ? "" : " " + extra)>\(SVG.escape(content))</text>"
        )
    }

    /// Wraps `body` in a link, with a tooltip.
    public mutating func link(href: String, title: String, _ body: (inout SVG) -> Void) {
        parts.append("<a href=\"\(SVG.escape(href))\"><title>\(SVG.escape(title))</title>")
        body(&self)
        parts.append("</a>")
    }

    /// The finished `<svg>` element, scalable, with a title and description for screen readers.
    public func render(id: String, title: String, description: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(SVG.number(width)) \(SVG.number(height))" \
        width="100%" role="img" aria-labelledby="\(id)-titel \(id)-uitleg" font-family="system-ui, sans-serif">\
        <title id="\(id)-titel">\(SVG.escape(title))</title><desc id="\(id)-uitleg">\(SVG.escape(description))</desc>\
        \(parts.joined())</svg>
        """
    }
}

/// Maps days onto the x axis of a chart.
public struct TimeScale: Sendable {
    public let from: Day
    public let to: Day
    public let x0: Double
    public let x1: Double

    public init(from: Day, to: Day, x0: Double, x1: Double) {
        self.from = from
        self.to = max(to, from.adding(days: 1))
        self.x0 = x0
        self.x1 = x1
    }

    public func x(_ day: Day) -> Double {
        let span = Double(from.days(until: to))
        let offset = Double(from.days(until: day))
        return x0 + (x1 - x0) * min(max(offset / span, 0), 1)
    }

    /// The first of January of every year in range (or every few years when the range is long).
    public func yearTicks() -> [Day] {
        let years = to.year - from.year
        let step = years > 24 ? 5 : years > 12 ? 2 : 1
        return stride(from: from.year + (from.month == 1 && from.day == 1 ? 0 : 1), through: to.year, by: step)
            .compactMap { Day(year: $0, month: 1, day: 1) }
    }
}
