/// Rules on the commitments made to parliament (toezeggingen): due soon, or overdue.
public enum CommitmentRules {
    /// An open commitment whose moment has passed is overdue (warning); one whose moment
    /// comes within the horizon is due (info). A recurring one is judged per occurrence.
    /// The annual progress report and the final evaluation are reporting duties, left to
    /// `ReportingDutyRules` so that they are not reported twice.
    public static func evaluate(_ registry: Registry, asOf day: Day, settings: MonitorSettings) -> [Alert] {
        registry.commitments.compactMap { commitment -> Alert? in
            guard commitment.status == .open, !ReportingDutyRules.isReportingDuty(commitment) else { return nil }
            if let recurrence = commitment.recurrence, let months = intervalMonths(recurrence) {
                // A document that kept it restarts the count from its own date.
                let dates = [commitment.documentID, commitment.fulfilledBy].compactMap {
                    registry.document($0)?.effectiveDate
                }
                guard let anchor = dates.max() else { return nil }
                return recurring(commitment, every: months, from: anchor, asOf: day, settings: settings)
            }
            guard commitment.fulfilledBy == nil, let due = dueSpan(commitment, in: registry) else { return nil }
            return alert(commitment, due: due, asOf: day, settings: settings)
        }
    }

    /// The span of days in which a one-off commitment is due, or nil when it names no moment.
    public static func dueSpan(_ commitment: Commitment, in registry: Registry) -> Period? {
        let letterDate = registry.document(commitment.documentID)?.effectiveDate
        switch commitment.due {
        case nil:
            return nil
        case .date(let day):
            return Period(start: day, end: day)
        case .nextProgressReport:
            return letterDate.map { nextProgressReport(after: $0, for: commitment, in: registry) }
        case .period(let phrase):
            if DutchPeriod.normalized(phrase).contains("voortgangsrapportage") {
                return letterDate.map { nextProgressReport(after: $0, for: commitment, in: registry) }
            }
            return DutchPeriod.resolve(phrase, relativeTo: letterDate)
        }
    }

    /// The day of the first progress report after `day`: the one in the registry, or else
    /// the first anniversary of the last one (a year after the letter when there is none).
    static func nextProgressReport(after day: Day, for commitment: Commitment, in registry: Registry) -> Period {
        let reports = ReportingDutyRules.progressReports(
            in: registry,
            deployment: commitment.missionID.map {
                registry.deployment(ofMission: $0)
            })
        if let next = reports.first(where: { $0.date > day }) { return Period(start: next.date, end: next.date) }
        var expected = reports.last.map { $0.date.addingYears(1) } ?? day.addingYears(1)
        while expected <= day { expected = expected.addingYears(1) }
        return Period(start: expected, end: expected)
    }

    static func alert(_ commitment: Commitment, due: Period, asOf day: Day, settings: MonitorSettings) -> Alert? {
        guard let start = due.start, let end = due.end else { return nil }
        let subject = AlertSubject(kind: .commitment, id: commitment.id, name: commitment.text)
        let moment = commitment.due.map { " (\($0))" } ?? ""
        let facts = [AlertFact("toezegging\(moment)", commitment.provenance)]
        if day > end {
            return Alert(
                severity: .warning, rule: .commitmentOverdue, subject: subject,
                message:
                    "Toezegging verlopen\(moment): uiterlijk \(end.dutch) (\(DutchPhrase.relative(end, from: day))), "
                    + "en geen document is eraan gekoppeld. \(commitment.text)",
                due: end, facts: facts)
        }
        guard day >= start.adding(days: -settings.horizonDays) else { return nil }
        let window = start == end ? end.dutch : "tussen \(start.dutch) en \(end.dutch)"
        return Alert(
            severity: .info, rule: .commitmentDue, subject: subject,
            message: "Toezegging komt eraan\(moment): \(window). \(commitment.text)", due: end, facts: facts)
    }

    /// The days a recurring commitment falls due after `anchor`, up to (not including) `day`.
    /// Each is counted from the anchor, so 31 August gives 29 February and then 31 August
    /// again rather than drifting to the 29th.
    public static func occurrences(from anchor: Day, every months: Int, before day: Day) -> [Day] {
        guard months > 0 else { return [] }
        return Array(
            sequence(first: 1) { $0 + 1 }.lazy.map { anchor.addingMonths(months * $0) }.prefix { $0 < day })
    }

    /// Months between occurrences: "jaarlijks" 12, "halfjaarlijks" 6, "per kwartaal" 3.
    static func intervalMonths(_ recurrence: String) -> Int? {
        let text = DutchPeriod.normalized(recurrence).joined(separator: " ")
        if text.contains("halfjaarlijks") { return 6 }
        if text.contains("jaarlijks") { return 12 }
        if text.contains("kwartaal") || text.contains("driemaandelijks") { return 3 }
        if text.contains("maandelijks") { return 1 }
        return nil
    }

    /// One alert per recurring commitment: the occurrences that passed without a document
    /// linked to them, or else the next one if it falls within the horizon.
    static func recurring(
        _ commitment: Commitment, every months: Int, from anchor: Day, asOf day: Day, settings: MonitorSettings
    ) -> Alert? {
        let missed = occurrences(from: anchor, every: months, before: day)
        let next = anchor.addingMonths(months * (missed.count + 1))
        let subject = AlertSubject(kind: .commitment, id: commitment.id, name: commitment.text)
        let facts = [AlertFact("toezegging (\(commitment.recurrence ?? ""))", commitment.provenance)]
        if let last = missed.last {
            let count = missed.count == 1 ? "1 termijn" : "\(missed.count) termijnen"
            return Alert(
                severity: .warning, rule: .commitmentOverdue, subject: subject,
                message:
                    "Terugkerende toezegging (\(commitment.recurrence ?? "")): \(count) verstreken zonder gekoppeld "
                    + "document, gerekend vanaf \(anchor.dutch); de laatste op \(last.dutch). \(commitment.text)",
                due: last, facts: facts)
        }
        guard day.days(until: next) <= settings.horizonDays else { return nil }
        return Alert(
            severity: .info, rule: .commitmentDue, subject: subject,
            message: "Terugkerende toezegging (\(commitment.recurrence ?? "")): volgende termijn \(next.dutch). "
                + commitment.text,
            due: next, facts: facts)
    }
}

extension Day {
    /// The same day `months` months later, or the month's last day when it is shorter
    /// (31 August plus six months is 28 or 29 February).
    public func addingMonths(_ months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let (y, m) = (index / 12, index % 12 + 1)
        return Day(year: y, month: m, day: Swift.min(day, Day.daysIn(month: m, year: y)))!
    }

    /// The same day `years` years later; 29 February becomes 28 February in a common year.
    public func addingYears(_ years: Int) -> Day { addingMonths(years * 12) }
}
