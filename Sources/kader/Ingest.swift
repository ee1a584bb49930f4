import ArgumentParser
import Foundation
import KaderCore
import KaderIngest
import KaderStore
import Synchronization

/// `kader ingest FILE|FOLDER...`: reads letters, extracts their candidate facts and stores both.
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lees brieven (.txt, .pdf, .html) in en sla ze op met hun voorgestelde feiten.",
        discussion: """
            Een map staat voor alle brieven erin, op naam. De brieven worden per portie (32 per \
            taak) in één transactie opgeslagen, en pas daarna gemeld; een brief die er al is \
            (zelfde tekst) wordt overgeslagen. Van een bestand \
            dat niet gelezen kan worden, wordt niets opgeslagen; de opdracht eindigt dan met een \
            foutcode. De brieven worden in kleine porties gelezen, dus het geheugen blijft gelijk \
            hoeveel brieven het ook zijn. Lezen en ontleden lopen met een lagere prioriteit \
            (nice 10) dan het opslaan.
            """)

    /// Letters per job in a batch, which is one transaction. Each commit has the full-text
    /// index write its pending words out as a segment, later merged with the others: with 8
    /// a job, ingest spent 9% more CPU time (300 generated letters) than with 32. With 64 it
    /// measured no faster (FTS5 writes a segment anyway once 1 MB of words is pending) and
    /// held more letters in memory: 66 MB at most with 32 on one core, 71 with 64, 55 with 8.
    static let lettersPerJob = 32

    /// `paths` in the batches that are read together and stored in one transaction.
    static func batches(of paths: [String], jobs: Int) -> [[String]] {
        let size = jobs * lettersPerJob
        return stride(from: 0, to: paths.count, by: size).map { Array(paths[$0..<min($0 + size, paths.count)]) }
    }

    @Argument(help: "De bestanden met brieven, of mappen met brieven.")
    var files: [String]

    @Option(help: "Hoeveel brieven tegelijk worden gelezen en ontleed (standaard: het aantal kernen).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Meld alleen fouten en het totaal, niet elke brief.")
    var quiet = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs moet minstens 1 zijn (at least 1)") }
    }

    func run() async throws {
        let paths = try LetterReader.letterFiles(files)
        let progress = ProgressBar(total: paths.count, enabled: paths.count > 1 && !quiet)
        let batches = Self.batches(of: paths, jobs: jobs)
        var tally = (stored: 0, skipped: 0, failed: 0, done: 0)
        try await store.withStore { database in
            let repository = CandidateRepository(database: database)
            // With more than one job the next batch is read while this one is stored; with
            // one, everything happens in turn on one core. (Two batches ahead measured no
            // faster and held 10 MB more.)
            let ahead = jobs > 1 ? 1 : 0
            var pending: [Task<[LetterFiles.Outcome], Never>] = []
            for index in batches.indices {
                while index + pending.count < batches.count, pending.count <= ahead {
                    pending.append(LetterFiles.extract(batches[index + pending.count], jobs: jobs))
                }
                let outcomes = await pending.removeFirst().value
                let letters = outcomes.compactMap { try? $0.result.get() }.map {
                    (document: $0.document, candidates: $0.facts)
                }
                // The batch in one transaction; should that fail, each letter on its own, so
                // that one bad letter does not cost the others.
                let stored: [Result<LetterStoreOutcome, any Error>]
                if let together = try? await repository.storeLetters(letters) {
                    stored = together.map { .success($0) }
                } else {
                    var each: [Result<LetterStoreOutcome, any Error>] = []
                    for letter in letters {
                        do {
                            each.append(
                                .success(
                                    try await repository.storeLetter(letter.document, candidates: letter.candidates)))
                        } catch { each.append(.failure(error)) }
                    }
                    stored = each
                }
                var storedResults = stored.makeIterator()
                for outcome in outcomes {
                    let name = (outcome.path as NSString).lastPathComponent
                    tally.done += 1
                    progress.show(tally.done, label: name)
                    guard case .success = outcome.result, let result = storedResults.next() else {
                        if case .failure(let error) = outcome.result {
                            progress.clear()
                            Console.error("fout: \(error)")
                            tally.failed += 1
                        }
                        continue
                    }
                    switch result {
                    case .success(.stored(let id, let count)):
                        tally.stored += 1
                        if !quiet { Console.line("\(name): opgeslagen als \(id) met \(count) voorgestelde feiten") }
                    case .success(.alreadyStored(let id)):
                        tally.skipped += 1
                        if !quiet { Console.line("\(name): overgeslagen, deze brief is er al (als \(id))") }
                    case .failure(let error):
                        progress.clear()
                        Console.error("fout: \(name): kan niet opslaan (cannot store): \(error)")
                        tally.failed += 1
                    }
                }
            }
        }
        progress.finish()
        if quiet || paths.count > 1 {
            Console.line("\(tally.stored) opgeslagen, \(tally.skipped) overgeslagen, \(tally.failed) mislukt")
        }
        if tally.failed > 0 {
            Console.error("\(tally.failed) van \(paths.count) bestanden mislukt (\(tally.failed) failed)")
            throw ExitCode(1)
        }
    }
}

