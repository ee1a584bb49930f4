import KaderCore
import SQLKit

/// The letters of a registry without texts (`RegistryRepository.load(keeping:)`), with the
/// `documents_version` they were read at: kept, they serve every load until a letter changes.
public struct LetterHeads: Sendable {
    public let version: Int
    public let documents: [Document]

    /// The counter that every change to `documents` raises (migration 009).
    static func version(in db: any SQLDatabase) async throws -> Int {
        try await db.raw("SELECT version FROM documents_version WHERE id = 1")
            .first(decodingColumn: "version", as: Int.self) ?? 0
    }
}
