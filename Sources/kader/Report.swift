import ArgumentParser
import Foundation
import KaderCore
import KaderReport
import KaderStore
import KaderWeb

/// `kader report`: reports drafted from the registry.
struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Stel rapportages op uit het register.", subcommands: [Voortgang.self])
}

/// Output formats of a report.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, pdf
}

extension Report {
    /// `kader report voortgang`: the draft of the annual progress report.
    struct Voortgang: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Concept-voortgangsrapportage van een inzet over een periode, elk cijfer met voetnoot naar de bron.")

        @Option(help: "De inzet (zoals de missies in het register die hebben), bijvoorbeeld irak.")
        var deployment: String = "irak"

        @Option(help: "Begin van de periode, JJJJ-MM-DD.")
        var from: String

        @Option(help: "Einde van de periode, JJJJ-MM-DD.")
        var to: String

        @Option(help: "Uitvoer: md, html of pdf.")
        var format: ReportFormat = .md

        @Option(help: "Schrijf naar dit bestand (standaard: de terminal; pdf vraagt een bestand).")
        var out: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard let start = Day(iso: from), let end = Day(iso: to) else {
                throw ValidationError("--from en --to zijn datums als JJJJ-MM-DD.")
            }
            guard start <= end else { throw ValidationError("--from ligt na --to.") }
            if format == .pdf && out == nil { throw ValidationError("PDF gaat naar een bestand: geef --out op.") }
        }

        func run() async throws {
            let registry = try await store.withStore { try await RegistryRepository(database: $0).load() }
            guard registry.missions.contains(where: { $0.deployment == deployment }) else {
                let known = Set(registry.missions.compactMap(\.deployment)).sorted().joined(separator: ", ")
                throw CommandFailure("Geen missies bij inzet ‘\(deployment)’. Bekend: \(known).")
            }
            let document = ProgressReport(
                registry: registry, deployment: deployment, from: Day(iso: from)!, to: Day(iso: to)!
            ).document()
            let data: Data
            switch format {
            case .md: data = Data(MarkdownRenderer.render(document).utf8)
            case .html: data = Data(HTMLRenderer.render(document, letterLinks: false).utf8)
            case .pdf: data = try PDFPrinter.pdf(fromHTML: HTMLRenderer.render(document, letterLinks: false))
            }
            if let out {
                try data.write(to: URL(fileURLWithPath: out))
                FileHandle.standardError.write(Data("geschreven: \(out) (\(data.count) bytes)\n".utf8))
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
