import Foundation
import KaderStore
import KaderTestSupport
import Testing

/// `kader bench gen`, the parallel streaming `kader ingest` it feeds, and `kader bench`
/// itself at a small size, run as the built binary.
@Suite(.serialized) struct BenchCommandTests {
    private func files(_ folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        return Dictionary(
            uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    private func candidates(_ database: String) async throws -> [String] {
        let opened = try await KaderDatabase.openSQLite(path: database)
        let facts = try await CandidateRepository(database: opened).candidates()
        await opened.close()
        return facts.map { "\($0.id) \($0.value) \($0.provenance)" }
    }

    /// Generates `count` letters into `brieven` in `folder`; returns an empty corpus folder
    /// beside them, so that a new database's first start loads nothing.
    private func generate(_ count: Int, seed: String, in folder: TemporaryFolder) throws -> URL {
        let empty = folder.url.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let made = try KaderBinary.run(
            [
                "bench", "gen", "--letters", "\(count)", "--seed", seed, "--out", "brieven", "--corpus",
                Corpus.folder.path,
            ],
            in: folder.url)
        #expect(made.status == 0, "\(made.errors)")
        return empty
    }

    @Test func theSameSeedWritesTheSameLettersAndAnotherSeedOthers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (name, seed) in [("a", "7"), ("b", "7"), ("c", "8")] {
            let run = try KaderBinary.run(
                ["bench", "gen", "--letters", "25", "--seed", seed, "--out", name, "--corpus", Corpus.folder.path],
                in: folder.url)
            #expect(run.status == 0, "\(run.errors)")
        }
        let a = try files(folder.url.appendingPathComponent("a"))
        #expect(a.count == 25)
        #expect(a == (try files(folder.url.appendingPathComponent("b"))))
        let c = try files(folder.url.appendingPathComponent("c"))
        #expect(Set(c.keys) == Set(a.keys))
        #expect(c.filter { a[$0.key] == $0.value }.isEmpty)
        // Recombined from the corpus: each letter is as long as a real one and reads like one.
        for text in a.values.map({ String(decoding: $0, as: UTF8.self) }) {
            #expect(text.utf8.count > 10_000)
            #expect(text.contains("artikel 100") || text.contains("Kamer"))
        }
    }

    /// 70 letters: three batches one after the other with one job, two with two (the second
    /// extracted while the first is stored), one with four threads of extraction.
    @Test func ingestingAFolderWithOneTwoOrFourJobsStoresTheSameFacts() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let empty = try generate(70, seed: "3", in: folder)
        var stored: [[String]] = []
        for jobs in ["1", "2", "4"] {
            let database = folder.url.appendingPathComponent("jobs-\(jobs).sqlite").path
            let run = try KaderBinary.run(
                ["ingest", "--jobs", jobs, "--quiet", "--db", database, "--corpus", empty.path, "brieven"],
                in: folder.url)
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.output.contains("70 opgeslagen, 0 overgeslagen, 0 mislukt"), "\(run.output)")
            stored.append(try await candidates(database))
        }
        #expect(stored[0].count > 70 * 5)
        #expect(stored[0] == stored[1])
        #expect(stored[0] == stored[2])
    }

    @Test func benchFloorsTimesBothHalvesOfIngestAndLeavesTheDatabaseAsItWas() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let empty = try generate(12, seed: "5", in: folder)
        let database = folder.url.appendingPathComponent("een.sqlite").path
        let ingest = try KaderBinary.run(
            ["ingest", "--jobs", "1", "--quiet", "--db", database, "--corpus", empty.path, "brieven"], in: folder.url)
        #expect(ingest.status == 0, "\(ingest.errors)")
        let before = try await candidates(database)

        let run = try KaderBinary.run(["bench", "floors", "--db", database, "brieven"], in: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        let line = try #require(run.output.split(separator: "\n").last)
        let floors = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(floors?["letters"] as? Int == 12)
        #expect(floors?["facts"] as? Int == before.count)
        #expect((floors?["extract_s"] as? Double).map { $0 > 0 } == true)
        #expect((floors?["store_s"] as? Double).map { $0 > 0 } == true)
        // The copy it stored into is gone, and the ingested file holds what it held.
        for suffix in ["", "-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: database + ".vloer.sqlite" + suffix))
        }
        #expect(try await candidates(database) == before)

        let missing = try KaderBinary.run(["bench", "floors", "--db", "geen.sqlite", "brieven"], in: folder.url)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("bestaat niet"), "\(missing.errors)")
    }

    @Test func benchPrintsEveryFigureAsJSONForEachSize() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try KaderBinary.run(
            [
                "bench", "--letters", "12", "--duration", "1", "--samples", "8", "--json", "--work", "werk",
                "--corpus", Corpus.folder.path, "--port", "18611", "--ingest-runs", "2",
            ], in: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let runs = try #require(json?["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let figures = runs[0]
        #expect(figures["letters"] as? Int == 12)
        // Each ingest ran twice, each time into a new file: every run stored every letter.
        #expect(figures["ingest_runs"] as? Int == 2)
        // On one core both ingests write to the same log.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        for jobs in Set([1, cores]) {
            let log = try String(
                contentsOf: folder.url.appending(path: "werk/run-12/ingest-\(jobs).log"), encoding: .utf8)
            let lines = log.split(separator: "\n")
            #expect(lines.count == (cores == 1 ? 4 : 2), "\(log)")
            #expect(lines.allSatisfy { $0.hasPrefix("12 opgeslagen, 0 overgeslagen") }, "\(log)")
        }
        let floors = try String(contentsOf: folder.url.appending(path: "werk/run-12/floors.log"), encoding: .utf8)
        #expect(floors.split(separator: "\n").count == 2, "\(floors)")
        for key in [
            "ingest_mb_per_s_1core", "ingest_mb_per_s_all", "ingest_vs_grep", "peak_rss_mb", "db_mb", "search_p50_ms",
            "search_p95_ms", "overview_p50_ms", "overview_p99_ms", "check_s", "extract_mb_per_s_1core",
            "store_floor_mb_per_s", "ingest_ceiling_mb_per_s_1core",
        ] {
            let value = figures[key] as? Double
            #expect(value.map { $0 > 0 && $0.isFinite } == true, "\(key): \(String(describing: figures[key]))")
        }
        // The halves one after the other are slower than either alone.
        if let ceiling = figures["ingest_ceiling_mb_per_s_1core"] as? Double,
            let extract = figures["extract_mb_per_s_1core"] as? Double,
            let store = figures["store_floor_mb_per_s"] as? Double
        {
            #expect(ceiling < min(extract, store))
        }
        let pages = figures["pages_p50_ms"] as? [String: Double]
        #expect(pages?["/tijdlijn"].map { $0 > 0 } == true)
        // The load figures need wrk and nginx, which .ci/run installs.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/wrk") {
            #expect((figures["requests_per_s"] as? Double).map { $0 > 0 } == true)
            #expect((figures["load_p99_ms"] as? Double).map { $0 > 0 } == true)
            #expect(figures["load_errors"] as? Int == 0)
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/sbin/nginx") {
            #expect((figures["vs_static"] as? Double).map { $0 > 0 } == true)
        }
    }
}
