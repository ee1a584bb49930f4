import Hummingbird
import KaderCore
import KaderStore

/// The registry as last read from the database, shared by all pages.
///
/// Pages read far more often than anyone writes, so the whole registry is kept in memory
/// and read again only after a write: this server's writes call `invalidate()`, and other
/// processes' writes (`kader ingest`) are noticed within `recheck` by the registry's version.
/// Letters are kept without their text (tens of thousands would not fit);
/// `document(id:for:)` reads one with it. They outlive a write: the next load reads again
/// only the letters changed since (`LetterHeads`, `RegistryRepository.load(keeping:)`).
actor RegistryCache {
    private let repository: RegistryRepository
    /// Reads the registry without texts, reusing the letters given except those changed
    /// since; tests replace it to hold a read under way.
    private let loadRegistry: @Sendable (LetterHeads?) async throws -> (Registry, LetterHeads?)
    /// Reads the registry's version (`RegistryVersion`), at most once per `recheck`.
    private let readVersion: @Sendable () async throws -> String
    private let recheck: Duration
    private var knownVersion: String?
    private var checkedAt: ContinuousClock.Instant?
    private var cached: Registry?
    /// The `documents_version` of the cached registry's letters (nil when unknown).
    private var cachedLetters: Int?
    /// The newest letters read, kept across writes for the next load to reuse.
    private var heads: LetterHeads?
    /// The registry as each clearance sees it, made once per load.
    private var visible: [Classification: Registry] = [:]
    /// The visible documents by id, per clearance: pages look letters up on every request.
    /// Each with the generation it was made in and its letters' version (nil when unknown):
    /// kept across writes while the letters stand, since at 50,000 letters making one (and
    /// freeing the last) was 0.1 s of the first page after every write.
    private var indexes: [Classification: (generation: Int, letters: Int?, index: LettersByID)] = [:]
    /// The alerts per clearance and day, and the Toetsingskader check per letter: pure
    /// functions of the registry, so kept until the next write.
    private var alerts: [String: [Alert]] = [:]
    private var checks: [String: ToetsingskaderCheck] = [:]
    /// Filled page templates by page, clearance and query: drawing a page costs far more
    /// than serving it, and it changes only with the registry.
    private var pages: [String: KeptPage] = [:]
    /// API bodies that follow from the registry and a clearance alone, encoded once.
    private var bodies: [String: ByteBuffer] = [:]
    /// Counts the writes, so that nothing read before a write is kept after it.
    private var generation = 0
    /// The read of the registry under way, shared by every page that asks meanwhile: after
    /// a write, many requests arrive at once and one read serves them all.
    private var loading: (generation: Int, task: Task<(Registry, Int?), any Error>)?

    init(repository: RegistryRepository, recheck: Duration = .seconds(1)) {
        self.repository = repository
        self.recheck = recheck
        self.loadRegistry = { kept in try await repository.load(keeping: kept) }
        self.readVersion = { try await RegistryVersion.current(in: repository.database) }
    }

    /// A cache whose registry `load` reads, every letter each time.
    init(
        repository: RegistryRepository, recheck: Duration = .seconds(1),
        load: @escaping @Sendable () async throws -> Registry,
        version: @escaping @Sendable () async throws -> String = { "0" }
    ) {
        self.repository = repository
        self.recheck = recheck
        self.loadRegistry = { _ in (try await load(), nil) }
        self.readVersion = version
    }

    /// Forgets everything when another process wrote since the last look. The version is
    /// read before any registry read that follows, so what is then read is at least as new.
    private func noticeOtherWriters() async {
        let now = ContinuousClock.now
        if let checkedAt, now - checkedAt < recheck { return }
        checkedAt = now
        // An unreadable version leaves the cache as it is; the next look tries again.
        guard let version = try? await readVersion() else { return }
        if let knownVersion, version != knownVersion { invalidate() }
        knownVersion = version
    }

    func registry() async throws -> Registry {
        await noticeOtherWriters()
        if let cached { return cached }
        // The actor is reentrant: a write may land while the read awaits the database, and
        // a registry read before it must then not be kept, or the write would seem lost.
        let drawn = generation
        let task: Task<(Registry, Int?), any Error>
        if let loading, loading.generation == drawn {
            task = loading.task
        } else {
            let load = loadRegistry
            let kept = heads
            task = Task {
                let (registry, read) = try await load(kept)
                // The task runs on this actor, which keeps the letters at once.
                if let read { self.keep(read) }
                return (registry, read?.version)
            }
            loading = (drawn, task)
        }
        do {
            let (loaded, letters) = try await task.value
            if generation == drawn {
                cached = loaded
                cachedLetters = letters
                loading = nil
            }
            return loaded
        } catch {
            if loading?.generation == drawn { loading = nil }
            throw error
        }
    }

    /// Keeps the newest letters read: a load that began earlier may end later.
    private func keep(_ read: LetterHeads) {
        if let heads, heads.version > read.version { return }
        heads = read
    }

    /// What the asker may see: nothing above their clearance (openbaar when anonymous).
    func registry(for context: KaderRequestContext) async throws -> Registry {
        try await registry(clearance: context.clearance)
    }

    func registry(clearance: Classification) async throws -> Registry {
        await noticeOtherWriters()
        if let seen = visible[clearance] { return seen }
        let drawn = generation
        let shown = try await registry().visible(to: clearance)
        if generation == drawn { visible[clearance] = shown }
        return shown
    }

    /// The documents `clearance` may see, by id (without their texts).
    func documents(clearance: Classification) async throws -> LettersByID {
        await noticeOtherWriters()
        if let kept = indexes[clearance], kept.generation == generation { return kept.index }
        let drawn = generation
        let shown = try await registry(clearance: clearance)
        // A write overtook the read: what was read is not kept.
        guard generation == drawn else { return LettersByID(shown.documents) }
        // Still the generation it was drawn in: the cached registry is the one shown.
        if let kept = indexes[clearance], let letters = kept.letters, letters == cachedLetters {
            indexes[clearance] = (drawn, letters, kept.index)
            return kept.index
        }
        let index = LettersByID(shown.documents, reusing: indexes[clearance]?.index)
        // Indexes of other letters, from an earlier generation, are of no more use.
        indexes = indexes.filter {
            $0.value.generation == drawn || ($0.value.letters != nil && $0.value.letters == cachedLetters)
        }
        indexes[clearance] = (drawn, cachedLetters, index)
        return index
    }

    /// The registry the asker may see with every letter's whole text, read anew: for the
    /// exports and reports that quote them.
    func registryWithTexts(for context: KaderRequestContext) async throws -> Registry {
        try await repository.load(texts: true).visible(to: context.clearance)
    }

    /// A letter the asker may see, with its text; nil when there is none or it is hidden.
    func document(id: String, for context: KaderRequestContext) async throws -> Document? {
        guard try await documents(clearance: context.clearance)[id] != nil else { return nil }
        return try await repository.document(id: id)
    }

    /// The monitoring alerts on `day` over what `clearance` may see.
    func alerts(clearance: Classification, asOf day: Day) async throws -> [Alert] {
        let key = "\(clearance.rawValue) \(day.iso)"
        await noticeOtherWriters()
        if let known = alerts[key] { return known }
        let drawn = generation
        let computed = Monitor.check(try await registry(clearance: clearance), asOf: day)
        if generation == drawn {
            // Any day may be asked for.
            Self.keep(computed, as: key, in: &alerts)
        }
        return computed
    }

    /// The Toetsingskader check of a letter (the same text gives the same check).
    func toetsingskader(_ document: Document) -> ToetsingskaderCheck {
        if let known = checks[document.contentHash] { return known }
        let check = ToetsingskaderCheck(document: document)
        checks[document.contentHash] = check
        return check
    }

    /// A filled template kept under `key`, and the generation to hand back to `keep`.
    func page(_ key: String) async -> (page: KeptPage?, generation: Int) {
        await noticeOtherWriters()
        return (pages[key], generation)
    }

    /// Keeps a filled template, unless a write came after it was drawn.
    func keep(page: KeptPage, as key: String, generation drawn: Int) {
        guard drawn == generation else { return }
        Self.keep(page, as: key, in: &pages)
    }

    /// An API body kept under `key`, and the generation to hand back to `keep(body:)`.
    func body(_ key: String) async -> (body: ByteBuffer?, generation: Int) {
        await noticeOtherWriters()
        return (bodies[key], generation)
    }

    /// Keeps an encoded API body, unless a write came after it was drawn.
    func keep(body: ByteBuffer, as key: String, generation drawn: Int) {
        guard drawn == generation else { return }
        Self.keep(body, as: key, in: &bodies)
    }

    /// Bounded: peildatum, period and day queries are endless.
    private static func keep<Value>(_ value: Value, as key: String, in store: inout [String: Value]) {
        if store.count >= 512 { store = [:] }
        store[key] = value
    }

    /// Forgets the cached registry; the next page reads the database again.
    func invalidate() {
        generation += 1
        loading = nil
        pages = [:]
        bodies = [:]
        cached = nil
        cachedLetters = nil
        visible = [:]
        alerts = [:]
    }
}

/// A filled template as kept: its HTML for a signed-in user's page, and the page as sent to
/// someone not signed in, ready to go out as it is.
struct KeptPage: Sendable {
    let html: String
    let anonymous: ByteBuffer
}
