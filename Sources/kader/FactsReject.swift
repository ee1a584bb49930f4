import ArgumentParser
import KaderStore

/// `kader facts reject ID`: rejects a candidate.
struct FactsReject: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: "Verwerp een voorgesteld feit.")

    @Argument(help: "De id van het feit (zie `kader facts`).")
    var id: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        guard
            let fact = try await store.withStore({
                try await CandidateRepository(database: $0).reject(id: id, by: User.actor)
            })
        else {
            throw ValidationError("geen feit met id ‘\(id)’ (no such fact)")
        }
        print("\(fact.id) afgewezen")
    }
}
