import Foundation
import KaderCore
import SQLKit

/// SQLite alone storing the letters and candidate facts of an ingested database once more:
/// the floor under the store of `kader ingest`, with none of Kader's Swift between the rows
/// and SQLite (the same schema, triggers, full-text index and transactions).
public enum StoreFloor {
    /// What a replay stored, and how long it took.
    public struct Replay: Sendable {
        public let letters: Int
        public let facts: Int
        public let seconds: Double
    }

    /// Copies every letter of the SQLite file `source`, then its candidate facts, into
    /// `target` (new and migrated), `perTransaction` letters a transaction as ingest stores
    /// them, each table in one `INSERT … SELECT` from the attached source. The time ends
    /// after a checkpoint of the WAL, which ingest's closing makes too.
    public static func replay(from source: String, into target: KaderDatabase, perTransaction: Int) async throws
        -> Replay
    {
        guard target.dialect == .sqlite else {
            throw StoreError("de vloer van de opslag meet alleen SQLite (the store floor measures SQLite only)")
        }
        guard FileManager.default.fileExists(atPath: source) else {
            throw StoreError("\(source) bestaat niet (does not exist)")
        }
        return try await target.withDatabase { db in
            try await db.raw("ATTACH DATABASE \(bind: source) AS floor_source").run()
            do {
                let replay = try await copy(on: db, perTransaction: max(1, perTransaction))
                try await db.raw("DETACH DATABASE floor_source").run()
                return replay
            } catch {
                try? await db.raw("ROLLBACK").run()
                try? await db.raw("DETACH DATABASE floor_source").run()
                throw error
            }
        }
    }

    private static func copy(on db: any SQLDatabase, perTransaction: Int) async throws -> Replay {
        let rowids = try await db.raw("SELECT rowid AS r FROM floor_source.documents ORDER BY rowid").all().map {
            try $0.decode(column: "r", as: Int.self)
        }
        let clock = ContinuousClock()
        let started = clock.now
        for run in rowids.chunked(by: perTransaction) {
            guard let first = run.first, let last = run.last else { continue }
            try await db.raw("BEGIN IMMEDIATE").run()
            // Letters before facts, as ingest writes them (see CandidateRepository.storeLetters).
            try await db.raw(
                """
                INSERT INTO main.documents SELECT * FROM floor_source.documents
                WHERE rowid BETWEEN \(bind: first) AND \(bind: last) ORDER BY rowid
                """
            ).run()
            try await db.raw(
                """
                INSERT INTO main.candidate_facts SELECT f.* FROM floor_source.candidate_facts f
                WHERE f.document_id IN (
                    SELECT id FROM floor_source.documents WHERE rowid BETWEEN \(bind: first) AND \(bind: last))
                ORDER BY f.rowid
                """
            ).run()
            try await db.raw("COMMIT").run()
        }
        try await db.raw("PRAGMA main.wal_checkpoint(PASSIVE)").run()
        let took = clock.now - started
        let facts = try await db.raw("SELECT count(*) AS n FROM main.candidate_facts").first().map {
            try $0.decode(column: "n", as: Int.self)
        }
        return Replay(
            letters: rowids.count, facts: facts ?? 0,
            seconds: took.inSeconds)
    }
}
