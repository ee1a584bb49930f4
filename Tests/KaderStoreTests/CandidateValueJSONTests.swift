import Foundation
import KaderBench
import KaderCore
import KaderIngest
import KaderTestSupport
import Testing

@testable import KaderStore

/// A candidate's value written directly is byte for byte what JSONEncoder writes.
@Suite struct CandidateValueJSONTests {
    @Test func everyCandidateOfTheCorpusAndOfGeneratedLettersIsWrittenAsJSONEncoderWritesIt() throws {
        let corpus = try Corpus.letters()
        let generator = CorpusGenerator(corpus: corpus.map(\.text))
        let generated = (0..<60).map { number in
            Document(
                id: "gen-\(number)", fileName: "gen-\(number).txt", title: "",
                text: generator.letter(number: number, seed: 3))
        }
        let values = (corpus + generated).flatMap { LetterExtractor().extract($0).facts.map(\.value) }
        var direct = 0
        var kinds: Set<String> = []
        for value in values {
            guard let written = CandidateValueJSON.encode(value) else { continue }
            direct += 1
            kinds.insert(value.kind)
            #expect(written == JSONColumn.encode(value))
        }
        #expect(values.count > 2_000)
        #expect(direct > values.count * 95 / 100, "\(direct) of \(values.count)")
        #expect(kinds.count == 12, "\(kinds.sorted())")
    }

    @Test func awkwardValuesAreWrittenAsJSONEncoderWritesThemOrLeftToIt() throws {
        let period = Period(start: Day.at("2024-01-01"), end: nil)
        // A quote or slash with an accent on it is one character whose first scalar is escaped.
        let text = "Zij \"zei\": a/b \\ c\n\td\r€ 5 — 🇳🇱 e\u{301}\u{2028} \"\u{301}x /\u{308}"
        let values: [CandidateValue] = [
            .signatory(text), .mission(""),
            .reference(KamerstukID(dossier: "36180-A", number: 1), isMotion: true),
            .framework(
                FrameworkCandidate(
                    mission: text, component: "x", cap: PersonnelCap(count: 0, qualifier: .circa), period: period)),
            .decision(DecisionCandidate(mission: nil, component: nil, action: .end, cap: nil, period: period)),
            .cost(
                CostCandidate(
                    amountCents: -12, year: nil, kind: .estimate, scope: text, budgetSource: "BIV", mission: nil)),
            .commitment(CommitmentCandidate(text: text, due: .nextProgressReport, recurrence: nil, mission: "NMI")),
            .commitment(CommitmentCandidate(text: "", due: .period(text), recurrence: "jaarlijks", mission: nil)),
            .commitment(CommitmentCandidate(text: "", due: .date(Day.at("2025-05-31")), recurrence: nil, mission: nil)),
            .indicator(IndicatorCandidate(name: text, value: 606, total: -3, mission: nil)),
            .indicator(IndicatorCandidate(name: "deel", value: 0.5, total: nil, mission: nil)),
            .indicator(IndicatorCandidate(name: "groot", value: 1e20, total: nil, mission: nil)),
            .signatory("bel\u{7}"),
        ]
        var direct = 0
        for value in values {
            guard let written = CandidateValueJSON.encode(value) else { continue }
            direct += 1
            #expect(written == JSONColumn.encode(value))
            #expect(try JSONColumn.decode(CandidateValue.self, written) == value)
        }
        // The fraction, the huge number and the bell are left to JSONEncoder.
        #expect(direct == values.count - 3)
    }
}
