import ArgumentParser
import KaderStore

/// `kader facts accept ID`: accepts a candidate and places it in the registry.
struct FactsAccept: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept", abstract: "Accepteer een voorgesteld feit en neem het op in het register.")

    @Argument(help: "De id van het feit (zie `kader facts`).")
    var id: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let result = try await store.withStore {
            try await CandidateRepository(database: $0).accept(id: id, by: User.actor)
        }
        guard let (fact, outcome) = result else {
            throw ValidationError("geen feit met id ‘\(id)’ (no such fact)")
        }
        switch outcome {
        case .placed(let target):
            print("\(fact.id) geaccepteerd en opgenomen in het register: \(target)")
        case .unplaced(let reason):
            print("\(fact.id) geaccepteerd, maar nog niet in het register geplaatst: \(reason)")
        }
    }
}
