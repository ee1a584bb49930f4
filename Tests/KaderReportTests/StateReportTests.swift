import Foundation
import KaderCore
import KaderReport
import KaderTestSupport
import Testing

@Suite struct StateReportTests {
    @Test func march2021ListsTheForceProtectionAtErbilAndAlAzraqWithSources() throws {
        let report = StateReport(registry: try Corpus.iraqRegistry(), asOf: .at("2021-03-01"))
        let json = try report.json()
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["as_of"] as? String == "2021-03-01")
        let rows = try #require(parsed["contributions"] as? [[String: Any]])
        let text = rows.map { "\($0["component"] ?? "") \($0["contribution"] ?? "")" }.joined(separator: "\n")
        #expect(text.contains("Erbil"))
        #expect(text.lowercased().contains("azraq"))
        for row in rows {
            #expect(row["status"] as? String != nil)
            let source = row["source"] as? [String: Any]
            #expect(source?["quote"] as? String != nil, "no source for \(row["contribution"] ?? "")")
        }
    }

    @Test func theTableHasOneLinePerContributionAndLeavesUndecidedOnesOut() throws {
        let registry = try Corpus.iraqRegistry()
        let report = StateReport(registry: registry, asOf: .at("2024-06-01"))
        let lines = report.table().split(separator: "\n")
        #expect(lines.count == report.rows.count + 3)
        #expect(report.rows.allSatisfy { $0.status != .undecided })
        let fp = try #require(report.rows.first { $0.contribution == "nmi-force-protection" })
        #expect(fp.cap == PersonnelCap(count: 145, qualifier: .circa))
        #expect(fp.end == .at("2024-12-31"))
        #expect(lines.contains { $0.contains("circa 145") && $0.contains("2024-12-31") })
        // Nothing decided in 2023 or later shows up in 2019.
        let early = StateReport(registry: registry, asOf: .at("2019-01-01"))
        #expect(!early.rows.contains { $0.contribution == "nmi-force-protection" })
    }
}

@Suite struct TextTableTests {
    @Test func alignsColumnsToTheWidestCell() {
        let text = TextTable.render(header: ["a", "b"], rows: [["lang", "x"], ["k", "y"]])
        #expect(text == "a     b\n----  -\nlang  x\nk     y\n")
    }
}
