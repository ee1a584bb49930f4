import KaderCore
import KaderStore

/// The registry as last read from the database, shared by all pages.
///
/// Pages read far more often than anyone writes, so the whole registry is kept in memory
/// and read again only after a write calls `invalidate()`.
actor RegistryCache {
    private let repository: RegistryRepository
    private var cached: Registry?
    /// The registry as each clearance sees it, made once per load.
    private var visible: [Classification: Registry] = [:]

    init(repository: RegistryRepository) {
        self.repository = repository
    }

    func registry() async throws -> Registry {
        if let cached { return cached }
        let loaded = try await repository.load()
        cached = loaded
        return loaded
    }

    /// What the asker may see: nothing above their clearance (openbaar when anonymous).
    func registry(for context: KaderRequestContext) async throws -> Registry {
        try await registry(clearance: context.clearance)
    }

    func registry(clearance: Classification) async throws -> Registry {
        if let seen = visible[clearance] { return seen }
        let shown = try await registry().visible(to: clearance)
        visible[clearance] = shown
        return shown
    }

    /// Forgets the cached registry; the next page reads the database again.
    func invalidate() {
        cached = nil
        visible = [:]
    }
}
