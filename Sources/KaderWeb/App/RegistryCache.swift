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
    /// The alerts per clearance and day, and the Toetsingskader check per letter: pure
    /// functions of the registry, so kept until the next write.
    private var alerts: [String: [Alert]] = [:]
    private var checks: [String: ToetsingskaderCheck] = [:]

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

    /// The monitoring alerts on `day` over what `clearance` may see.
    func alerts(clearance: Classification, asOf day: Day) async throws -> [Alert] {
        let key = "\(clearance.rawValue) \(day.iso)"
        if let known = alerts[key] { return known }
        let computed = Monitor.check(try await registry(clearance: clearance), asOf: day)
        alerts[key] = computed
        return computed
    }

    /// The Toetsingskader check of a letter (the same text gives the same check).
    func toetsingskader(_ document: Document) -> ToetsingskaderCheck {
        if let known = checks[document.contentHash] { return known }
        let check = ToetsingskaderCheck(document: document)
        checks[document.contentHash] = check
        return check
    }

    /// Forgets the cached registry; the next page reads the database again.
    func invalidate() {
        cached = nil
        visible = [:]
        alerts = [:]
    }
}