/// The letter files of the command line, read and extracted in parallel.
enum LetterFiles {
    /// One file's extraction, or why it failed.
    struct Outcome: Sendable {
        let path: String
        let result: Result<Extraction, any Error>
    }

    /// Reads and extracts `paths` with at most `jobs` at once; the outcomes keep their order.
    ///
    /// On threads of their own, each taking the next file not yet taken, at a lower priority
    /// (`niceness`) than the store. The store works on one thread and was the slower half of
    /// ingest on two cores: with the next batch extracted on two threads beside it, the three
    /// shared the two cores alike, the store took 1.73 s of 1.9 s for 1,000 letters instead of
    /// its 1.22 s alone, and the processors were busy 150–155% of the time (1.73–1.89 s in
    /// all). Behind the store, extraction takes what the store leaves: 1.53–1.93 s (mean 1.68
    /// against 1.82), 165–171% busy.
    static func extract(_ paths: [String], jobs: Int) -> Task<[Outcome], Never> {
        Task.detached {
            let threads = min(jobs, paths.count)
            guard threads > 0 else { return [] }
            return await withCheckedContinuation { continuation in
                let outcomes = OutcomeSlots(count: paths.count)
                let next = Atomic<Int>(0)
                let running = Atomic<Int>(threads)
                for _ in 0..<threads {
                    let thread = Thread {
                        // On Linux a thread's nice value is its own (elsewhere it is the
                        // process's, and would slow the store with it).
                        #if os(Linux)
                            setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
                        #endif
                        while true {
                            let index = next.add(1, ordering: .relaxed).oldValue
                            guard index < paths.count else { break }
                            outcomes.put(one(paths[index]), at: index)
                        }
                        if running.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 {
                            continuation.resume(returning: outcomes.all)
                        }
                    }
                    // As deep as a thread of Swift's own pool, where extraction ran before.
                    thread.stackSize = 8 << 20
                    thread.start()
                }
            }
        }
    }

    /// The nice value of the extracting threads (the store's stays 0): 5 measured as fast.
    static let niceness: Int32 = 10

    /// One slot per file, each written by the one thread that took the file, and read by the
    /// thread that finishes last (after the others' writes: the count of running threads is
    /// lowered with acquire and release).
    private final class OutcomeSlots: @unchecked Sendable {
        /// Memory of its own, not an array: threads writing into one array at once would each
        /// go through the array's check that it is not shared.
        private let slots: UnsafeMutableBufferPointer<Outcome?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            _ = slots.deinitialize()
            slots.deallocate()
        }

        func put(_ outcome: Outcome, at index: Int) { slots[index] = outcome }

        var all: [Outcome] { slots.compactMap { $0 } }
    }

    static func one(_ path: String) -> Outcome {
        Outcome(
            path: path,
            result: Result {
                LetterExtractor().extract(
                    try LetterReader(hash: CryptoHash.sha256Hex).read(fileAt: URL(fileURLWithPath: path)))
            })
    }
}
