import ArgumentParser
import Foundation
import KaderBench
import KaderCore
import KaderIngest
import KaderStore
import Logging

extension Bench {
    /// `kader bench floors`: one-core ingest taken apart into its two halves.
    struct Floors: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "floors",
            abstract: "Meet de twee helften van ingest op één kern apart en druk ze af als één regel JSON.",
            discussion: """
                Eerst leest en ontleedt het de brieven één voor één zoals `kader ingest --jobs 1`, \
                zonder iets op te slaan (extract_s). Dan slaat SQLite de brieven en voorgestelde \
                feiten uit --db nog eens op in een nieuwe database naast dat bestand (met \
                `.vloer.sqlite` achter de naam), \
                \(Ingest.lettersPerJob) brieven per transactie, met INSERT … SELECT: zonder Swift \
                tussen de rijen en SQLite (store_s). De nieuwe database wordt daarna verwijderd. \
                Samen zijn ze het snelste dat ingest op één kern kan zijn zolang geen van beide \
                helften sneller wordt. `kader bench` meet dit na de ingest op één kern.
                """)

        @Argument(help: "De brieven (bestanden of mappen), dezelfde die in --db zijn ingelezen.")
        var files: [String]

        @Option(help: "Een SQLite-bestand dat `kader ingest` met deze brieven vulde.")
        var db: String

        func run() async throws {
            // Before the letters are read, which takes a while.
            guard FileManager.default.fileExists(atPath: db) else {
                throw CommandFailure("\(db) bestaat niet (does not exist)")
            }
            let paths = try LetterReader.letterFiles(files)
            let clock = ContinuousClock()
            let started = clock.now
            // In batches as ingest reads them, so that memory stays that of one batch.
            for batch in Ingest.batches(of: paths, jobs: 1) {
                let outcomes = await LetterFiles.extract(batch, jobs: 1).value
                if let failed = outcomes.first(where: { (try? $0.result.get()) == nil }) {
                    throw CommandFailure("kan \(failed.path) niet lezen (cannot read)")
                }
            }
            let extracted = clock.now - started

            let copy = db + ".vloer.sqlite"
            let replay: StoreFloor.Replay
            BenchRunner.removeDatabase(at: copy)
            defer { BenchRunner.removeDatabase(at: copy) }
            do {
                var logger = Logger(label: "kader.floors")
                logger.logLevel = .warning
                let target = try await KaderDatabase.openSQLite(path: copy, logger: logger)
                do {
                    _ = try await Migrator(database: target).migrate()
                    replay = try await StoreFloor.replay(from: db, into: target, perTransaction: Ingest.lettersPerJob)
                    await target.close()
                } catch {
                    await target.close()
                    throw error
                }
            } catch {
                throw CommandFailure("\(error)")
            }
            let floors = IngestFloors(
                letters: paths.count, facts: replay.facts,
                extractSeconds: extracted.inSeconds,
                storeSeconds: replay.seconds)
            Console.line(try floors.line())
        }
    }
}
