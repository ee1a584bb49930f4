import ArgumentParser
import Foundation
import KaderIngest

/// `kader eval`: scores the extractor against gold files.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Meet de extractie tegen goudstandaard-bestanden: precisie, recall en F1 per veld.")

    @Option(name: .long, help: "Map met goudstandaard-bestanden (*.json, schema in gold/SCHEMA.md).")
    var gold: String

    @Option(name: .long, help: "Map met de brieven die de goudstandaard beschrijft.")
    var corpus: String = "../shared/corpus"

    @Flag(name: .long, help: "Toon elke gemiste en elke onterechte vondst.")
    var verbose = false

    @Flag(name: .long, help: "Uitvoer als JSON.")
    var json = false

    @Option(name: .long, help: "Schrijf per brief wat de extractie vond naar deze map (schema van de goudstandaard).")
    var predictions: String?

    func run() throws {
        let evaluation: Evaluation
        do {
            evaluation = try Evaluation.run(
                goldFolder: URL(fileURLWithPath: gold), corpusFolder: URL(fileURLWithPath: corpus))
        } catch {
            throw ValidationError("kan de goudstandaard in \(gold) niet lezen (cannot read the gold files): \(error)")
        }
        if let predictions {
            let folder = URL(fileURLWithPath: predictions)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, letter) in evaluation.predictions {
                try letter.json().write(to: folder.appendingPathComponent(name))
            }
        }
        print(json ? evaluation.result.json() : evaluation.result.table(), terminator: "")
        if verbose {
            for miss in evaluation.result.misses {
                FileHandle.standardError.write(
                    Data("   \(miss.letter) \(miss.field) \(miss.kind) \(miss.detail)\n".utf8))
            }
        }
    }
}
