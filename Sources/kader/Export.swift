import ArgumentParser
import Foundation
import KaderReport
import KaderStore

/// `kader export`: the registry as CSV tables or as one JSON file.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exporteer het register: een tabel als CSV, of alles als JSON (dat `kader import` weer inleest).")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @Argument(help: "csv of json.")
    var kind: Kind

    @Option(help: "Voor csv: \(CSVExport.Table.allCases.map(\.rawValue).joined(separator: ", ")).")
    var table: String?

    @Flag(help: "Voor csv: puntkomma als scheidingsteken (Nederlandse Excel), met byte order mark.")
    var semicolon = false

    @Option(help: "Schrijf naar dit bestand (standaard: de terminal).")
    var out: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if kind == .csv {
            guard let table, CSVExport.Table(rawValue: table) != nil else {
                throw ValidationError(
                    "csv vraagt --table: \(CSVExport.Table.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
    }

    func run() async throws {
        let registry = try await store.withStore { try await RegistryRepository(database: $0).load() }
        let data: Data
        switch kind {
        case .csv:
            data = Data(
                CSVExport(semicolon: semicolon).render(CSVExport.Table(rawValue: table!)!, registry: registry).utf8)
        case .json:
            data = try RegistryExport.json(registry)
        }
        if let out {
            try data.write(to: URL(fileURLWithPath: out))
            FileHandle.standardError.write(Data("geschreven: \(out) (\(data.count) bytes)\n".utf8))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

/// `kader import`: reads a JSON export into an empty database.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lees een JSON-export (van `kader export json`) in een lege database in.")

    @Argument(help: "Het JSON-bestand.")
    var file: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure("kan \(file) niet lezen (cannot read the file)")
        }
        let registry = try RegistryExport.registry(fromJSON: data)
        try await store.withStore(loadCorpus: false) { database in
            let repository = RegistryRepository(database: database)
            guard try await repository.isEmpty() else {
                throw CommandFailure(
                    "de database \(database.location) is niet leeg; importeer in een nieuwe database (--db NIEUW.sqlite)"
                )
            }
            try await repository.insert(registry)
        }
        print("ingelezen: \(registry.documents.count) brieven, \(registry.decisions.count) besluiten")
    }
}
