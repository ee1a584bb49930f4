import ArgumentParser
import Foundation
import KaderIngest

/// `kader eval`: scores the extractor against gold files.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Meet de extractie tegen goudstandaard-bestanden: precisie, recall en F1 per veld.",
        discussion: """
            De brieven komen uit --corpus; de database (--db) wordt niet geopend: de meting leest \
            alleen bestanden.
            """)

    @Option(name: .long, help: "Map met goudstandaard-bestanden (*.json, schema in gold/SCHEMA.md).")
    var gold: String

    @Flag(name: .long, help: "Toon elke gemiste en elke onterechte vondst.")
    var verbose = false

    @Flag(name: .long, help: "Uitvoer als JSON.")
    var json = false

    @Option(name: .long, help: "Schrijf per brief wat de extractie vond naar deze map (schema van de goudstandaard).")
    var predictions: String?

    /// `--corpus` names the letters the gold files describe; `--db` is not used here.
    @OptionGroup var store: StoreOptions

    func run() throws {
        let evaluation: Evaluation
        do {
            evaluation = try Evaluation.run(
                goldFolder: URL(fileURLWithPath: gold), corpusFolder: URL(fileURLWithPath: store.corpus))
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
