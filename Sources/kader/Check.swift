import ArgumentParser
import KaderCore
import KaderReport
import KaderStore

/// `kader check`: the monitoring rules as of a day; exit status 1 when an alert is critical.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon de signalen van de monitoringsregels op een peildatum (aflopende kaders, bezetting, "
            + "toezeggingen, rapportageplichten, kosten).",
        discussion: "Eindigt met status 1 als er een kritiek signaal is.")

    @OptionGroup var asOf: AsOfOption

    @Option(name: .long, help: "Zoveel dagen vooruit worden aflopende kaders en toezeggingen gemeld.")
    var horizon: Int = 90

    @Flag(name: .long, help: "Uitvoer als JSON.")
    var json = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if horizon < 0 { throw ValidationError("--horizon moet 0 of meer dagen zijn.") }
    }

    func run() async throws {
        let day = asOf.day
        let registry = try await store.withStore { try await RegistryRepository(database: $0).load(texts: false) }
        let alerts = Monitor.check(registry, asOf: day, settings: MonitorSettings(horizonDays: horizon))
        let report = AlertReport(alerts: alerts, asOf: day)
        print(json ? try report.json() : report.text(), terminator: json ? "\n" : "")
        if report.hasCritical { throw ExitCode(1) }
    }
}
