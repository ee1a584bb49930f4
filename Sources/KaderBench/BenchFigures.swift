import Foundation

/// The figures of one benchmark run at one corpus size; the JSON keys are the ones the
/// performance issue names, plus the floors and per-page medians they were measured against.
public struct BenchFigures: Encodable, Sendable {
    public var letters: Int
    public var corpusMB: Double = 0
    public var ingestMBPerS1core: Double = 0
    public var ingestLettersPerS1core: Double = 0
    public var ingestMBPerSAll: Double = 0
    public var ingestLettersPerSAll: Double = 0
    /// How often each ingest and its halves were timed; the fastest counts.
    public var ingestRuns: Int = 1
    /// Reading and extracting alone, on one core (`IngestFloors`).
    public var extractMBPerS1core: Double = 0
    /// SQLite alone storing the same letters and facts (`IngestFloors`).
    public var storeFloorMBPerS: Double = 0
    /// The two halves one after the other: one-core ingest's ceiling while neither gets faster.
    public var ingestCeilingMBPerS1core: Double = 0
    public var grepMBPerS: Double = 0
    /// Kader's single-core ingest time over grep's: 1 is the floor.
    public var ingestVsGrep: Double = 0
    public var peakRSSMB: Double = 0
    public var dbMB: Double = 0
    public var searchP50Ms: Double = 0
    public var searchP95Ms: Double = 0
    public var overviewP50Ms: Double = 0
    public var overviewP99Ms: Double = 0
    public var overviewBytes: Int = 0
    /// Median milliseconds of each page, by path.
    public var pagesP50Ms: [String: Double] = [:]
    public var requestsPerS: Double?
    public var loadP99Ms: Double?
    public var loadErrors: Int?
    public var staticRequestsPerS: Double?
    /// Kader's requests/s over the static server's: 1 is the floor.
    public var vsStatic: Double?
    public var checkS: Double = 0

    public init(letters: Int) {
        self.letters = letters
    }

    enum CodingKeys: String, CodingKey {
        case letters
        case corpusMB = "corpus_mb"
        case ingestMBPerS1core = "ingest_mb_per_s_1core"
        case ingestLettersPerS1core = "ingest_letters_per_s_1core"
        case ingestMBPerSAll = "ingest_mb_per_s_all"
        case ingestLettersPerSAll = "ingest_letters_per_s_all"
        case ingestRuns = "ingest_runs"
        case extractMBPerS1core = "extract_mb_per_s_1core"
        case storeFloorMBPerS = "store_floor_mb_per_s"
        case ingestCeilingMBPerS1core = "ingest_ceiling_mb_per_s_1core"
        case grepMBPerS = "grep_mb_per_s"
        case ingestVsGrep = "ingest_vs_grep"
        case peakRSSMB = "peak_rss_mb"
        case dbMB = "db_mb"
        case searchP50Ms = "search_p50_ms"
        case searchP95Ms = "search_p95_ms"
        case overviewP50Ms = "overview_p50_ms"
        case overviewP99Ms = "overview_p99_ms"
        case overviewBytes = "overview_bytes"
        case pagesP50Ms = "pages_p50_ms"
        case requestsPerS = "requests_per_s"
        case loadP99Ms = "load_p99_ms"
        case loadErrors = "load_errors"
        case staticRequestsPerS = "static_requests_per_s"
        case vsStatic = "vs_static"
        case checkS = "check_s"
    }

