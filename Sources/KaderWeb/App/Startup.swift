import Foundation
import KaderCore
import KaderIngest
import KaderStore
import Logging

/// Opens the database of a configuration and gives a new one its first contents.
public enum Startup {
    /// Opens, migrates and (when new) loads the database; the caller closes it.
    /// With `loadCorpus` false a new database stays empty (for `kader import`).
    public static func openStore(config: AppConfig, logger: Logger, loadCorpus: Bool = true) async throws -> (
        KaderDatabase, FirstRunReport
    ) {
        let database = try await KaderDatabase.open(
            databaseURL: config.databaseURL, sqlitePath: config.sqlitePath, logger: logger,
            connectionWait: config.connectionWait)
        do {
            let (letters, skipped) = loadCorpus ? try readCorpus(config.corpusPath) : (nil, [])
            let report = try await FirstRun(database: database, logger: logger).prepare(
                letters: letters, skipped: skipped)
            log(report, database: database, logger: logger)
            return (database, report)
        } catch {
            await database.close()
            throw error
        }
    }

    /// Reads the corpus folder; nil when none is configured or it does not exist.
    static func readCorpus(_ path: String?) throws -> ([Document]?, [String]) {
        guard let path else { return (nil, []) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            return (nil, [])
        }
        let (documents, errors) = try LetterReader().readFolder(at: URL(fileURLWithPath: path))
        return (documents, errors.map(\.description))
    }

    private static func log(_ report: FirstRunReport, database: KaderDatabase, logger: Logger) {
        if !report.appliedMigrations.isEmpty {
            logger.info("migrated \(database.location)", metadata: ["applied": "\(report.appliedMigrations)"])
        }
        if report.alreadyLoaded { return }
        if report.documentsLoaded > 0 {
            logger.info(
                "first start: loaded \(report.documentsLoaded) letters and \(report.decisionsLoaded) decisions")
        }
        for file in report.skippedFiles { logger.warning("skipped \(file)") }
        if let problem = report.registryProblem { logger.warning("curated registry not loaded: \(problem)") }
        if let hint = report.emptyHint { logger.notice("\(hint)") }
    }
}
