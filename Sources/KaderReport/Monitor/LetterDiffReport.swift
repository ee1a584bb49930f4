import KaderCore

/// What a later letter changed, as terminal text.
public struct LetterDiffReport: Sendable {
    public let diff: LetterDiff

    public init(diff: LetterDiff) {
        self.diff = diff
    }

    public func text() -> String {
        func name(_ document: Document) -> String {
            "\(document.id) ‘\(document.title)’ (\(document.effectiveDate?.dutch ?? "zonder datum"))"
        }
        var out = "Van \(name(diff.earlier))\nnaar \(name(diff.later)):\n"
        if diff.changes.isEmpty { return out + "geen wijzigingen in de nationale kaders.\n" }
        for change in diff.changes {
            let contribution = "\(change.contribution.missionID) \(change.contribution.component)"
            let values: String
            switch (change.before, change.after) {
            case (let before?, let after?): values = ": \(before) → \(after)"
            case (nil, let after?) where !after.isEmpty: values = ": \(after)"
            default: values = ""
            }
            out += "\n- \(contribution): \(change.kind.label)\(values)\n"
            if let decision = change.decision {
                out += "  bron: \(SourceLine.render(decision.provenance))\n"
            }
        }
        return out
    }
}
