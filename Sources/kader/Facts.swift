import ArgumentParser
import KaderCore
import KaderStore

/// `kader facts`: the candidate facts, and their review.
struct Facts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon de voorgestelde feiten, of accepteer of verwerp er een.",
        subcommands: [FactsList.self, FactsAccept.self, FactsReject.self],
        defaultSubcommand: FactsList.self)
}

/// `kader facts [list] [--document ID] [--status …]`.
struct FactsList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Toon de voorgestelde feiten met hun bron.")

    @Option(name: .long, help: "Alleen de feiten van deze brief (document-id).")
    var document: String?

    @Option(name: .long, help: "Alleen feiten met deze status: voorgesteld, geaccepteerd of afgewezen.")
    var status: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let status, CandidateStatus(rawValue: status) == nil {
            throw ValidationError("‘\(status)’ is geen status; kies voorgesteld, geaccepteerd of afgewezen.")
        }
    }

    func run() async throws {
        let facts = try await store.withStore { database in
            try await CandidateRepository(database: database).candidates(
                documentID: document, status: status.flatMap(CandidateStatus.init(rawValue:)))
        }
        if facts.isEmpty {
            print("Geen feiten gevonden.")
            return
        }
        for fact in facts {
            let place = fact.provenance.span.map { " [\($0.start)–\($0.end)]" } ?? ""
            let confidence = Int((fact.confidence * 100).rounded())
            print(
                "\(fact.id)  \(fact.status.rawValue)  \(fact.value.kind)  \(confidence)%  \(fact.value.summary)\(place)"
            )
        }
    }
}
