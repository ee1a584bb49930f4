import ArgumentParser
import Foundation
import KaderStore

/// `kader audit`: the audit trail, newest first, as text or JSON (for export).
struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon het auditspoor: wie wat wanneer veranderde, en waarom (nieuwste eerst).")

    @Option(help: "Alleen de wijzigingen van dit account.")
    var user: String?

    @Option(
        help: "Alleen wijzigingen aan dit soort onderwerp (feit, bezetting, meting, les, account, token, instelling).")
    var kind: String?

    @Option(help: "Alleen wijzigingen aan dit onderwerp (id).")
    var subject: String?

    @Flag(help: "Uitvoer als JSON.")
    var json = false

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let entries = try await store.withStore {
            try await AuditLog(database: $0).entries(subjectKind: kind, subjectID: subject, user: user, limit: 100_000)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            print(String(decoding: try encoder.encode(entries), as: UTF8.self))
            return
        }
        for entry in entries {
            print("\(entry.at)  \(entry.userID)  \(entry.action)  \(entry.subjectKind)/\(entry.subjectID)")
            if let before = entry.before { print("    voor: \(before)") }
            if let after = entry.after { print("    na:   \(after)") }
            if let reason = entry.reason { print("    reden: \(reason)") }
        }
    }
}
