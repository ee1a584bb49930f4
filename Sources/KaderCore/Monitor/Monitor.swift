/// The thresholds of the monitoring rules.
public struct MonitorSettings: Sendable, Hashable {
    /// How many days ahead a framework's end or a commitment's moment is announced.
    public var horizonDays: Int
    /// Staffing below this share of the cap is reported (7 of 20 is 35 %).
    public var understaffedShare: Double
    /// How far a "circa" or "ongeveer" cap may be exceeded before it counts as exceeded.
    public var approximateCapTolerance: Double
    /// A framework without an end whose last decision is older than this is likely stale
    /// in the registry rather than running: it is reported as info, to be checked.
    public var staleAfterDays: Int

    public init(
        horizonDays: Int = 90, understaffedShare: Double = 0.5, approximateCapTolerance: Double = 0.1,
        staleAfterDays: Int = 730
    ) {
        self.horizonDays = horizonDays
        self.understaffedShare = understaffedShare
        self.approximateCapTolerance = approximateCapTolerance
        self.staleAfterDays = staleAfterDays
    }
}

/// Runs every monitoring rule over the registry as it stood on a day.
public enum Monitor {
    /// The alerts on `day`, most severe first. Only what was known on `day` counts: a
    /// letter dated later, and the decisions and figures it brings, do not exist yet.
    public static func check(_ registry: Registry, asOf day: Day, settings: MonitorSettings = MonitorSettings())
        -> [Alert]
    {
        let known = registry.known(asOf: day)
        var alerts = FrameworkRules.evaluate(known, asOf: day, settings: settings)
        alerts += StaffingRules.evaluate(known, asOf: day, settings: settings)
        alerts += CommitmentRules.evaluate(known, asOf: day, settings: settings)
        alerts += ReportingDutyRules.evaluate(known, asOf: day, settings: settings)
        alerts += CostComparison.alerts(known, asOf: day)
        return Alert.ordered(alerts)
    }
}

extension Registry {
    /// The registry as it stood on `day`: documents dated later are left out with every
    /// fact they bring, and a commitment kept by such a document is open again.
    public func known(asOf day: Day) -> Registry {
        // The letters dated after `day`: on today, none, and the others stay as they are
        // (copying 50,000 letters was a third of a check).
        var later = Set<String>()
        for index in documents.indices {
            if let date = documents[index].effectiveDate, date > day { later.insert(documents[index].id) }
        }
        func isKnown(_ documentID: String?) -> Bool {
            guard let documentID else { return true }
            return !later.contains(documentID)
        }
        func isKnown(_ provenance: Provenance) -> Bool { isKnown(provenance.span?.documentID) }
        var known = self
        if !later.isEmpty { known.documents = documents.filter { isKnown($0.id) } }
        known.decisions = decisions.filter { $0.date <= day && isKnown($0.documentID) }
        known.staffing = staffing.filter { $0.date <= day && isKnown($0.provenance) }
        known.costs = costs.filter { isKnown($0.documentID) }
        known.references = references.filter { isKnown($0.documentID) }
        known.motions = motions.filter { isKnown($0.provenance) }
        known.indicators = indicators.filter { isKnown($0.provenance) }
        known.measurements = measurements.filter { isKnown($0.provenance) }
        known.visits = visits.filter { isKnown($0.provenance) }
        known.lessons = lessons.filter { isKnown($0.provenance) }
        known.risks = risks.filter { isKnown($0.provenance) }
        known.commitments = commitments.filter { isKnown($0.documentID) }.map { commitment in
            var commitment = commitment
            if let keeper = commitment.fulfilledBy, !isKnown(keeper) {
                commitment.fulfilledBy = nil
                commitment.status = .open
            }
            return commitment
        }
        return known
    }

    /// The deployment (`irak`) a mission belongs to; a mission without one is its own.
    public func deployment(ofMission missionID: String) -> String {
        missions.first { $0.id == missionID }?.deployment ?? missionID
    }

    /// The deployments whose facts a document states, so that a progress report or an
    /// evaluation can be tied to the deployment it reports on.
    public func deployments(ofDocument documentID: String) -> Set<String> {
        let contributionMission = Dictionary(
            contributions.map { ($0.id, $0.missionID) }, uniquingKeysWith: { a, _ in a })
        let indicatorMission = Dictionary(indicators.map { ($0.id, $0.missionID) }, uniquingKeysWith: { a, _ in a })
        var missionIDs: [String?] = []
        func add(_ missionID: String?, _ provenance: Provenance) {
            if provenance.span?.documentID == documentID { missionIDs.append(missionID) }
        }
        for decision in decisions { add(contributionMission[decision.contributionID], decision.provenance) }
        for figure in staffing { add(contributionMission[figure.contributionID], figure.provenance) }
        for cost in costs {
            add(cost.missionID ?? cost.contributionID.flatMap { contributionMission[$0] }, cost.provenance)
        }
        for commitment in commitments { add(commitment.missionID, commitment.provenance) }
        for indicator in indicators { add(indicator.missionID, indicator.provenance) }
        for measurement in measurements { add(indicatorMission[measurement.indicatorID], measurement.provenance) }
        for lesson in lessons { add(lesson.missionID, lesson.provenance) }
        for risk in risks { add(risk.missionID, risk.provenance) }
        for visit in visits {
            for missionID in visit.missionIDs { add(missionID, visit.provenance) }
        }
        var deployments = Set(missionIDs.compactMap { $0 }.map { deployment(ofMission: $0) })
        // A commitment kept by the document ties it to the commitment's deployment.
        for commitment in commitments where commitment.fulfilledBy == documentID {
            if let missionID = commitment.missionID { deployments.insert(deployment(ofMission: missionID)) }
        }
        return deployments
    }

    /// The letters of one type. Each letter is looked at where it stands: at 50,000 letters,
    /// copying each one to look at its type cost more than the rules.
    public func documents(ofType type: DocumentType) -> [Document] {
        var found: [Document] = []
        for index in documents.indices where documents[index].type == type { found.append(documents[index]) }
        return found
    }

    /// The date of each of these letters that has one (its date, or else its assumed date).
    public func effectiveDates(of ids: Set<String>) -> [String: Day] {
        var dates: [String: Day] = [:]
        for index in documents.indices where ids.contains(documents[index].id) {
            if dates[documents[index].id] == nil, let date = documents[index].effectiveDate {
                dates[documents[index].id] = date
            }
        }
        return dates
    }

    /// The document with this id.
    public func document(_ id: String?) -> Document? {
        guard let id else { return nil }
        return documents.first { $0.id == id }
    }
}

/// Dutch phrases the rules share.
enum DutchPhrase {
    /// "vandaag", "morgen", "over 60 dagen", "3 dagen geleden".
    static func relative(_ day: Day, from today: Day) -> String {
        let days = today.days(until: day)
        switch days {
        case 0: return "vandaag"
        case 1: return "morgen"
        case -1: return "gisteren"
        default:
            let span = abs(days)
            // Far-off moments read better in months or years than in hundreds of days.
            let amount =
                span <= 60 ? "\(span) dagen" : span < 730 ? "\(span * 12 / 365) maanden" : "ruim \(span / 365) jaar"
            return days > 0 ? "over \(amount)" : "\(amount) geleden"
        }
    }

    /// A document as people name it: its title and date.
    static func document(_ document: Document?) -> String {
        guard let document else { return "een onbekend document" }
        let date = document.effectiveDate.map { " (\($0.dutch))" } ?? ""
        return "‘\(document.title)’\(date)"
    }
}
