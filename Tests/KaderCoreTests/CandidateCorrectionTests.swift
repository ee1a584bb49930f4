import KaderCore
import KaderTestSupport
import Testing

@Suite struct CandidateCorrectionTests {
    @Test func aCorrectionReplacesOnlyTheMainFigure() throws {
        let framework = CandidateValue.framework(
            FrameworkCandidate(
                mission: "NMI", component: "force protection", cap: PersonnelCap(count: 154, qualifier: .circa),
                period: Period(start: .at("2024-01-01"), end: .at("2024-12-31"))))
        guard case .framework(let corrected) = try #require(framework.corrected(with: " 145 ")) else {
            Issue.record("not a framework")
            return
        }
        #expect(corrected.cap == PersonnelCap(count: 145, qualifier: .circa))
        #expect(corrected.period.end == .at("2024-12-31"))
        #expect(framework.corrected(with: "veel") == nil)
    }

    @Test func amountsAreReadTheDutchWay() {
        let cost = CandidateValue.cost(
            CostCandidate(
                amountCents: 0, year: 2025, kind: .estimate, scope: "NMI", budgetSource: "BIV", mission: "NMI"))
        for (text, cents) in [
            ("18300000", 1_830_000_000), ("18.300.000", 1_830_000_000), ("18,3 miljoen", 1_830_000_000),
            ("€ 450.000", 45_000_000), ("€18,3 mln euro", 1_830_000_000), ("2 miljard", 200_000_000_000),
            ("1.234,56 euro", 123_456),
        ] as [(String, Int64)] {
            guard case .cost(let corrected)? = cost.corrected(with: text) else {
                Issue.record("\(text) not read")
                continue
            }
            #expect(corrected.amountCents == cents, "\(text)")
        }
        // Read exactly as the letters' amounts are: no guess at what "1.5" or "18.3" meant.
        for text in ["gratis", "1.5", "18.3 miljoen", "-5", "5 miljoen miljoen", "€"] {
            #expect(cost.corrected(with: text) == nil, "\(text)")
        }
    }

    @Test func datesAndReferencesHaveTheirForm() {
        #expect(CandidateValue.date(.at("2023-07-07")).corrected(with: "2023-07-08") == .date(.at("2023-07-08")))
        #expect(CandidateValue.date(.at("2023-07-07")).corrected(with: "8 juli") == nil)
        let reference = CandidateValue.reference(KamerstukID(dossier: "27925", number: 1), isMotion: true)
        #expect(
            reference.corrected(with: "27925-943")
                == .reference(KamerstukID(dossier: "27925", number: 943), isMotion: true))
    }
}
