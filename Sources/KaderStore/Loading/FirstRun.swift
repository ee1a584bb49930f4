import Foundation
import KaderCore
import Logging

/// What the first start of a database did, for the log and the terminal.
public struct FirstRunReport: Sendable {
    public var appliedMigrations: [String] = []
    /// The database already held data, so nothing was loaded.
    public var alreadyLoaded = false
    public var documentsLoaded = 0
    public var decisionsLoaded = 0
    /// Files in the corpus folder that could not be read, with the reason.
    public var skippedFiles: [String] = []
    /// Why the curated registry was not loaded, when it was not.
    public var registryProblem: String?
    /// A Dutch sentence for the user when the database stays empty.
    public var emptyHint: String?

    public init() {}
}

/// Migrates a database and, when it is new, loads the letters and the curated registry.
///
/// A database that already holds data is never reloaded or overwritten. Everything is
/// stored in one transaction, so a failed first start leaves the database empty.
public struct FirstRun: Sendable {
    public let database: KaderDatabase
    public let logger: Logger

    public init(database: KaderDatabase, logger: Logger = Logger(label: "kader.firstrun")) {
        self.database = database
        self.logger = logger
    }

    /// - Parameters:
    ///   - letters: the corpus letters already read (nil when there is no corpus folder).
    ///   - skipped: the files of that folder that could not be read.
    public func prepare(letters: [Document]?, skipped: [String] = []) async throws -> FirstRunReport {
        var report = FirstRunReport()
        report.appliedMigrations = try await Migrator(database: database).migrate()
        let repository = RegistryRepository(database: database)
        guard try await repository.isEmpty() else {
            report.alreadyLoaded = true
            return report
        }
        report.skippedFiles = skipped
        guard let letters, !letters.isEmpty else {
            report.emptyHint =
                "De database is leeg. Voeg brieven toe met `kader serve --corpus MAP` op een nieuwe database (map met .txt-brieven)."
            return report
        }
        // The same letter twice (same text under another name) is stored once.
        var seen = Set<String>()
        var unique: [Document] = []
        for letter in letters {
            if seen.insert(letter.contentHash).inserted {
                unique.append(letter)
            } else {
                report.skippedFiles.append("\(letter.fileName): zelfde tekst als een andere brief (duplicate)")
            }
        }
        var registry = Registry()
        do {
            registry = try SeedFiles.loadIraq().resolve(letters: unique)
        } catch {
            report.registryProblem = String(describing: error)
            logger.warning("curated registry not loaded", metadata: ["reason": "\(error)"])
            registry.documents = unique
        }
        try await repository.insert(registry)
        report.documentsLoaded = registry.documents.count
        report.decisionsLoaded = registry.decisions.count
        return report
    }
}
