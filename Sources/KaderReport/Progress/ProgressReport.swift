import KaderCore

/// Drafts the annual progress report (voortgangsrapportage) of a deployment over a
/// period, in the structure of the real reports; every figure carries its source.
public struct ProgressReport: Sendable {
    public let registry: Registry
    public let deployment: String
    public let from: Day
    public let to: Day

    public init(registry: Registry, deployment: String, from: Day, to: Day) {
        self.registry = registry
        self.deployment = deployment
        self.from = from
        self.to = to
    }

    /// The deployment's missions, by name.
    var missions: [Mission] {
        registry.missions.filter { $0.deployment == deployment }.sorted { $0.id < $1.id }
    }

    /// The letters whose (printed or assumed) date falls in the period.
    var periodLetters: [Document] {
        registry.documents.filter { ($0.effectiveDate).map { $0 >= from && $0 <= to } ?? false }
            .sorted { ($0.effectiveDate!, $0.id) < ($1.effectiveDate!, $1.id) }
    }

    /// Contributions of the deployment whose framework overlaps the period, as of its end.
    var statesInPeriod: [ContributionState] {
        let ids = Set(missions.map(\.id))
        return registry.states(asOf: to).filter { state in
            ids.contains(state.contribution.missionID) && state.status != .undecided
                && (state.end.map { $0 >= from } ?? true) && (state.start.map { $0 <= to } ?? true)
        }
    }

    public func document() -> ReportDocument {
        let place = deployment.prefix(1).uppercased() + deployment.dropFirst()
        var report = ReportDocument(
            title: "Voortgangsrapportage Nederlandse inzet in \(place)",
            subtitle:
                "Concept, opgesteld door Kader uit het register, over de periode \(from.dutch) tot en met \(to.dutch). Elk cijfer heeft een voetnoot naar zijn bron."
        )
        let documents = LettersByID(registry.documents)
        let states = statesInPeriod
        essence(&report, states: states)
        integratedApproach(&report, states: states)
        developments(&report, documents: documents)
        generalPoints(&report, documents: documents)
        for mission in missions {
            let ofMission = states.filter { $0.contribution.missionID == mission.id }
            if !ofMission.isEmpty {
                MissionSection(report: self, mission: mission, states: ofMission).add(to: &report, documents: documents)
            }
        }
        finances(&report, documents: documents)
        commitments(&report, documents: documents)
        return report
    }

    private func essence(_ report: inout ReportDocument, states: [ContributionState]) {
        report.add(.heading(level: 1, text: "Essentie"))
        let missionNames = Set(states.map(\.contribution.missionID)).sorted()
        let decisions = registry.decisions.filter { $0.date >= from && $0.date <= to }
        report.add(
            .paragraph([
                .text(
                    "In de periode van \(from.dutch) tot en met \(to.dutch) leverde Nederland \(states.count) bijdragen aan \(missionNames.joined(separator: ", ")). In deze periode verschenen \(periodLetters.count) brieven aan de Kamer met \(decisions.count) besluiten over deze bijdragen."
                )
            ]))
        report.add(
            .placeholder("In te vullen door de auteur: de kern van de voortgang en de effectiviteit in deze periode."))
    }

    private func integratedApproach(_ report: inout ReportDocument, states: [ContributionState]) {
        report.add(.heading(level: 1, text: "De geïntegreerde inzet en de samenhang tussen de bijdragen"))
        let byMission = Dictionary(grouping: states, by: \.contribution.missionID)
        report.add(
            .bullets(
                missions.compactMap { mission in
                    guard let ofMission = byMission[mission.id] else { return nil }
                    let parts = ofMission.map(\.contribution.component).joined(separator: "; ")
                    return [.text("\(mission.id) (\(mission.fullName)): \(parts)")]
                }))
        report.add(.placeholder("In te vullen door de auteur: hoe de bijdragen elkaar versterken."))
    }

