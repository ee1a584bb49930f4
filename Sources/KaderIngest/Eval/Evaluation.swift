import Foundation
import KaderCore

/// Runs the extractor over the letters that gold files describe and scores it.
public struct Evaluation: Sendable {
    /// The scores, and the prediction for each gold file name.
    public let result: EvalResult
    public let predictions: [(name: String, letter: GoldLetter)]

    /// Reads every `*.json` of `goldFolder`, extracts the letter it names from
    /// `corpusFolder` (a letter that cannot be read is predicted empty) and scores.
    public static func run(goldFolder: URL, corpusFolder: URL) throws -> Evaluation {
        let names = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        var gold: [(name: String, value: JSONValue)] = []
        var predicted: [String: JSONValue] = [:]
        var predictions: [(name: String, letter: GoldLetter)] = []
        let reader = LetterReader()
        let extractor = LetterExtractor()
        for name in names {
            let data = try Data(contentsOf: goldFolder.appendingPathComponent(name))
            let value = try JSONDecoder().decode(JSONValue.self, from: data)
            gold.append((name, value))
            let letterName: String
            if case .string(let document) = value["document"] ?? .null {
                letterName = document
            } else {
                letterName = String(name.dropLast(5)) + ".txt"
            }
            guard let document = try? reader.read(fileAt: corpusFolder.appendingPathComponent(letterName)) else {
                continue
            }
            let letter = GoldLetter(fileName: letterName, facts: extractor.extract(document).facts)
            predictions.append((name, letter))
            predicted[name] = try letter.jsonValue()
        }
        return Evaluation(result: Scorer.score(gold: gold, predictions: predicted), predictions: predictions)
    }
}
