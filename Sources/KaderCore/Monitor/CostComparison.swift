/// The estimates and actual spending a registry holds for one year and scope, side by side.
public struct CostComparison: Sendable, Hashable {
    public let year: Int
    public let missionID: String?
    public let contributionID: String?
    /// The budget (BIV …), or the scope when the letter names no budget.
    public let budget: String
    /// Estimates oldest letter first; a later letter's estimate replaces an earlier one.
    public let estimates: [CostLine]
    public let actuals: [CostLine]

    /// The estimate of the latest letter.
    public var latestEstimate: CostLine? { estimates.last }
    /// What the letters report as spent, together.
    public var actualCents: Int64? { actuals.isEmpty ? nil : actuals.reduce(0) { $0 + $1.amountCents } }

    /// Every year and scope with an estimate or an actual amount, by year then scope.
    /// Lines of one letter count as one estimate each; budgets reserved are left out.
    public static func compare(_ registry: Registry) -> [CostComparison] {
        let dates = registry.effectiveDates(of: Set(registry.costs.compactMap(\.documentID)))
        func date(_ line: CostLine) -> Day? { line.documentID.flatMap { dates[$0] } }
        struct Key: Hashable {
            let year: Int
            let missionID: String?
            let contributionID: String?
            let budget: String
        }
        let lines = registry.costs.filter { $0.kind != .budget && $0.year != nil }
        let groups = Dictionary(grouping: lines) {
            Key(
                year: $0.year!, missionID: $0.missionID, contributionID: $0.contributionID,
                budget: $0.budgetSource ?? $0.scope)
        }
        return groups.map { key, lines in
            let ordered = lines.sorted {
                (date($0) ?? Day(daysSinceEpoch: 0), $0.id) < (date($1) ?? Day(daysSinceEpoch: 0), $1.id)
            }
            return CostComparison(
                year: key.year, missionID: key.missionID, contributionID: key.contributionID, budget: key.budget,
                estimates: ordered.filter { $0.kind == .estimate }, actuals: ordered.filter { $0.kind == .actual })
        }.sorted {
            ($0.year, $0.missionID ?? "", $0.contributionID ?? "", $0.budget)
                < ($1.year, $1.missionID ?? "", $1.contributionID ?? "", $1.budget)
        }
    }

    /// Spending above the latest estimate (warning), estimates a later letter changed
    /// (info), and for the running year (or the one before) what has been spent of the
    /// estimate so far (info), so that the figures are seen while they matter.
    public static func alerts(_ registry: Registry, asOf day: Day) -> [Alert] {
        compare(registry).flatMap { comparison -> [Alert] in
            var alerts: [Alert] = []
            let scope = [comparison.missionID, comparison.contributionID, comparison.budget].compactMap { $0 }
            let subject = AlertSubject(
                kind: .costs, id: "\(comparison.year)-\(scope.joined(separator: "-"))",
                name: "kosten \(comparison.year), \(scope.joined(separator: ", "))")
            if let estimate = comparison.latestEstimate, let spent = comparison.actualCents,
                spent <= estimate.amountCents, day.year - 1...day.year ~= comparison.year
            {
                let share = Int((Double(spent) / Double(max(estimate.amountCents, 1)) * 100).rounded())
                alerts.append(
                    Alert(
                        severity: .info, rule: .costStatus, subject: subject,
                        message: "Kosten \(comparison.year) (\(comparison.budget)): geraamd "
                            + "\(EuroAmount.format(cents: estimate.amountCents)), gerealiseerd "
                            + "\(EuroAmount.format(cents: spent)) (\(share) %).",
                        due: nil,
                        facts: [AlertFact("raming", estimate.provenance)]
                            + comparison.actuals.map { AlertFact("gerealiseerd", $0.provenance) }))
            }
            if let estimate = comparison.latestEstimate, let spent = comparison.actualCents,
                spent > estimate.amountCents
            {
                alerts.append(
                    Alert(
                        severity: .warning, rule: .costOverrun, subject: subject,
                        message:
                            "In \(comparison.year) is \(EuroAmount.format(cents: spent)) gerealiseerd, meer dan de "
                            + "raming van \(EuroAmount.format(cents: estimate.amountCents)) (\(comparison.budget)).",
                        due: nil,
                        facts: [AlertFact("raming", estimate.provenance)]
                            + comparison.actuals.map { AlertFact("gerealiseerd", $0.provenance) }))
            }
            for (old, new) in zip(comparison.estimates, comparison.estimates.dropFirst())
            where old.documentID != new.documentID && old.amountCents != new.amountCents {
                alerts.append(
                    Alert(
                        severity: .info, rule: .estimateChanged, subject: subject,
                        message: "De raming voor \(comparison.year) (\(comparison.budget)) is gewijzigd van "
                            + "\(EuroAmount.format(cents: old.amountCents)) naar \(EuroAmount.format(cents: new.amountCents)).",
                        due: nil,
                        facts: [
                            AlertFact("eerdere raming", old.provenance), AlertFact("nieuwe raming", new.provenance),
                        ]))
            }
            return alerts
        }
    }
}
