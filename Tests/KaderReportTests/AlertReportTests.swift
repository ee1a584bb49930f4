import Foundation
import KaderCore
import KaderReport
import KaderTestSupport
import Testing

@Suite struct AlertReportTests {
    @Test func theJSONOfNovember2024HasTheAgreedKeysAndTheNMIForceProtectionWarning() throws {
        let day = Day.at("2024-11-01")
        let report = AlertReport(alerts: Monitor.check(try Corpus.iraqRegistry(), asOf: day), asOf: day)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [[String: Any]])
        #expect(parsed.count == report.alerts.count)
        for object in parsed {
            for key in ["severity", "rule", "subject", "message", "due", "sources"] {
                #expect(object.keys.contains(key), "missing \(key)")
            }
        }
        let fp = try #require(parsed.first { $0["subject"] as? String == "nmi-force-protection" })
        #expect(fp["severity"] as? String == "warning")
        #expect(fp["rule"] as? String == "framework-ending")
        #expect(fp["due"] as? String == "2024-12-31")
        let sources = try #require(fp["sources"] as? [[String: Any]])
        #expect(sources.first?["document"] as? String == "004_a5c8b23f8fb2d6ff")
        #expect(!report.hasCritical)
    }

    @Test func theTextListsTheMostSevereFirstWithItsSources() {
        let day = Day.at("2024-06-01")
        let subject = AlertSubject(kind: .contribution, id: "fp", name: "NMI force protection")
        let span = SourceSpan(documentID: "004", start: 10, end: 20, quote: "circa 145\nmilitairen")
        let alerts = [
            Alert(severity: .info, rule: .staffingBelowCap, subject: subject, message: "weinig", due: nil, facts: []),
            Alert(
                severity: .critical, rule: .staffingAboveCap, subject: subject, message: "te veel", due: nil,
                facts: [AlertFact("kader circa 145", .source(span))]),
        ]
        let report = AlertReport(alerts: alerts, asOf: day)
        let text = report.text()
        #expect(report.hasCritical)
        #expect(text.hasPrefix("Signalen op 2024-06-01 (1 juni 2024): 1 kritiek, 1 info."))
        let critical = try? #require(text.range(of: "[kritiek]"))
        let info = try? #require(text.range(of: "[info]"))
        #expect(critical!.lowerBound < info!.lowerBound)
        #expect(text.contains("bron: 004 [10–20] “circa 145 militairen” (kader circa 145)"))
    }
}
