/// The reporting duties of a deployment: the annual progress report while it runs, and
/// the independent final evaluation once it has ended (motions 27 925 nr. 697 and nr. 699).
public enum ReportingDutyRules {
    /// A progress report (voortgangsrapportage) of a deployment, by its date.
    public struct Report: Sendable, Hashable {
        public let document: Document
        public let date: Day
    }

    /// One alert at most per deployment: its progress report while an article 100
    /// contribution runs, else its final evaluation once they have all ended.
    public static func evaluate(_ registry: Registry, asOf day: Day, settings: MonitorSettings) -> [Alert] {
        let states = registry.states(asOf: day).filter { $0.status != .undecided }
        let byDeployment = Dictionary(grouping: states) { registry.deployment(ofMission: $0.contribution.missionID) }
        return byDeployment.keys.sorted().compactMap { deployment -> Alert? in
            let states = byDeployment[deployment] ?? []
            // Stale records (no end, no decision for years) do not keep a deployment running.
            let current = states.filter { !FrameworkRules.isStale($0, asOf: day, settings: settings) }
            // The annual progress report belongs to the article 100 procedure.
            if current.contains(where: { $0.contribution.article100 && FrameworkRules.isRunning($0.status) }) {
                return progressReport(deployment, states: current, in: registry, asOf: day, settings: settings)
            }
            return finalEvaluation(deployment, states: current, in: registry, asOf: day)
        }
    }

    /// The commitments that restate these duties ("de jaarlijkse voortgangsrapportage",
    /// "volgt een onafhankelijk uitgevoerde eindevaluatie"): cited here, not judged twice.
    public static func isReportingDuty(_ commitment: Commitment) -> Bool {
        let text = DutchPeriod.normalized(commitment.text).joined(separator: " ")
        let annualReport = commitment.recurrence != nil && text.contains("voortgangsrapportage")
        return annualReport || text.contains("eindevaluatie")
    }

    /// The progress reports of a deployment (of every deployment when nil), oldest first.
    public static func progressReports(in registry: Registry, deployment: String?) -> [Report] {
        registry.documents(ofType: .voortgangsrapportage).compactMap { document -> Report? in
            guard let date = document.effectiveDate else { return nil }
            if let deployment, !registry.deployments(ofDocument: document.id).contains(deployment) { return nil }
            return Report(document: document, date: date)
        }.sorted { $0.date < $1.date }
    }

    /// "irak (NMI, OIR)": the deployment with the missions of its article 100 contributions.
    static func deploymentName(_ deployment: String, states: [ContributionState]) -> String {
        let missions = Set(states.filter { $0.contribution.article100 }.map(\.contribution.missionID)).sorted()
        return missions.isEmpty ? deployment : "\(deployment) (\(missions.joined(separator: ", ")))"
    }

    static func dutyFacts(_ registry: Registry, matching keyword: String, motions cited: Bool) -> [AlertFact] {
        let commitments = registry.commitments.filter {
            isReportingDuty($0) && DutchPeriod.normalized($0.text).joined(separator: " ").contains(keyword)
        }
        let motions = registry.motions.filter {
            cited && [697, 699].contains($0.kamerstuk.number) && $0.kamerstuk.dossier == "27925"
        }.sorted { $0.kamerstuk < $1.kamerstuk }
        return commitments.map { AlertFact("toezegging", $0.provenance) }
            + motions.map { AlertFact("\($0.title) (\($0.kamerstuk))", $0.provenance) }
    }

    /// Due a year after the previous progress report (or after the deployment's first
    /// decision when there is none yet).
    static func progressReport(
        _ deployment: String, states: [ContributionState], in registry: Registry, asOf day: Day,
        settings: MonitorSettings
    ) -> Alert? {
        let reports = progressReports(in: registry, deployment: deployment)
        let firstDecision = states.flatMap(\.decisions).min { $0.date < $1.date }
        guard let anchor = reports.last?.date ?? firstDecision?.date else { return nil }
        let due = anchor.addingYears(1)
        guard day.days(until: due) <= settings.horizonDays else { return nil }
        let running = states.filter { FrameworkRules.isRunning($0.status) }
        let subject = AlertSubject(kind: .deployment, id: deployment, name: deploymentName(deployment, states: running))
        var facts = dutyFacts(registry, matching: "voortgangsrapportage", motions: false)
        let previous: String
        if let last = reports.last {
            previous = "de vorige in het register is \(DutchPhrase.document(last.document))"
            if let span = openingLine(of: last.document) {
                facts.insert(AlertFact("vorige voortgangsrapportage", .source(span)), at: 0)
            }
        } else {
            previous = "er staat nog geen voortgangsrapportage in het register"
            if let firstDecision { facts.insert(AlertFact("eerste besluit", firstDecision.provenance), at: 0) }
        }
        let overdue = day > due
        return Alert(
            severity: overdue ? .warning : .info, rule: overdue ? .progressReportOverdue : .progressReportDue,
            subject: subject,
            message: "De jaarlijkse voortgangsrapportage over \(subject.name) is "
                + (overdue ? "sinds \(due.dutch) verschuldigd" : "verschuldigd op \(due.dutch)")
                + " (\(DutchPhrase.relative(due, from: day))); \(previous).",
            due: due, facts: facts)
    }

    /// Owed once every article 100 contribution of the deployment has ended, until an
    /// evaluation document about it is in the registry.
    static func finalEvaluation(_ deployment: String, states: [ContributionState], in registry: Registry, asOf day: Day)
        -> Alert?
    {
        let article100 = states.filter { $0.contribution.article100 }
        guard !article100.isEmpty, article100.allSatisfy({ $0.status == .ended }),
            let lastEnd = article100.compactMap(\.end).max()
        else { return nil }
        let evaluated = registry.documents(ofType: .evaluatie).contains {
            registry.deployments(ofDocument: $0.id).contains(deployment)
        }
        guard !evaluated else { return nil }
        let subject = AlertSubject(
            kind: .deployment, id: deployment, name: deploymentName(deployment, states: article100))
        // The contributions that ended last close the deployment; the earlier ends are history.
        let endFacts = article100.filter { $0.end == lastEnd }.compactMap { state in
            state.endDecision.map {
                AlertFact("\(state.contribution.component): einde \(lastEnd.dutch)", $0.provenance)
            }
        }
        return Alert(
            severity: .warning, rule: .finalEvaluationOwed, subject: subject,
            message: "De inzet \(subject.name) is op \(lastEnd.dutch) geëindigd; de onafhankelijke eindevaluatie "
                + "(moties 27 925 nr. 697 en nr. 699) staat nog niet in het register.",
            due: lastEnd, facts: dutyFacts(registry, matching: "eindevaluatie", motions: true) + endFacts)
    }

    /// The first line of a document, so that the document itself can be cited.
    static func openingLine(of document: Document) -> SourceSpan? {
        LetterText(document.text).lines.first { !$0.text.isEmpty }?.span(in: document.id)
    }
}
