/// Why a curated registry file cannot be loaded.
public enum CuratedRegistryError: Error, Equatable, CustomStringConvertible {
    case missingDocuments([String])
    case quoteNotFound(document: String, quote: String)
    case unknownID(kind: String, id: String)
    case undated(kind: String, id: String)

    public var description: String {
        switch self {
        case .missingDocuments(let files):
            "the registry cites letters that are not loaded: \(files.joined(separator: ", "))"
        case .quoteNotFound(let document, let quote):
            "quote not found in \(document): “\(quote)”"
        case .unknownID(let kind, let id):
            "unknown \(kind) '\(id)'"
        case .undated(let kind, let id):
            "\(kind) '\(id)' has no date, and its letter neither prints one nor has an assumedDate"
        }
    }
}

extension CuratedRegistry {
    /// The registry the file describes, over `letters` (keyed by file name): each quote is
    /// looked up in its letter so that every fact points at a character range.
    public func resolve(letters: [Document]) throws -> Registry {
        let byFile = Dictionary(letters.map { ($0.fileName, $0) }, uniquingKeysWith: { first, _ in first })
        let cited = Set(documents.map(\.file) + allSources.map(\.document))
        let missing = cited.filter { byFile[$0] == nil }.sorted()
        guard missing.isEmpty else { throw CuratedRegistryError.missingDocuments(missing) }
        var locators: [String: TextLocator] = [:]
        func provenance(_ source: Source) throws -> Provenance {
            let letter = byFile[source.document]!
            if locators[letter.fileName] == nil { locators[letter.fileName] = TextLocator(text: letter.text) }
            guard let range = locators[letter.fileName]!.locate(source.quote) else {
                throw CuratedRegistryError.quoteNotFound(document: source.document, quote: source.quote)
            }
            return .source(
                SourceSpan(
                    documentID: letter.id, start: range.lowerBound, end: range.upperBound,
                    quote: TextLocator.slice(letter.text, range)))
        }
        func documentID(_ source: Source) -> String { byFile[source.document]!.id }
        let metadata = Dictionary(documents.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        /// A fact without its own date counts from its letter's (printed or assumed) date.
        func date(_ given: Day?, _ source: Source, kind: String, id: String) throws -> Day {
            if let given { return given }
            if let entry = metadata[source.document], let day = entry.date ?? entry.assumedDate { return day }
            throw CuratedRegistryError.undated(kind: kind, id: id)
        }

        var registry = Registry()
        registry.documents = letters.map { letter in
            guard let entry = metadata[letter.fileName] else { return letter }
            var document = letter
            document.kamerstuk = entry.kamerstuk
            document.type = entry.type
            document.date = entry.date
            document.assumedDate = entry.assumedDate
            document.assumedDateNote = entry.assumedDateNote
            document.addressee = entry.addressee
            document.title = entry.title
            document.signatories = entry.signatories ?? []
            return document
        }
        registry.missions = missions.map {
            Mission(
                id: $0.id, fullName: $0.fullName, aliases: $0.aliases ?? [], lead: $0.lead,
                legalBasis: $0.legalBasis, deployment: $0.deployment ?? deployment.id)
        }
        let missionIDs = Set(registry.missions.map(\.id))
        func checkMission(_ id: String?) throws {
            if let id, !missionIDs.contains(id) { throw CuratedRegistryError.unknownID(kind: "mission", id: id) }
        }
        for entry in contributions { try checkMission(entry.mission) }
        registry.contributions = contributions.map {
            Contribution(
                id: $0.id, missionID: $0.mission, component: $0.component, kind: $0.kind, ministry: $0.ministry,
                locations: $0.locations ?? [], article100: $0.article100)
        }
        let contributionIDs = Set(registry.contributions.map(\.id))
        func checkContribution(_ id: String?) throws {
            if let id, !contributionIDs.contains(id) {
                throw CuratedRegistryError.unknownID(kind: "contribution", id: id)
            }
        }
        registry.decisions = try decisions.map {
            try checkContribution($0.contribution)
            return Decision(
                id: $0.id, contributionID: $0.contribution,
                date: try date($0.date, $0.source, kind: "decision", id: $0.id), documentID: documentID($0.source),
                action: $0.action, cap: $0.cap, period: Period(start: $0.start, end: $0.end),
                provenance: try provenance($0.source))
        }
        registry.costs = try (costs ?? []).map {
            try checkMission($0.mission)
            try checkContribution($0.contribution)
            return CostLine(
                id: $0.id, missionID: $0.mission, contributionID: $0.contribution, year: $0.year,
                amountCents: Int64(($0.amountEur * 100).rounded()), kind: $0.kind, scope: $0.scope,
                budgetSource: $0.budgetSource, documentID: documentID($0.source), provenance: try provenance($0.source))
        }
        registry.motions = try (motions ?? []).map {
            Motion(
                id: $0.id, kamerstuk: $0.kamerstuk, title: $0.title, subject: $0.subject,
                provenance: try provenance($0.source))
        }
        // A motion cited in a letter is also a reference of that letter.
        registry.references = registry.motions.compactMap { motion in
            motion.provenance.span.map {
                Reference(
                    documentID: $0.documentID, target: motion.kamerstuk, isMotion: true, provenance: motion.provenance)
            }
        }
        registry.commitments = try (commitments ?? []).map {
            try checkMission($0.mission)
            if let file = $0.fulfilledBy, byFile[file] == nil {
                throw CuratedRegistryError.missingDocuments([file])
            }
            return Commitment(
                id: $0.id, text: $0.text, documentID: documentID($0.source), missionID: $0.mission,
                due: $0.due.flatMap(Self.dueMoment), recurrence: $0.recurrence, status: $0.status,
                fulfilledBy: $0.fulfilledBy.flatMap { byFile[$0]?.id }, provenance: try provenance($0.source))
        }
        registry.indicators = try (indicators ?? []).map {
            try checkMission($0.mission)
            try checkContribution($0.contribution)
            return Indicator(
                id: $0.id, missionID: $0.mission, contributionID: $0.contribution, name: $0.name, kind: $0.kind,
                unit: $0.unit, direction: $0.direction, baseline: $0.baseline, baselineYear: $0.baselineYear,
                targets: ($0.targets ?? []).map {
                    IndicatorTarget(period: Period(start: $0.start, end: $0.end), value: $0.value)
                },
                provenance: try provenance($0.source))
        }
        let indicatorIDs = Set(registry.indicators.map(\.id))
        registry.measurements = try (measurements ?? []).map {
            guard indicatorIDs.contains($0.indicator) else {
                throw CuratedRegistryError.unknownID(kind: "indicator", id: $0.indicator)
            }
            return Measurement(
                id: $0.id, indicatorID: $0.indicator, period: Period(start: $0.start, end: $0.end), value: $0.value,
                rating: $0.rating, evidence: $0.evidence, confidence: $0.confidence, narrative: $0.narrative,
                status: $0.status, provenance: try provenance($0.source))
        }
        registry.visits = try (monitoringVisits ?? []).map { visit in
            for id in visit.missions { try checkMission(id) }
            return MonitoringVisit(
                id: visit.id, date: visit.date, periodLabel: visit.period, missionIDs: visit.missions,
                findings: try (visit.findings ?? []).map {
                    Finding(text: $0.text, provenance: try provenance($0.source))
                },
                recommendations: try (visit.recommendations ?? []).map {
                    Recommendation(
                        text: $0.text, followUp: $0.followUp, status: $0.status, provenance: try provenance($0.source))
                },
                provenance: try provenance(visit.source))
        }
        registry.lessons = try (lessons ?? []).map {
            try checkMission($0.mission)
            return Lesson(
                id: $0.id, missionID: $0.mission, text: $0.text, change: $0.change,
                provenance: try provenance($0.source))
        }
        registry.risks = try (risks ?? []).map {
            try checkMission($0.mission)
            return Risk(
                id: $0.id, missionID: $0.mission, category: $0.category, description: $0.description,
                mitigation: $0.mitigation, provenance: try provenance($0.source))
        }
        registry.staffing = try (staffing ?? []).map {
            try checkContribution($0.contribution)
            return Staffing(
                id: $0.id, contributionID: $0.contribution,
                date: try date($0.date, $0.source, kind: "staffing", id: $0.id), filled: $0.filled,
                military: $0.military,
                civilian: $0.civilian, police: $0.police, women: $0.women, men: $0.men,
                provenance: try provenance($0.source))
        }
        return registry
    }

    private static func dueMoment(_ entry: DueEntry) -> DueMoment? {
        if let date = entry.date { return .date(date) }
        if let period = entry.period { return .period(period) }
        if entry.nextProgressReport == true { return .nextProgressReport }
        return nil
    }
}
