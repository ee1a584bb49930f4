import ArgumentParser
import Foundation
import KaderCore
import KaderIngest
import KaderReport

/// `kader toets FILE`: checks a letter file against the Toetsingskader 2014.
struct Toets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toets een artikel 100-brief (.txt) aan het Toetsingskader 2014: welke onderdelen hij behandelt "
            + "en welke ontbreken, met de kop of zin waar dat staat.")

    @Argument(help: "Het briefbestand (.txt).")
    var file: String

    func run() throws {
        let document: Document
        do {
            document = try LetterReader().read(fileAt: URL(fileURLWithPath: file))
        } catch {
            throw ValidationError("\(error)")
        }
        let report = ToetsingskaderReport(check: ToetsingskaderCheck(document: document), title: document.fileName)
        print(report.text(), terminator: "")
    }
}
