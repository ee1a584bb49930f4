import KaderCore
import KaderTestSupport

/// A small registry built in a test, for the edges the real letters do not reach.
struct MonitorFixture {
    var registry = Registry()

    static let fp = Contribution(
        id: "fp", missionID: "NMI", component: "force protection-compagnie", kind: .military, ministry: .defensie,
        article100: true)

    init(contributions: [Contribution] = [MonitorFixture.fp]) {
        registry.missions = [Mission(id: "NMI", fullName: "NATO Mission Iraq", lead: .nato, deployment: "irak")]
        registry.contributions = contributions
    }

    static func entered() -> Provenance { .entered(by: "test", at: nil) }

    mutating func decide(
        _ id: String, on date: String, _ action: DecisionAction, contribution: String = "fp", cap: Int? = nil,
        _ qualifier: CapQualifier = .maximaal, start: String? = nil, end: String? = nil, document: String? = nil
    ) {
        registry.decisions.append(
            Decision(
                id: id, contributionID: contribution, date: .at(date), documentID: document, action: action,
                cap: cap.map { PersonnelCap(count: $0, qualifier: qualifier) },
                period: Period(start: start.map(Day.at), end: end.map(Day.at)), provenance: Self.entered()))
    }

    mutating func staff(_ filled: Int, on date: String, contribution: String = "fp") {
        registry.staffing.append(
            Staffing(
                id: "s\(registry.staffing.count)", contributionID: contribution, date: .at(date), filled: filled,
                provenance: Self.entered()))
    }

    mutating func letter(_ id: String, _ type: DocumentType, on date: String, title: String? = nil) {
        registry.documents.append(
            Document(id: id, fileName: "\(id).txt", type: type, date: .at(date), title: title ?? id, text: id))
    }

    func alerts(_ rule: MonitorRule, asOf day: String, settings: MonitorSettings = MonitorSettings()) -> [Alert] {
        Monitor.check(registry, asOf: .at(day), settings: settings).filter { $0.rule == rule }
    }
}
