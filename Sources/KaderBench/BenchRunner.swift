import Foundation

/// Runs the benchmark at one corpus size: generates the letters, ingests them with the
/// real `kader` binary in child processes, serves them, and measures against the floors.
public struct BenchRunner: Sendable {
    /// The `kader` binary measured.
    public let kader: String
    /// The real corpus, from which letters are generated and which a new database loads.
    public let corpus: URL
    /// Where letters, databases and logs go; kept, so a second run reuses the letters.
    public let work: URL
    public let seed: UInt64
    public let loadSeconds: Int
    public let port: Int
    /// Requests timed one by one for the overview's percentiles (pages and searches take fewer).
    public let samples: Int
    /// How often each ingest and its two halves are timed, the fastest counting, at sizes up
    /// to `repeatedUpTo` letters (once above): one timing can land in a minute when the
    /// machine runs at two thirds of its speed, as grep's floor, the fastest of three, shows.
    public let ingestRuns: Int
    /// Above this many letters an ingest takes minutes, long enough to ride out a slow spell.
    public static let repeatedUpTo = 10_000
    /// Where the stage now running is told.
    public let say: @Sendable (String) -> Void

    /// The pages timed for their median, beside the overview.
    public static let pages = [
        "/", "/tijdlijn", "/missies/NMI", "/brieven/004_a5c8b23f8fb2d6ff", "/toezeggingen", "/zoeken?q=Erbil",
        "/api/v1/contributions", "/api/v1/alerts",
    ]
    /// Searches: mission and place names, and words common and rare.
    public static let queries = [
        "Erbil", "force protection", "Peshmerga", "motie", "helikopterdetachement", "trainers", "evaluatie",
        "Koerdistan", "NAVO", "ministerie",
    ]

    public init(
        kader: String, corpus: URL, work: URL, seed: UInt64, loadSeconds: Int = 10, port: Int = 18_481,
        samples: Int = 200, ingestRuns: Int = 3, say: @escaping @Sendable (String) -> Void
    ) {
        self.kader = kader
        self.corpus = corpus
        self.work = work
        self.seed = seed
        self.loadSeconds = loadSeconds
        self.port = port
        self.samples = samples
        self.ingestRuns = max(ingestRuns, 1)
        self.say = say
    }

    public func run(letters count: Int) throws -> BenchFigures {
        var figures = BenchFigures(letters: count)
        let folder = try letters(count)
        let run = work.appendingPathComponent("run-\(count)")
        try? FileManager.default.removeItem(at: run)
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        let bytes = Double(try Self.size(of: folder))
        figures.corpusMB = bytes / 1_000_000

        say("\(count): grep -E over \(Int(figures.corpusMB)) MB")
        let grep = try GrepFloor.seconds(folder: folder, log: run.appendingPathComponent("grep.log").path)
        figures.grepMBPerS = figures.corpusMB / grep

        let runs = count <= Self.repeatedUpTo ? ingestRuns : 1
        figures.ingestRuns = runs
        let times = runs == 1 ? "" : " (\(runs)×, de snelste telt)"
        say("\(count): ingest op 1 kern (one core)\(times)")
        let singleDatabase = run.appendingPathComponent("een-kern.sqlite")
        let single = try ingest(folder, jobs: 1, database: singleDatabase, run: run, runs: runs)
        figures.ingestMBPerS1core = figures.corpusMB / single.seconds
        figures.ingestLettersPerS1core = Double(count) / single.seconds
        figures.ingestVsGrep = single.seconds / grep
        say("\(count): de twee helften van ingest op 1 kern apart (extraction alone, SQLite alone)\(times)")
        let floors = try self.floors(folder, database: singleDatabase, run: run, runs: runs)
        figures.extractMBPerS1core = figures.corpusMB / floors.extractSeconds
        figures.storeFloorMBPerS = figures.corpusMB / floors.storeSeconds
        figures.ingestCeilingMBPerS1core = figures.corpusMB / (floors.extractSeconds + floors.storeSeconds)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        say("\(count): ingest op \(cores) kernen (all cores)\(times)")
        let database = run.appendingPathComponent("kader.sqlite")
        let all = try ingest(folder, jobs: cores, database: database, run: run, runs: runs)
        figures.ingestMBPerSAll = figures.corpusMB / all.seconds
        figures.ingestLettersPerSAll = Double(count) / all.seconds
        figures.peakRSSMB = max(single.peakRSSMB, all.peakRSSMB)
        figures.dbMB = Double(try Self.size(ofDatabase: database)) / 1_000_000

        say("\(count): kader check")
        // The ingests leave gigabytes of the file for the kernel to write back; timed while it
        // did, the check at 50,000 letters took 2.1 s where it takes 0.8-1.2 s once written.
        for written in [singleDatabase, database] { try FileHandle(forReadingFrom: written).synchronize() }
        let check = try ChildProcess.run(
            kader, ["check", "--db", database.path, "--corpus", corpus.path],
            log: run.appendingPathComponent("check.log").path)
        figures.checkS = check.seconds

        try serve(database, run: run, into: &figures)
        return figures
    }

    /// The generated letters of this size and seed, made once and kept.
    func letters(_ count: Int) throws -> URL {
        let folder = work.appendingPathComponent("brieven-\(count)-seed-\(seed)")
        let done = folder.appendingPathComponent(".klaar")
        if FileManager.default.fileExists(atPath: done.path) { return folder }
        say("\(count): brieven maken (generating letters)")
        try? FileManager.default.removeItem(at: folder)
        try CorpusGenerator(corpusFolder: corpus).write(count: count, seed: seed, to: folder)
        try Data().write(to: done)
        return folder
    }

