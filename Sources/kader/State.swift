import ArgumentParser
import KaderCore
import KaderReport
import KaderStore

/// `kader state`: the national frameworks in force on a day.
struct State: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon per bijdrage het nationaal kader (status, personeel, einddatum) op een peildatum.")

    @Option(name: .customLong("as-of"), help: "De peildatum, JJJJ-MM-DD (standaard vandaag).")
    var asOf: String?

    @Flag(name: .long, help: "Uitvoer als JSON.")
    var json = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("‘\(asOf)’ is geen geldige datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2024-06-01.")
        }
    }

    func run() async throws {
        let day = asOf.flatMap(Day.init(iso:)) ?? Day.today()
        let registry = try await store.withStore { try await RegistryRepository(database: $0).load() }
        let report = StateReport(registry: registry, asOf: day)
        print(json ? try report.json() : report.table(), terminator: json ? "\n" : "")
    }
}
