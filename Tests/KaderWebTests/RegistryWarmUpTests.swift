import Foundation
import KaderCore
import KaderStore
import KaderTestSupport
import Logging
import Synchronization
import Testing

@testable import KaderWeb

/// The registry is read as the server starts, not by the first person to open a page.
@Suite struct RegistryWarmUpTests {
    @Test func aWarmedCacheServesTheFirstPagesWithoutReadingTheRegistryAgain() async throws {
        try await withCorpusRegistry { repository in
            let (cache, loads) = countingCache(over: repository)
            let log = CapturedLog()
            await RegistryWarmUp(cache: cache, logger: log.logger).warm()
            #expect(loads.count == 1)
            let letters = try await repository.load(texts: false).documents
            // What the first pages ask for, at every clearance: no second read.
            for clearance in Classification.allCases {
                let visible = letters.filter { $0.classification <= clearance }
                #expect(try await cache.documents(clearance: clearance).count == visible.count)
                _ = try await cache.alerts(clearance: clearance, asOf: Day.today())
            }
            #expect(try await cache.registry().documents.map(\.id) == letters.map(\.id))
            #expect(loads.count == 1)
            #expect(log.lines.contains("info register gelezen (registry read) letters=\(letters.count)"))
        }
    }

    @Test func aWarmUpThatCannotReadTheRegistryLogsItAndTheFirstPageReadsIt() async throws {
        try await withCorpusRegistry { repository in
            let (cache, loads) = countingCache(over: repository, failingFirst: true)
            let log = CapturedLog()
            await RegistryWarmUp(cache: cache, logger: log.logger).warm()
            #expect(log.lines.contains { $0.hasPrefix("warning register niet vooraf gelezen") })
            let read = try await cache.registry().documents
            #expect(!read.isEmpty)
            #expect(loads.count == 2)
        }
    }

    /// A cache that reads the registry from `repository` and counts its reads; with
    /// `failingFirst`, the first read fails as a database that is gone would.
    private func countingCache(over repository: RegistryRepository, failingFirst: Bool = false)
        -> (RegistryCache, ReadCounter)
    {
        let loads = ReadCounter()
        let cache = RegistryCache(
            repository: repository,
            load: {
                if loads.next() == 1, failingFirst { throw StoreError("de database is even weg") }
                return try await repository.load(texts: false)
            })
        return (cache, loads)
    }

    /// A repository over a real SQLite or PostgreSQL database holding the curated registry
    /// and the corpus letters.
    private func withCorpusRegistry(_ body: (RegistryRepository) async throws -> Void) async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        do {
            try await Migrator(database: database).migrate()
            let repository = RegistryRepository(database: database)
            try await repository.insert(try Corpus.iraqRegistry())
            try await body(repository)
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}

/// How many times the registry was read.
final class ReadCounter: Sendable {
    private let reads = Mutex(0)

    var count: Int { reads.withLock { $0 } }

    /// Counts a read; returns its number, from 1.
    func next() -> Int {
        reads.withLock {
            $0 += 1
            return $0
        }
    }
}

/// Log lines as "level message key=value …" (metadata but the seconds, sorted by key).
final class CapturedLog: Sendable {
    private let captured = Mutex<[String]>([])

    var lines: [String] { captured.withLock { $0 } }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(log: self) }
    }

    fileprivate func append(_ line: String) { captured.withLock { $0.append(line) } }

    private struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let pairs = (event.metadata ?? [:]).filter { $0.key != "seconds" }.sorted { $0.key < $1.key }
                .map { " \($0.key)=\($0.value)" }.joined()
            log.append("\(event.level) \(event.message)\(pairs)")
        }
    }
}
