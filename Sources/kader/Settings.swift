import ArgumentParser
import KaderCore
import KaderStore

/// `kader settings`: the settings of the installation, shown and changed from the terminal.
struct Settings: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon en wijzig de instellingen van Kader (zoals anoniem-lezen).",
        subcommands: [Show.self, Change.self], defaultSubcommand: Show.self)
}

extension Settings {
    /// `kader settings show`: every setting with its value, and whether that is the default.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Toon elke instelling en haar waarde.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let values = try await store.withStore { database in
                let accounts = AccountRepository(database: database)
                var values: [(Setting, String)] = []
                for setting in Setting.allCases { values.append((setting, try await accounts.value(of: setting))) }
                return values
            }
            for (setting, value) in values {
                let choices = setting.values.joined(separator: "|")
                print("\(setting.rawValue) = \(value)\t(\(choices)) \(setting.explanation)")
            }
        }
    }

    /// `kader settings set KEY VALUE`: checked before the database is opened, recorded in the audit trail.
    struct Change: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Wijzig een instelling, bijvoorbeeld: kader settings set anoniem-lezen ja.")
        @Argument(help: "De instelling: \(Setting.allCases.map(\.rawValue).joined(separator: ", ")).")
        var key: String
        @Argument(help: "De nieuwe waarde (anoniem-lezen: ja of nee).")
        var value: String
        @OptionGroup var store: StoreOptions

        func validate() throws {
            do {
                _ = try Setting.named(key).validated(value)
            } catch {
                throw ValidationError(error.description)
            }
        }

        func run() async throws {
            let setting = try Setting.named(key)
            let normalized = try setting.validated(value)
            let changed = try await store.withStore { database in
                try await AccountRepository(database: database).set(setting, to: normalized, by: User.actor)
            }
            print(
                changed
                    ? "\(setting.rawValue) is nu \(normalized)"
                    : "\(setting.rawValue) was al \(normalized); niets gewijzigd")
        }
    }
}