    private func developments(_ report: inout ReportDocument, documents: LettersByID) {
        report.add(.heading(level: 1, text: "Politieke en veiligheidsontwikkelingen"))
        report.add(
            .placeholder(
                "In te vullen door de auteur. Hieronder passages uit de brieven van deze periode als materiaal."))
        for letter in periodLetters {
            for passage in PassageFinder.passages(
                in: letter.text, headingContains: ["politie", "veiligheid", "ontwikkeling"]
            ).prefix(3) {
                let span = SourceSpan(
                    documentID: letter.id, start: passage.start, end: passage.end, quote: passage.heading)
                report.add(
                    .quote(
                        "\(passage.heading): \(passage.text)",
                        footnote: report.footnote(.source(span), documents: documents)))
            }
        }
    }

    private func generalPoints(_ report: inout ReportDocument, documents: LettersByID) {
        report.add(.heading(level: 1, text: "Algemene punten"))
        report.add(.placeholder("In te vullen door de auteur: nazorg, burgerslachtoffers, communicatie."))
        let letterIDs = Set(periodLetters.map(\.id))
        let motions = registry.motions.filter { $0.provenance.span.map { letterIDs.contains($0.documentID) } ?? false }
        if !motions.isEmpty {
            report.add(.paragraph([.text("Moties waarop de brieven van deze periode ingaan:")]))
            report.add(
                .bullets(
                    motions.map { motion in
                        [
                            report.figure(
                                "\(motion.title) (Kamerstuk \(motion.kamerstuk))", motion.provenance,
                                documents: documents)
                        ]
                            + (motion.subject.map { [.text(": \($0)")] } ?? [])
                    }))
        }
    }

    private func finances(_ report: inout ReportDocument, documents: LettersByID) {
        report.add(.heading(level: 1, text: "Financiën"))
        let ids = Set(missions.map(\.id))
        let lines = registry.costs.filter { cost in
            guard let year = cost.year, year >= from.year, year <= to.year else { return false }
            return cost.missionID.map(ids.contains) ?? true
        }.sorted {
            ($0.year ?? 0, $0.missionID ?? "", $0.kind.rawValue) < ($1.year ?? 0, $1.missionID ?? "", $1.kind.rawValue)
        }
        guard !lines.isEmpty else {
            report.add(.paragraph([.emphasis("Het register bevat geen bedragen voor deze jaren.")]))
            return
        }
        var rows: [[[ReportDocument.Inline]]] = []
        for line in lines {
            let amount = report.figure(
                EuroAmount.format(cents: line.amountCents), line.provenance, documents: documents)
            rows.append([
                [.text(line.year.map(String.init) ?? "—")], [.text(line.missionID ?? "—")], [.text(line.scope)],
                line.kind == .estimate ? [amount] : [.text("")], line.kind == .actual ? [amount] : [.text("")],
                line.kind == .budget ? [amount] : [.text("")], [.text(line.budgetSource ?? "—")],
            ])
        }
        report.add(
            .table(
                header: ["Jaar", "Missie", "Waarvoor", "Raming", "Gerealiseerd", "Budget", "Bron van financiering"],
                rows: rows))
    }

    private func commitments(_ report: inout ReportDocument, documents: LettersByID) {
        report.add(.heading(level: 1, text: "Toezeggingen"))
        let letterIDs = Set(periodLetters.map(\.id))
        let ids = Set(missions.map(\.id))
        let chosen = registry.commitments.filter { commitment in
            let madeInPeriod = commitment.documentID.map(letterIDs.contains) ?? false
            let dueInPeriod: Bool
            if case .date(let day) = commitment.due {
                dueInPeriod = day >= from && day <= to
            } else {
                dueInPeriod = false
            }
            return (madeInPeriod || dueInPeriod) && (commitment.missionID.map(ids.contains) ?? true)
        }
        guard !chosen.isEmpty else {
            report.add(.paragraph([.emphasis("Geen toezeggingen uit of voor deze periode in het register.")]))
            return
        }
        report.add(
            .table(
                header: ["Toezegging", "Wanneer", "Status"],
                rows: chosen.map { commitment in
                    [
                        [report.figure(commitment.text, commitment.provenance, documents: documents)],
                        [.text(commitment.due?.description ?? "—")], [.text(commitment.status.label)],
                    ]
                }))
    }
}
