import Foundation
import KaderCore
import SQLKit

/// What storing a letter did.
public enum LetterStoreOutcome: Sendable, Equatable {
    /// Stored under this document id with this many candidates.
    case stored(documentID: String, candidates: Int)
    /// A letter with the same text is already stored, under this id.
    case alreadyStored(documentID: String)
}

/// What accepting a candidate did.
public enum AcceptOutcome: Sendable, Equatable {
    /// The candidate became this registry row ("cost_lines/…").
    case placed(String)
    /// Accepted, but the registry has no place for it yet; the reason says why.
    case unplaced(reason: String)
}

/// Two reviewers at once: the candidate was reviewed by someone else since it was shown.
public struct ReviewConflict: Error, CustomStringConvertible {
    /// The candidate as it is now.
    public let current: CandidateFact
    /// The status the reviewer saw.
    public let expected: CandidateStatus

    public var description: String {
        "dit feit is intussen door een ander beoordeeld: u zag ‘\(expected.rawValue)’, nu is het ‘\(current.status.rawValue)’ (conflict)"
    }
}

/// Stores letters with their candidate facts, and records the review of each candidate.
public struct CandidateRepository: Sendable {
    public let database: KaderDatabase

    public init(database: KaderDatabase) {
        self.database = database
    }

    /// Stores a letter and its candidates in one transaction, unless a letter with the same
    /// content hash is already there. A document id already taken by another text gets a
    /// suffix ("-2"), and its candidates follow.
    public func storeLetter(_ document: Document, candidates: [CandidateFact]) async throws -> LetterStoreOutcome {
        try await storeLetters([(document, candidates)])[0]
    }

    /// Stores several letters, each as `storeLetter` does, in one transaction: all or none.
    /// Ingest stores its letters so; one commit per letter had the full-text index write a
    /// segment and merge for each.
    public func storeLetters(_ letters: [(document: Document, candidates: [CandidateFact])]) async throws
        -> [LetterStoreOutcome]
    {
        try await database.changingRegistry { db in
            var stored = try await Self.storedIDs(byHash: letters.map(\.document.contentHash), in: db)
            var taken = try await Self.takenIDs(letters.map(\.document.id), in: db)
            var outcomes: [LetterStoreOutcome] = []
            var documents: [DocumentRow] = []
            var facts: [CandidateFactRow] = []
            for (document, candidates) in letters {
                if let existing = stored[document.contentHash] {
                    outcomes.append(.alreadyStored(documentID: existing))
                    continue
                }
                var id = document.id
                var suffix = 2
                while taken.contains(id) {
                    id = "\(document.id)-\(suffix)"
                    suffix += 1
                    taken.formUnion(try await Self.takenIDs([id], in: db))
                }
                taken.insert(id)
                stored[document.contentHash] = id
                var renamed = document
                renamed.id = id
                documents.append(DocumentRow(renamed))
                facts += candidates.map { CandidateFactRow(Self.moved($0, from: document.id, to: id)) }
                outcomes.append(.stored(documentID: id, candidates: candidates.count))
            }
            // All letters before any candidate: each statement after a write to the full-text
            // index has FTS5 write its pending words out as a segment of their own (its
            // savepoint), so letters and candidates in turn made a segment per letter.
            try await db.insertAll(documents)
            try await db.insertAll(facts)
            return outcomes
        }
    }

    /// The stored letters among these content hashes, by hash.
    private static func storedIDs(byHash hashes: [String], in db: any SQLDatabase) async throws -> [String: String] {
        var ids: [String: String] = [:]
        for chunk in hashes.chunked(by: 500) {
            for row in try await db.select().column("id").column("content_hash").from(DocumentRow.table)
                .where("content_hash", .in, chunk).all()
            {
                ids[try row.decode(column: "content_hash", as: String.self)] = try row.decode(
                    column: "id", as: String.self)
            }
        }
        return ids
    }

    /// Those of these document ids that are taken.
    private static func takenIDs(_ wanted: [String], in db: any SQLDatabase) async throws -> Set<String> {
        var taken: Set<String> = []
        for chunk in wanted.chunked(by: 500) {
            for row in try await db.select().column("id").from(DocumentRow.table).where("id", .in, chunk).all() {
                taken.insert(try row.decode(column: "id", as: String.self))
            }
        }
        return taken
    }

    /// A candidate of a document whose id changed, with its id and provenance following.
    static func moved(_ fact: CandidateFact, from old: String, to new: String) -> CandidateFact {
        guard old != new else { return fact }
        var moved = fact
        moved.documentID = new
        if fact.id.hasPrefix(old) { moved.id = new + fact.id.dropFirst(old.count) }
        if case .source(let span) = fact.provenance {
            moved.provenance = .source(
                SourceSpan(documentID: new, start: span.start, end: span.end, quote: span.quote))
        }
        return moved
    }

