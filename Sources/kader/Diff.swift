import ArgumentParser
import KaderCore
import KaderReport
import KaderStore

/// `kader diff DOC DOC`: what a later letter on a deployment changed against an earlier one.
struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon wat een latere brief over dezelfde inzet veranderde: nieuwe plafonds, einddatums, "
            + "nieuwe en beëindigde bijdragen.")

    @Argument(help: "Het ene document, zoals opgeslagen (bijvoorbeeld 004_a5c8b23f8fb2d6ff).")
    var first: String

    @Argument(help: "Het andere document; de volgorde doet er niet toe.")
    var second: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let registry = try await store.withStore { try await RegistryRepository(database: $0).load() }
        let diff: LetterDiff
        do {
            diff = try LetterDiff(Self.id(first), Self.id(second), in: registry)
        } catch let error as LetterDiffError {
            throw ValidationError(error.description)
        }
        print(LetterDiffReport(diff: diff).text(), terminator: "")
    }

    /// Accepts a file name too: `004_a5c8b23f8fb2d6ff.txt` is stored as `004_a5c8b23f8fb2d6ff`.
    static func id(_ argument: String) -> String {
        let name = argument.split(separator: "/").last.map(String.init) ?? argument
        return name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
    }
}
