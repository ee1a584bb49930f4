import Foundation
import KaderCore
import SQLKit

/// Turns an accepted candidate into the registry row it stands for, inside the caller's
/// transaction.
struct RegistryPlacement {
    let db: any SQLDatabase
    let fact: CandidateFact

    func place() async throws -> AcceptOutcome {
        switch fact.value {
        case .date(let day):
            return try await updateDocument("date", day.iso)
        case .type(let type):
            return try await updateDocument("type", type.rawValue)
        case .addressee(let house):
            return try await updateDocument("addressee", house.rawValue)
        case .signatory(let name):
            guard let document = try await document() else { return .unplaced(reason: "brief ontbreekt") }
            var names = document.signatories
            if !names.contains(name) { names.append(name) }
            return try await updateDocument("signatories", JSONColumn.encode(names))
        case .reference(let id, let isMotion):
            return try await placeReference(id, isMotion: isMotion)
        case .mission(let name):
            return try await missionExists(name)
                ? .placed("missions/\(name)")
                : .unplaced(reason: "missie \(name) staat nog niet in het register")
        case .cost(let cost):
            let mission = try await missionExists(cost.mission) ? cost.mission : nil
            let line = CostLine(
                id: "kosten-\(fact.id)", missionID: mission, contributionID: nil, year: cost.year,
                amountCents: cost.amountCents, kind: cost.kind, scope: cost.scope, budgetSource: cost.budgetSource,
                documentID: fact.documentID, provenance: fact.provenance)
            try await db.insertAll([CostLineRow(line)])
            return .placed("cost_lines/\(line.id)")
        case .commitment(let candidate):
            let mission = try await missionExists(candidate.mission) ? candidate.mission : nil
            let commitment = Commitment(
                id: "toezegging-\(fact.id)", text: candidate.text, documentID: fact.documentID, missionID: mission,
                due: candidate.due, recurrence: candidate.recurrence, provenance: fact.provenance)
            try await db.insertAll([CommitmentRow(commitment)])
            return .placed("commitments/\(commitment.id)")
        case .framework(let framework):
            return try await placeDecision(
                mission: framework.mission, component: framework.component, action: .continue, cap: framework.cap,
                period: framework.period)
        case .decision(let decision):
            guard let mission = decision.mission else {
                return .unplaced(reason: "het besluit noemt geen missie")
            }
            return try await placeDecision(
                mission: mission, component: decision.component ?? "", action: decision.action, cap: decision.cap,
                period: decision.period)
        case .indicator:
            return .unplaced(reason: "een indicatorwaarde hoort bij een indicator die het register nog niet kent")
        }
    }

    private func document() async throws -> Document? {
        try await RegistryRepository.document(id: fact.documentID, in: db)
    }

    private func updateDocument(_ column: String, _ value: String) async throws -> AcceptOutcome {
        try await db.update(DocumentRow.table).set(column, to: value).where("id", .equal, fact.documentID).run()
        return .placed("documents/\(fact.documentID)#\(column)")
    }

    private func missionExists(_ id: String?) async throws -> Bool {
        guard let id else { return false }
        return try await db.select().column("id").from(MissionRow.table).where("id", .equal, id)
            .first(decodingColumn: "id", as: String.self) != nil
    }

    private func placeReference(_ id: KamerstukID, isMotion: Bool) async throws -> AcceptOutcome {
        let existing = try await db.select().column("document_id").from(ReferenceRow.table)
            .where("document_id", .equal, fact.documentID).where("target_dossier", .equal, id.dossier)
            .where("target_number", .equal, id.number).first(decodingColumn: "document_id", as: String.self)
        if existing == nil {
            try await db.insertAll([
                ReferenceRow(
                    Reference(documentID: fact.documentID, target: id, isMotion: isMotion, provenance: fact.provenance))
            ])
        } else if isMotion {
            try await db.update(ReferenceRow.table).set("is_motion", to: true)
                .where("document_id", .equal, fact.documentID).where("target_dossier", .equal, id.dossier)
                .where("target_number", .equal, id.number).run()
        }
        guard isMotion else { return .placed("document_references/\(fact.documentID)/\(id.dossier)-\(id.number)") }
        // A motion the registry already knows (under any id) is not added twice.
        if let known = try await db.select().column("id").from(MotionRow.table)
            .where("kamerstuk_dossier", .equal, id.dossier).where("kamerstuk_number", .equal, id.number)
            .first(decodingColumn: "id", as: String.self)
        {
            return .placed("motions/\(known)")
        }
        let motionID = "motie-\(id.dossier)-\(id.number)"
        try await db.insertAll([
            MotionRow(
                Motion(id: motionID, kamerstuk: id, title: "Motie \(id)", subject: nil, provenance: fact.provenance))
        ])
        return .placed("motions/\(motionID)")
    }

    /// A framework or decision goes to the contribution of its mission whose component
    /// shares the most words with the candidate's; without one it stays unplaced.
    private func placeDecision(
        mission: String, component: String, action: DecisionAction, cap: PersonnelCap?, period: Period
    ) async throws -> AcceptOutcome {
        let contributions = try await db.select().column("*").from(ContributionRow.table)
            .where("mission_id", .equal, mission)
            .all(decoding: ContributionRow.self, keyDecodingStrategy: ColumnName.decoding).map { try $0.model() }
        let wanted = Self.words(component)
        let scored = contributions.map { ($0, Self.words($0.component).intersection(wanted).count) }
            .filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
        guard let best = scored.first, scored.count == 1 || scored[1].1 < best.1 else {
            return .unplaced(
                reason: scored.isEmpty
                    ? "geen bijdrage van \(mission) past bij ‘\(component)’"
                    : "meer dan één bijdrage van \(mission) past")
        }
        guard let day = try await document()?.effectiveDate else {
            return .unplaced(
                reason:
                    "de brief heeft (nog) geen datum, dus het besluit geen dag; accepteer eerst de datum van de brief")
        }
        let decision = Decision(
            id: "besluit-\(fact.id)", contributionID: best.0.id, date: day, documentID: fact.documentID,
            action: action, cap: cap, period: period, provenance: fact.provenance)
        try await db.insertAll([DecisionRow(decision)])
        return .placed("decisions/\(decision.id)")
    }

    /// Lowercase word stems of four letters or more: what two component names share
    /// ("militairen", "militaire" and "militair" are one word here).
    static func words(_ text: String) -> Set<String> {
        Set(
            text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 4 }
                .map { word in
                    for ending in ["en", "e", "s"] where word.hasSuffix(ending) && word.count > ending.count + 3 {
                        return String(word.dropLast(ending.count))
                    }
                    return word
                })
    }
}
