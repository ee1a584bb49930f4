import ArgumentParser

/// The `kader` command: serve the web app, and look at the registry from the terminal.
@main
struct Kader: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kader",
        abstract: "Kader: de Nederlandse bijdragen aan internationale missies en de toezeggingen aan de Kamer.",
        discussion: """
            Zonder database-URL gebruikt Kader één SQLite-bestand (--db, standaard kader.sqlite). \
            Staat DATABASE_URL in de omgeving, dan gebruikt Kader die PostgreSQL-server. \
            Een nieuwe database wordt bij de eerste start gevuld met de brieven uit --corpus.
            """,
        subcommands: [
            Serve.self, State.self, Ingest.self, Facts.self, Eval.self, Check.self, Toets.self, Diff.self,
            Report.self, Export.self, Import.self, User.self, Settings.self, Audit.self, Backup.self, Restore.self,
            MigrateDB.self, Bench.self,
        ],
        defaultSubcommand: Serve.self)
}