    /// `kader ingest` of `folder` into a new `database`, `runs` times: the fastest run's
    /// seconds, with the highest peak memory of them all.
    func ingest(_ folder: URL, jobs: Int, database: URL, run: URL, runs: Int) throws -> ChildRun {
        let log = run.appendingPathComponent("ingest-\(jobs).log").path
        var fastest: ChildRun?
        var peak = 0.0
        for _ in 0..<max(runs, 1) {
            // Into a file of its own each time: one that holds the letters skips them all.
            Self.removeDatabase(at: database.path)
            let result = try ChildProcess.run(
                kader,
                [
                    "ingest", "--jobs", "\(jobs)", "--quiet", "--db", database.path, "--corpus", corpus.path,
                    folder.path,
                ],
                log: log)
            guard result.exitStatus == 0 else {
                throw BenchError("kader ingest faalde (failed, status \(result.exitStatus)), zie \(log)")
            }
            peak = max(peak, result.peakRSSMB)
            if result.seconds < fastest?.seconds ?? .infinity { fastest = result }
        }
        return ChildRun(seconds: fastest!.seconds, peakRSSMB: peak, exitStatus: 0)
    }

    /// `kader bench floors` over the letters and the file ingested from them, `runs` times:
    /// each half at its fastest.
    func floors(_ folder: URL, database: URL, run: URL, runs: Int) throws -> IngestFloors {
        let log = run.appendingPathComponent("floors.log").path
        var fastest: IngestFloors?
        for _ in 0..<max(runs, 1) {
            let split = try ChildProcess.run(kader, ["bench", "floors", "--db", database.path, folder.path], log: log)
            guard split.exitStatus == 0 else {
                throw BenchError("kader bench floors faalde (failed, status \(split.exitStatus)), zie \(log)")
            }
            var floors = try IngestFloors.read(log: log)
            if let earlier = fastest {
                floors.extractSeconds = min(floors.extractSeconds, earlier.extractSeconds)
                floors.storeSeconds = min(floors.storeSeconds, earlier.storeSeconds)
            }
            fastest = floors
        }
        return fastest!
    }

    /// Latencies one request at a time, then throughput under wrk, then the static floor.
    func serve(_ database: URL, run: URL, into figures: inout BenchFigures) throws {
        let count = figures.letters
        say("\(count): kader serve")
        let server = try ChildProcess.start(
            kader, ["serve", "--port", "\(port)", "--db", database.path, "--corpus", corpus.path],
            log: run.appendingPathComponent("serve.log").path)
        let measured: LoadGenerator.Summary?
        do {
            defer { server.stop() }
            measured = try measureKader(into: &figures)
        }
        guard let measured else { return }
        guard StaticServer.available else {
            say("nginx ontbreekt: geen statische vloer (nginx missing: no static floor)")
            return
        }
        say("\(count): nginx, statische vloer")
        let page = Data(repeating: UInt8(ascii: "x"), count: max(1, figures.overviewBytes))
        let nginx = try StaticServer.start(folder: run.appendingPathComponent("nginx"), port: port + 1, body: page)
        defer { nginx.stop() }
        let floor = try LoadGenerator(seconds: loadSeconds).run(
            "http://127.0.0.1:\(port + 1)/page.html", log: run.appendingPathComponent("static").path)
        figures.staticRequestsPerS = floor.requestsPerSecond
        figures.vsStatic = measured.requestsPerSecond / floor.requestsPerSecond
    }

    /// The served pages of a running `kader serve`; nil load figures when wrk is missing.
    func measureKader(into figures: inout BenchFigures) throws -> LoadGenerator.Summary? {
        let count = figures.letters
        let run = work.appendingPathComponent("run-\(count)")
        let probe = HTTPProbe(port: port)
        guard probe.waitUntilUp(timeout: 600) else { throw BenchError("kader serve start niet (did not start)") }
        _ = try probe.sample("/", count: 5)
        let overview = try probe.sample("/", count: samples)
        figures.overviewP50Ms = percentile(overview, 0.5)
        figures.overviewP99Ms = percentile(overview, 0.99)
        figures.overviewBytes = probe.get("/")?.bytes ?? 0
        for page in Self.pages {
            _ = try probe.sample(page, count: 2)
            figures.pagesP50Ms[page] = percentile(try probe.sample(page, count: min(30, samples)), 0.5)
        }
        say("\(count): zoeken (search)")
        var searches: [Double] = []
        for query in Self.queries {
            let path =
                "/api/v1/search?q=" + (query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query)
            _ = try probe.sample(path, count: 1)
            searches += try probe.sample(path, count: min(10, samples))
        }
        figures.searchP50Ms = percentile(searches, 0.5)
        figures.searchP95Ms = percentile(searches, 0.95)

        guard LoadGenerator.available else {
            say("wrk ontbreekt: geen lastmeting (wrk missing: no load figures)")
            return nil
        }
        say("\(count): wrk \(loadSeconds) s, 64 verbindingen")
        let measured = try LoadGenerator(seconds: loadSeconds).run(
            "http://127.0.0.1:\(port)/", log: run.appendingPathComponent("load").path)
        figures.requestsPerS = measured.requestsPerSecond
        figures.loadP99Ms = measured.p99ms
        figures.loadErrors = measured.errors
        return measured
    }

    static func size(of folder: URL) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.reduce(0) {
            total, name in
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            return total + ((attributes[.size] as? Int) ?? 0)
        }
    }

    /// Removes a SQLite file with its write-ahead log and shared-memory file, where they are.
    public static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The database file with its write-ahead log.
    static func size(ofDatabase database: URL) throws -> Int {
        [database.path, database.path + "-wal"].reduce(0) { total, path in
            total + (((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0)
        }
    }
}
