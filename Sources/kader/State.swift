import ArgumentParser
import KaderCore
import KaderReport
import KaderStore

/// `kader state`: the national frameworks in force on a day.
struct State: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon per bijdrage het nationaal kader (status, personeel, einddatum) op een peildatum.")

    @OptionGroup var asOf: AsOfOption

    @Flag(name: .long, help: "Uitvoer als JSON.")
    var json = false

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let day = asOf.day
        let registry = try await store.withStore { try await RegistryRepository(database: $0).load(texts: false) }
        let report = StateReport(registry: registry, asOf: day)
        print(json ? try report.json() : report.table(), terminator: json ? "\n" : "")
    }
}
