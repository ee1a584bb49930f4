import KaderCore

/// A letter checked against the Toetsingskader 2014, as terminal text.
public struct ToetsingskaderReport: Sendable {
    public let check: ToetsingskaderCheck
    public let title: String

    public init(check: ToetsingskaderCheck, title: String) {
        self.check = check
        self.title = title
    }

    /// Each section with ✓ (heading), ~ (a reference to an earlier letter) or ✗ (missing),
    /// and the heading or sentence that covers it with its offsets.
    public func text() -> String {
        let missing = check.missingSections.count
        let missingElements = check.sections.flatMap(\.missingElements).count
        var out = "Toetsingskader 2014: \(title)\n"
        out += "\(check.sections.count - missing) van \(check.sections.count) onderdelen behandeld"
        out += missingElements == 0 ? "" : "; \(missingElements) element(en) ontbreken"
        out += check.isComplete ? ". De brief is volledig.\n" : ". De brief is onvolledig.\n"
        for section in check.sections {
            out += "\n" + line(section.section.title, section.coverage, indent: "")
            for element in section.elements {
                out += line(element.element.title, element.coverage, indent: "    ")
            }
        }
        return out
    }

    private func line(_ title: String, _ coverage: Coverage?, indent: String) -> String {
        guard let coverage else { return "\(indent)✗ \(title): ontbreekt\n" }
        let mark = coverage.kind == .reference ? "~" : "✓"
        let span = coverage.span
        return "\(indent)\(mark) \(title): \(coverage.kind.label) [\(span.start)–\(span.end)] "
            + "“\(SourceLine.shortened(span.quote, limit: 90))”\n"
    }
}
