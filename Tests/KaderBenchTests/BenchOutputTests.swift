import Foundation
import Testing

@testable import KaderBench

/// Reading wrk's summary back, and writing figures that could not be measured.
@Suite struct BenchOutputTests {
    /// wrk 4.1's `--latency` output as printed on this machine, with the request rate's
    /// stdev column ending in "99%" the way it did in a CI run.
    static let wrk = """
        Running 1s test @ http://127.0.0.1:18611/
          2 threads and 64 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency     4.79ms    1.08ms  19.30ms   85.21%
            Req/Sec     6.71k   512.33     7.40k    65.99%
          Latency Distribution
             50%    4.64ms
             75%    5.06ms
             90%    5.79ms
             99%    1.02s
          13358 requests in 1.00s, 67.11MB read
          Socket errors: connect 0, read 2, write 0, timeout 3
          Non-2xx or 3xx responses: 4
        Requests/sec:  13297.36
        Transfer/sec:     66.81MB
        """

    @Test func theP99ComesFromTheLatencyDistributionNotFromAStdevColumn() throws {
        let summary = try #require(LoadGenerator.Summary(wrkOutput: Self.wrk))
        #expect(summary.requestsPerSecond == 13297.36)
        #expect(summary.p99ms == 1020)
        #expect(summary.errors == 2 + 3 + 4)
    }

    @Test func latenciesInEveryUnitWrkPrintsAreMilliseconds() {
        #expect(LoadGenerator.Summary.milliseconds("850.00us") == 0.85)
        #expect(LoadGenerator.Summary.milliseconds("12.50ms") == 12.5)
        #expect(LoadGenerator.Summary.milliseconds("2.00s") == 2000)
        #expect(LoadGenerator.Summary.milliseconds("1.00m") == 60_000)
        #expect(LoadGenerator.Summary.milliseconds("-nan%") == nil)
    }

    @Test func withoutLatencyRowsTheP99IsMissingAndWithoutARateThereIsNoSummary() throws {
        let plain = Self.wrk.split(separator: "\n").filter { !$0.contains("%") }.joined(separator: "\n")
        let summary = try #require(LoadGenerator.Summary(wrkOutput: plain))
        #expect(summary.p99ms == nil)
        #expect(summary.requestsPerSecond == 13297.36)
        #expect(LoadGenerator.Summary(wrkOutput: "unable to connect to 127.0.0.1:18611 Connection refused") == nil)
    }

    @Test func aFigureThatCouldNotBeMeasuredIsNullInTheJSONAndTheOthersRemain() throws {
        var figures = BenchFigures(letters: 12)
        figures.searchP95Ms = percentile([], 0.95)
        figures.loadP99Ms = .nan
        figures.overviewP99Ms = 0.7
        figures.pagesP50Ms = ["/": 0.5, "/tijdlijn": .infinity]
        let json = try BenchReport(runs: [figures]).json()
        let runs = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])
        #expect(runs[0]["search_p95_ms"] is NSNull)
        #expect(runs[0]["load_p99_ms"] is NSNull)
        #expect(runs[0]["overview_p99_ms"] as? Double == 0.7)
        #expect(runs[0]["pages_p50_ms"] as? [String: Double] == ["/": 0.5])
        #expect(runs[0]["letters"] as? Int == 12)
    }
}
