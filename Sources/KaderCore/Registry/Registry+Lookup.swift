extension Registry {
    /// The mission with this canonical name or alias, ignoring case.
    public func mission(named name: String) -> Mission? {
        let wanted = name.lowercased()
        return missions.first { $0.id.lowercased() == wanted }
            ?? missions.first { $0.aliases.contains { $0.lowercased() == wanted } }
    }

    /// The letters with a fact about the mission or one of its contributions, by date.
    public func documents(concerning mission: Mission) -> [Document] {
        let contributionIDs = Set(contributions.filter { $0.missionID == mission.id }.map(\.id))
        var ids = Set<String>()
        func add(_ provenance: Provenance) {
            if let id = provenance.span?.documentID { ids.insert(id) }
        }
        decisions.filter { contributionIDs.contains($0.contributionID) }.forEach { add($0.provenance) }
        staffing.filter { contributionIDs.contains($0.contributionID) }.forEach { add($0.provenance) }
        costs.filter { $0.missionID == mission.id }.forEach { add($0.provenance) }
        commitments.filter { $0.missionID == mission.id }.forEach { add($0.provenance) }
        indicators.filter { $0.missionID == mission.id }.forEach { add($0.provenance) }
        lessons.filter { $0.missionID == mission.id }.forEach { add($0.provenance) }
        risks.filter { $0.missionID == mission.id }.forEach { add($0.provenance) }
        visits.filter { $0.missionIDs.contains(mission.id) }.forEach { add($0.provenance) }
        return documents.filter { ids.contains($0.id) }.sorted {
            ($0.effectiveDate ?? Day(year: 1, month: 1, day: 1)!, $0.id)
                < ($1.effectiveDate ?? Day(year: 1, month: 1, day: 1)!, $1.id)
        }
    }
}

extension Registry {
    /// The letters about a mission: those with a fact about it, and those that name it
    /// (its short name or an alias) in their text.
    public func documentIDs(mentioning missionID: String) -> Set<String> {
        guard let mission = mission(named: missionID) else { return [] }
        var ids = Set(documents(concerning: mission).map(\.id))
        let names = [mission.id] + mission.aliases
        for document in documents where names.contains(where: { document.text.contains($0) }) {
            ids.insert(document.id)
        }
        return ids
    }
}
