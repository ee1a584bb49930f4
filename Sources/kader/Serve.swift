import ArgumentParser
import Hummingbird
import KaderWeb
import Logging

/// `kader serve`: the web application.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start de webapplicatie (standaard op http://127.0.0.1:8080).")

    @Option(name: .long, help: "Het adres waarop de server luistert.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "De poort.")
    var port: Int = 8080

    @OptionGroup var store: StoreOptions

    func run() async throws {
        var logger = Logger(label: "kader") { KaderLogHandler(label: $0) }
        logger.logLevel = .info
        let app: any ApplicationProtocol
        do {
            app = try await buildApplication(config: store.config(host: host, port: port), logger: logger)
        } catch {
            throw CommandFailure("\(error)")
        }
        try await app.runService()
    }
}
