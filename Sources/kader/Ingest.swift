import ArgumentParser
import Foundation
import KaderCore
import KaderIngest
import KaderStore

/// `kader ingest FILE...`: reads letters, extracts their candidate facts and stores both.
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lees brieven (.txt, .pdf, .html) in en sla ze op met hun voorgestelde feiten.",
        discussion: """
            Elke brief wordt in één transactie opgeslagen; een brief die er al is (zelfde tekst) wordt \
            overgeslagen. Van een bestand dat niet gelezen kan worden, wordt niets opgeslagen; de \
            opdracht eindigt dan met een foutcode.
            """)

    @Argument(help: "De bestanden met brieven.")
    var files: [String]

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let progress = ProgressBar(total: files.count, enabled: files.count > 1)
        var extractions: [Extraction] = []
        var failures = 0
        // Read and extract first: a file that fails never touches the database.
        for (index, file) in files.enumerated() {
            progress.show(index, label: (file as NSString).lastPathComponent)
            do {
                let document = try LetterReader().read(fileAt: URL(fileURLWithPath: file))
                extractions.append(LetterExtractor().extract(document))
            } catch {
                progress.clear()
                Console.error("fout: \(error)")
                failures += 1
            }
        }
        progress.finish()
        if !extractions.isEmpty {
            failures += try await store.withStore { database in
                let repository = CandidateRepository(database: database)
                var failed = 0
                for extraction in extractions {
                    let name = extraction.document.fileName
                    do {
                        switch try await repository.storeLetter(extraction.document, candidates: extraction.facts) {
                        case .stored(let id, let count):
                            print("\(name): opgeslagen als \(id) met \(count) voorgestelde feiten")
                        case .alreadyStored(let id):
                            print("\(name): overgeslagen, deze brief is er al (als \(id))")
                        }
                    } catch {
                        Console.error("fout: \(name): kan niet opslaan (cannot store): \(error)")
                        failed += 1
                    }
                }
                return failed
            }
        }
        if failures > 0 {
            Console.error("\(failures) van \(files.count) bestanden mislukt (\(failures) failed)")
            throw ExitCode(1)
        }
    }
}
