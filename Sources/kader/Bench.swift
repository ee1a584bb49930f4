import ArgumentParser
import Foundation
import KaderBench

/// `kader bench`: generated corpora of growing size, ingested, served and measured
/// against the floors of grep and a static file server.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Meet ingest, zoeken, pagina's en last bij 1.000, 10.000 en 50.000 brieven.",
        discussion: """
            Maakt per grootte een corpus met `bench gen`, leest het in met `kader ingest` (één kern \
            en alle kernen, als apart proces, zodat het piekgeheugen meetbaar is; tot en met \
            10.000 brieven --ingest-runs keer, elke keer in een nieuw bestand, en de snelste telt; zo ook \
            de twee helften hieronder), meet `kader \
            check` zodra beide bestanden zijn weggeschreven, start `kader serve` en meet de pagina's één voor één en onder last met wrk (64 verbindingen). \
            Daarnaast de vloeren: grep -E met de hoofdpatronen over dezelfde bestanden (de \
            snelste van drie keer) en nginx \
            met een statische pagina van dezelfde grootte als het overzicht. En ingest op één kern \
            in zijn twee helften apart (`bench floors`): alleen lezen en ontleden, en alleen \
            SQLite dat dezelfde rijen opslaat.
            """,
        subcommands: [Run.self, Generate.self, Floors.self], defaultSubcommand: Run.self)
}

extension Bench {
    /// `kader bench [run]`.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run", abstract: "Voer de meting uit en druk de tabel (of JSON) af.")

        @Option(
            name: .customLong("letters"), parsing: .upToNextOption,
            help: "De corpusgroottes: zoveel gegenereerde brieven naast het echte corpus (0: alleen het corpus).")
        var sizes: [Int] = [1000, 10_000, 50_000]

        @Option(help: "Het zaad van de gegenereerde brieven.")
        var seed: UInt64 = 1

        @Option(help: "Seconden per lastmeting met wrk.")
        var duration: Int = 10

        @Option(help: "Verzoeken die één voor één worden gemeten voor de percentielen van het overzicht.")
        var samples: Int = 200

        @Option(
            help: """
                Hoe vaak elke ingest en zijn twee helften worden gemeten tot en met \(BenchRunner.repeatedUpTo) \
                brieven (daarboven één keer); de snelste telt.
                """)
        var ingestRuns: Int = 3

        @Option(help: "Map voor brieven, databases en logboeken (blijft staan; brieven worden hergebruikt).")
        var work: String = ".build-bench"

        @Option(help: "De echte brieven waaruit het corpus wordt gemaakt.")
        var corpus: String = "../shared/corpus"

        @Option(help: "De eerste van twee vrije poorten.")
        var port: Int = 18_481

        @Flag(help: "Druk JSON af in plaats van een tabel.")
        var json = false

        func validate() throws {
            guard !sizes.isEmpty, sizes.allSatisfy({ $0 >= 0 }) else {
                throw ValidationError("--letters: minstens één grootte van 0 of meer (at least one size ≥ 0)")
            }
            guard duration >= 1, samples >= 1, ingestRuns >= 1 else {
                throw ValidationError("--duration, --samples en --ingest-runs moeten minstens 1 zijn (at least 1)")
            }
        }

        func run() throws {
            let runner = BenchRunner(
                kader: Self.executable(), corpus: URL(fileURLWithPath: corpus),
                work: URL(fileURLWithPath: work), seed: seed, loadSeconds: duration, port: port, samples: samples,
                ingestRuns: ingestRuns,
                say: { Console.error("bench: \($0)") })
            var report = BenchReport(runs: [])
            do {
                for size in sizes { report.runs.append(try runner.run(letters: size)) }
            } catch let error as BenchError {
                throw CommandFailure(error.description)
            }
            print(json ? try report.json() : report.table())
        }

        /// This very binary, so that the bench measures the build it belongs to.
        static func executable() -> String {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        }
    }

    /// `kader bench gen`.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gen",
            abstract:
                "Schrijf N realistische brieven, gemaakt uit de zinnen van het corpus (zelfde zaad, zelfde brieven).")

        @Option(help: "Hoeveel brieven.")
        var letters: Int

        @Option(help: "Het zaad.")
        var seed: UInt64 = 1

        @Option(help: "De map waarin de brieven komen.")
        var out: String

        @Option(help: "De echte brieven waaruit het corpus wordt gemaakt.")
        var corpus: String = "../shared/corpus"

        func validate() throws {
            guard letters >= 1 else { throw ValidationError("--letters moet minstens 1 zijn") }
        }

        func run() throws {
            do {
                let generator = try CorpusGenerator(corpusFolder: URL(fileURLWithPath: corpus))
                let bytes = try generator.write(count: letters, seed: seed, to: URL(fileURLWithPath: out))
                print(
                    "\(letters) brieven geschreven in \(out) (\(String(format: "%.1f", Double(bytes) / 1_000_000)) MB, zaad \(seed))"
                )
            } catch let error as BenchError {
                throw CommandFailure(error.description)
            }
        }
    }
}
