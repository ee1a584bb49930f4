import Foundation
import KaderIngest
import Testing

@Suite struct ScorerTests {
    private func json(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    @Test func aFieldTheGoldLeavesOutIsNotScored() throws {
        let gold = try json(#"{"references": [{"dossier": "27 925", "number": 943}]}"#)
        let predicted = try json(#"{"references": [{"dossier": "27925", "number": 943}], "missions": ["OIR"]}"#)
        let result = Scorer.score(gold: [("a.json", gold)], predictions: ["a.json": predicted])
        #expect(result.fields.map { $0.name } == ["references"])
        #expect(result.score("references") == FieldScore(truePositives: 1))
    }

    @Test func anEmptyListInTheGoldIsScored() throws {
        let gold = try json(#"{"missions": []}"#)
        let predicted = try json(#"{"missions": ["nmi"]}"#)
        let result = Scorer.score(gold: [("a.json", gold)], predictions: ["a.json": predicted])
        #expect(result.score("missions") == FieldScore(falsePositives: 1))
        #expect(result.score("missions")?.precision == 0)
    }

    @Test func nullOnBothSidesCountsNothingAndAWrongScalarCountsTwice() throws {
        let gold = try json(#"{"date": null, "type": "brief", "addressee": "Tweede Kamer"}"#)
        let predicted = try json(#"{"date": null, "type": "voortgangsrapportage"}"#)
        let result = Scorer.score(gold: [("a.json", gold)], predictions: ["a.json": predicted])
        #expect(result.score("date") == FieldScore())
        #expect(result.score("type") == FieldScore(falsePositives: 1, falseNegatives: 1))
        #expect(result.score("addressee") == FieldScore(falseNegatives: 1))
        #expect(result.overall == FieldScore(falsePositives: 1, falseNegatives: 2))
    }

    @Test func frameworksMatchOnMissionPersonnelAndEndAndCostsOnRoundedAmountAndYear() throws {
        let gold = try json(
            #"{"frameworks": [{"mission": "NMI", "personnel": 145, "end": "2024-12-31"}], "costs": [{"amount_eur": 49000000, "year": 2024}]}"#
        )
        let predicted = try json(
            #"{"frameworks": [{"mission": "nmi", "personnel": 145.0, "end": "2024-12-31", "component": "x"}, {"mission": "NMI", "personnel": 145, "end": null}], "costs": [{"amount_eur": 49000000.4, "year": 2024.0}]}"#
        )
        let result = Scorer.score(gold: [("a.json", gold)], predictions: ["a.json": predicted])
        #expect(result.score("frameworks") == FieldScore(truePositives: 1, falsePositives: 1))
        #expect(result.score("costs") == FieldScore(truePositives: 1))
    }

    @Test func aMissingPredictionCountsAsEmpty() throws {
        let gold = try json(#"{"missions": ["OIR", "NMI"]}"#)
        let result = Scorer.score(gold: [("a.json", gold)], predictions: [:])
        #expect(result.score("missions") == FieldScore(falseNegatives: 2))
        #expect(result.misses.count == 2)
    }
}
