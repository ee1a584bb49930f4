/// Why two letters cannot be compared.
public enum LetterDiffError: Error, Equatable, CustomStringConvertible {
    case unknownDocument(String)
    case undated(String)
    case differentDeployments(String, String)

    public var description: String {
        switch self {
        case .unknownDocument(let id): "document ‘\(id)’ staat niet in het register"
        case .undated(let id): "document ‘\(id)’ heeft geen (aangenomen) datum"
        case .differentDeployments(let a, let b): "‘\(a)’ en ‘\(b)’ gaan niet over dezelfde inzet"
        }
    }
}

/// What a later letter on a deployment changed against an earlier one: the frameworks
/// as they stood after the earlier letter, against those after the later one.
public struct LetterDiff: Sendable, Hashable {
    /// The kinds of change a letter makes to a contribution.
    public enum ChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
        case newContribution = "new-contribution"
        case capChanged = "cap-changed"
        case endChanged = "end-changed"
        case ended
        /// A decision to end the contribution on a later day (a hand-over, a redeployment).
        case endDecided = "end-decided"
        case suspended, resumed

        /// Dutch label.
        public var label: String {
            switch self {
            case .newContribution: "nieuwe bijdrage"
            case .capChanged: "nieuw personeelsplafond"
            case .endChanged: "nieuwe einddatum"
            case .ended: "beëindigd"
            case .endDecided: "beëindiging besloten"
            case .suspended: "opgeschort"
            case .resumed: "hervat"
            }
        }
    }

    /// One change to one contribution, with the decision that made it.
    public struct Change: Sendable, Hashable {
        public let kind: ChangeKind
        public let contribution: Contribution
        public let before: String?
        public let after: String?
        public let decision: Decision?
    }

    public let earlier: Document
    public let later: Document
    public let changes: [Change]

    /// Compares two letters of `registry` by id, in either order; the older one is `earlier`.
    public init(_ first: String, _ second: String, in registry: Registry) throws {
        // A small struct rather than a (Document, Day) tuple: Swift 6.3 miscompiles the
        // destructuring of tuples holding a Document in debug builds (crashes in tests).
        struct Dated {
            let document: Document
            let day: Day
        }
        func dated(_ id: String) throws -> Dated {
            guard let document = registry.document(id) else { throw LetterDiffError.unknownDocument(id) }
            guard let date = document.effectiveDate else { throw LetterDiffError.undated(id) }
            return Dated(document: document, day: date)
        }
        let one = try dated(first)
        let two = try dated(second)
        let older = two.day < one.day ? two : one
        let newer = two.day < one.day ? one : two
        let a = older.document
        let b = newer.document
        let aDate = older.day
        let bDate = newer.day
        let shared = registry.deployments(ofDocument: a.id).intersection(registry.deployments(ofDocument: b.id))
        guard !shared.isEmpty else { throw LetterDiffError.differentDeployments(a.id, b.id) }
        earlier = a
        later = b
        let before = Dictionary(
            registry.states(asOf: aDate).map { ($0.contribution.id, $0) }, uniquingKeysWith: { x, _ in x })
        changes = registry.states(asOf: bDate).flatMap { after -> [Change] in
            guard shared.contains(registry.deployment(ofMission: after.contribution.missionID)),
                let old = before[after.contribution.id]
            else { return [] }
            return Self.changes(from: old, to: after, since: aDate)
        }
    }

    static func changes(from old: ContributionState, to new: ContributionState, since day: Day) -> [Change] {
        let contribution = new.contribution
        let latest = new.decisions.last { $0.date > day }
        guard latest != nil || (old.status != new.status && new.status == .ended) else { return [] }
        func change(_ kind: ChangeKind, _ before: String?, _ after: String?, _ decision: Decision?) -> Change {
            Change(kind: kind, contribution: contribution, before: before, after: after, decision: decision)
        }
        if old.status == .undecided {
            let summary = [new.cap?.description, new.end.map { "tot en met \($0.dutch)" }].compactMap { $0 }
            return [
                change(.newContribution, nil, summary.joined(separator: ", "), new.decisions.first { $0.date > day })
            ]
        }
        var changes: [Change] = []
        if new.cap != old.cap, let decision = new.capDecision, decision.date > day {
            changes.append(change(.capChanged, old.cap?.description, new.cap?.description, decision))
        }
        if new.status == .ended, old.status != .ended {
            // An end that was already planned is shown once, as the day it ended.
            let before = old.end == new.end ? nil : old.end?.dutch
            changes.append(change(.ended, before, new.end?.dutch, new.endDecision))
        } else {
            // The decision that first set the new end: an extension, before a decision to end then.
            let setter = new.decisions.first { decision in
                decision.date > day
                    && (decision.period.end ?? (decision.action == .end ? decision.date : nil)) == new.end
            }
            if new.end != old.end, let decision = setter ?? new.endDecision, decision.date > day {
                changes.append(change(.endChanged, old.end?.dutch, new.end?.dutch, decision))
            }
            if let ending = new.decisions.last(where: { $0.date > day && $0.action == .end }) {
                changes.append(change(.endDecided, nil, (ending.period.end ?? ending.date).dutch, ending))
            }
        }
        if new.status == .suspended, old.status != .suspended {
            changes.append(change(.suspended, old.status.label, new.status.label, latest))
        } else if old.status == .suspended, new.status != .suspended, new.status != .ended {
            changes.append(change(.resumed, old.status.label, new.status.label, latest))
        }
        return changes
    }
}
