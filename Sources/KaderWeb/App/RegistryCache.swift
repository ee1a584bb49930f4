import KaderCore
import KaderStore

/// The registry as last read from the database, shared by all pages.
///
/// Pages read far more often than anyone writes, so the whole registry is kept in memory
/// and read again only after a write calls `invalidate()`.
actor RegistryCache {
    private let repository: RegistryRepository
    private var cached: Registry?

    init(repository: RegistryRepository) {
        self.repository = repository
    }

    func registry() async throws -> Registry {
        if let cached { return cached }
        let loaded = try await repository.load()
        cached = loaded
        return loaded
    }

    /// Forgets the cached registry; the next page reads the database again.
    func invalidate() {
        cached = nil
    }
}