    /// Candidates, optionally of one document and one status, in id order.
    public func candidates(documentID: String? = nil, status: CandidateStatus? = nil) async throws -> [CandidateFact] {
        try await database.withDatabase { db in
            var query = db.select().column("*").from(CandidateFactRow.table)
            if let documentID { query = query.where("document_id", .equal, documentID) }
            if let status { query = query.where("status", .equal, status.rawValue) }
            return try await query.orderBy("id")
                .all(decoding: CandidateFactRow.self, keyDecodingStrategy: ColumnName.decoding)
                .map { try $0.model() }
        }
    }

    public func candidate(id: String) async throws -> CandidateFact? {
        try await database.withDatabase { db in
            try await Self.candidate(id: id, in: db)
        }
    }

    static func candidate(id: String, in db: any SQLDatabase) async throws -> CandidateFact? {
        try await db.select().column("*").from(CandidateFactRow.table).where("id", .equal, id)
            .first(decoding: CandidateFactRow.self, keyDecodingStrategy: ColumnName.decoding)?.model()
    }

    /// Marks a candidate rejected and records who did it; nil when there is no such candidate.
    /// With `expecting`, a candidate whose status changed meanwhile is a `ReviewConflict`.
    public func reject(id: String, by user: String, expecting: CandidateStatus? = nil, reason: String? = nil)
        async throws -> CandidateFact?
    {
        try await database.changingRegistry { db in
            guard var fact = try await Self.candidate(id: id, in: db) else { return nil }
            try Self.check(fact, expecting: expecting)
            let before = fact
            fact.status = .rejected
            fact.placement = nil
            try await Self.saveReview(fact, in: db)
            try await Self.audit("feit afgewezen", before: before, after: fact, user: user, reason: reason, on: db)
            return fact
        }
    }

    /// Accepts a candidate and places it in the registry where the registry has a home for
    /// it, with the audit record; all in one transaction. Nil when there is no such candidate.
    /// With `expecting`, a candidate whose status changed meanwhile is a `ReviewConflict`.
    public func accept(id: String, by user: String, expecting: CandidateStatus? = nil, reason: String? = nil)
        async throws -> (CandidateFact, AcceptOutcome)?
    {
        try await database.changingRegistry { db in
            guard var fact = try await Self.candidate(id: id, in: db) else { return nil }
            try Self.check(fact, expecting: expecting)
            let before = fact
            let outcome = try await RegistryPlacement(db: db, fact: fact).place()
            fact.status = .accepted
            if case .placed(let target) = outcome { fact.placement = target }
            try await Self.saveReview(fact, in: db)
            try await Self.audit("feit geaccepteerd", before: before, after: fact, user: user, reason: reason, on: db)
            return (fact, outcome)
        }
    }

    /// Replaces a proposed candidate's value by a reviewer's correction (it stays proposed,
    /// to be accepted next) and records before, after and why. Nil when there is no such
    /// candidate; a `ReviewConflict` when it was reviewed meanwhile.
    public func correct(
        id: String, to value: CandidateValue, by user: String, expecting: CandidateStatus? = .proposed, reason: String?
    ) async throws -> CandidateFact? {
        try await database.changingRegistry { db in
            guard var fact = try await Self.candidate(id: id, in: db) else { return nil }
            try Self.check(fact, expecting: expecting)
            let before = fact
            fact.value = value
            try await db.update(CandidateFactRow.table)
                .set("value", to: JSONColumn.encode(value)).set("summary", to: value.summary)
                .where("id", .equal, id).run()
            try await Self.audit("feit gecorrigeerd", before: before, after: fact, user: user, reason: reason, on: db)
            return fact
        }
    }

    private static func check(_ fact: CandidateFact, expecting: CandidateStatus?) throws {
        if let expecting, fact.status != expecting { throw ReviewConflict(current: fact, expected: expecting) }
    }

    private static func audit(
        _ action: String, before: CandidateFact, after: CandidateFact, user: String, reason: String?,
        on db: any SQLDatabase
    ) async throws {
        func describe(_ fact: CandidateFact) -> String {
            JSONColumn.encode([
                "status": fact.status.rawValue, "placement": fact.placement ?? "", "summary": fact.value.summary,
            ])
        }
        try await AuditLog.append(
            on: db, user: user, action: action, subjectKind: "feit", subjectID: before.id, before: describe(before),
            after: describe(after), reason: reason)
    }

    private static func saveReview(_ fact: CandidateFact, in db: any SQLDatabase) async throws {
        try await db.update(CandidateFactRow.table)
            .set("status", to: fact.status.rawValue)
            .set("placement", to: fact.placement)
            .set("reviewed_at", to: ISO8601DateFormatter().string(from: Date()))
            .where("id", .equal, fact.id)
            .run()
    }
}