    /// A figure that could not be measured (NaN, as from no samples) is written as null:
    /// JSON has no NaN, and one missing figure must not lose the others.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        func put(_ value: Double?, _ key: CodingKeys) throws {
            if let value, value.isFinite {
                try container.encode(value, forKey: key)
            } else {
                try container.encodeNil(forKey: key)
            }
        }
        try container.encode(letters, forKey: .letters)
        try put(corpusMB, .corpusMB)
        try put(ingestMBPerS1core, .ingestMBPerS1core)
        try put(ingestLettersPerS1core, .ingestLettersPerS1core)
        try put(ingestMBPerSAll, .ingestMBPerSAll)
        try put(ingestLettersPerSAll, .ingestLettersPerSAll)
        try container.encode(ingestRuns, forKey: .ingestRuns)
        try put(extractMBPerS1core, .extractMBPerS1core)
        try put(storeFloorMBPerS, .storeFloorMBPerS)
        try put(ingestCeilingMBPerS1core, .ingestCeilingMBPerS1core)
        try put(grepMBPerS, .grepMBPerS)
        try put(ingestVsGrep, .ingestVsGrep)
        try put(peakRSSMB, .peakRSSMB)
        try put(dbMB, .dbMB)
        try put(searchP50Ms, .searchP50Ms)
        try put(searchP95Ms, .searchP95Ms)
        try put(overviewP50Ms, .overviewP50Ms)
        try put(overviewP99Ms, .overviewP99Ms)
        try container.encode(overviewBytes, forKey: .overviewBytes)
        try container.encode(pagesP50Ms.filter { $0.value.isFinite }, forKey: .pagesP50Ms)
        try put(requestsPerS, .requestsPerS)
        try put(loadP99Ms, .loadP99Ms)
        try container.encodeIfPresent(loadErrors, forKey: .loadErrors)
        try put(staticRequestsPerS, .staticRequestsPerS)
        try put(vsStatic, .vsStatic)
        try put(checkS, .checkS)
    }
}

/// Every run of one `kader bench`, printed as JSON or as a table.
public struct BenchReport: Encodable, Sendable {
    public var runs: [BenchFigures]

    public init(runs: [BenchFigures]) {
        self.runs = runs
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// One column per corpus size, one row per figure (Markdown, so the README can hold it).
    public func table() -> String {
        func format(_ value: Double?, _ digits: Int = 1) -> String {
            guard let value, value.isFinite else { return "—" }
            return String(format: "%.\(digits)f", value)
        }
        let rows: [(String, (BenchFigures) -> String)] = [
            ("brieven (letters)", { String($0.letters) }),
            ("corpus (MB)", { format($0.corpusMB) }),
            ("ingest gemeten (keer; de snelste telt)", { String($0.ingestRuns) }),
            ("ingest 1 kern (MB/s)", { format($0.ingestMBPerS1core) }),
            ("ingest 1 kern (brieven/s)", { format($0.ingestLettersPerS1core, 0) }),
            ("ingest alle kernen (MB/s)", { format($0.ingestMBPerSAll) }),
            ("ingest alle kernen (brieven/s)", { format($0.ingestLettersPerSAll, 0) }),
            ("alleen lezen en ontleden, 1 kern (MB/s)", { format($0.extractMBPerS1core) }),
            ("alleen opslaan, vloer van SQLite (MB/s)", { format($0.storeFloorMBPerS) }),
            ("beide na elkaar: plafond 1 kern (MB/s)", { format($0.ingestCeilingMBPerS1core) }),
            ("grep -E, vloer (MB/s)", { format($0.grepMBPerS) }),
            ("ingest ÷ grep (×)", { format($0.ingestVsGrep) }),
            ("piekgeheugen ingest (MB)", { format($0.peakRSSMB) }),
            ("database (MB)", { format($0.dbMB) }),
            ("zoeken p50 (ms)", { format($0.searchP50Ms, 2) }),
            ("zoeken p95 (ms)", { format($0.searchP95Ms, 2) }),
            ("overzicht p50 (ms)", { format($0.overviewP50Ms, 2) }),
            ("overzicht p99 (ms)", { format($0.overviewP99Ms, 2) }),
            ("verzoeken/s onder last (wrk, 64)", { format($0.requestsPerS, 0) }),
            ("p99 onder last (ms)", { format($0.loadP99Ms) }),
            ("statische vloer, nginx (verzoeken/s)", { format($0.staticRequestsPerS, 0) }),
            ("Kader ÷ statisch", { format($0.vsStatic, 2) }),
            ("kader check (s)", { format($0.checkS, 2) }),
        ]
        // 0 generated letters: the real corpus alone.
        var lines = [
            "| figuur | " + runs.map { $0.letters == 0 ? "corpus" : "\($0.letters)" }.joined(separator: " | ") + " |"
        ]
        lines.append("|---|" + runs.map { _ in "---:|" }.joined())
        for (name, value) in rows.dropFirst() {
            lines.append("| \(name) | " + runs.map(value).joined(separator: " | ") + " |")
        }
        let paths = Set(runs.flatMap { $0.pagesP50Ms.keys }).sorted()
        for path in paths {
            lines.append(
                "| pagina \(path) p50 (ms) | " + runs.map { format($0.pagesP50Ms[path], 2) }.joined(separator: " | ")
                    + " |")
        }
        return lines.joined(separator: "\n")
    }
}
