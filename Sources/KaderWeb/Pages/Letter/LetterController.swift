import Hummingbird
import KaderCore
import KaderStore

/// Serves `/brieven/{id}` (a letter with its facts marked, its candidates and its
/// Toetsingskader check) and the review of its candidates.
struct LetterController: Sendable {
    let cache: RegistryCache
    let candidates: CandidateRepository
    let pages: PageRenderer

    /// The review form: the status the reviewer saw (optimistic locking) and a reason.
    struct ReviewForm: Decodable {
        let verwacht: String?
        let reden: String?
        /// The corrected value, for `corrigeren`.
        let waarde: String?
    }

    func register(on router: Router<KaderRequestContext>) {
        router.get("/brieven/:id") { _, context in
            let id = try context.parameters.require("id")
            return try await letter(id: id, context: context)
        }
        router.post("/brieven/:id/feiten/:feit/:besluit") { request, context -> Response in
            let account = try context.require(.analist)
            let id = try context.parameters.require("id")
            let factID = try context.parameters.require("feit")
            let verdict = try context.parameters.require("besluit")
            // The letter must be one the reviewer may read.
            _ = try await document(id: id, context: context)
            let form = try await request.decode(as: ReviewForm.self, context: context)
            let expected = form.verwacht.flatMap(CandidateStatus.init(rawValue:))
            let reason = form.reden.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            do {
                switch verdict {
                case "accepteren":
                    guard
                        try await candidates.accept(id: factID, by: account.id, expecting: expected, reason: reason)
                            != nil
                    else { throw HTTPError(.notFound, message: "Er is geen voorgesteld feit ‘\(factID)’.") }
                case "corrigeren":
                    guard let current = try await candidates.candidate(id: factID) else {
                        throw HTTPError(.notFound, message: "Er is geen voorgesteld feit ‘\(factID)’.")
                    }
                    guard let reason else {
                        throw HTTPError(.badRequest, message: "Geef bij een correctie de reden op.")
                    }
                    guard let value = current.value.corrected(with: form.waarde ?? "") else {
                        throw HTTPError(
                            .badRequest,
                            message: "‘\(form.waarde ?? "")’ is geen geldige \(current.value.correctionHint).")
                    }
                    _ = try await candidates.correct(
                        id: factID, to: value, by: account.id, expecting: expected, reason: reason)
                case "afwijzen":
                    guard
                        try await candidates.reject(id: factID, by: account.id, expecting: expected, reason: reason)
                            != nil
                    else { throw HTTPError(.notFound, message: "Er is geen voorgesteld feit ‘\(factID)’.") }
                default:
                    throw HTTPError(.notFound, message: "Onbekende beoordeling ‘\(verdict)’.")
                }
            } catch let conflict as ReviewConflict {
                throw HTTPError(
                    .conflict,
                    message:
                        "Dit feit is intussen door een ander beoordeeld. U zag: \(conflict.expected.rawValue). Nu: \(conflict.current.status.rawValue)\(conflict.current.placement.map { ", opgenomen als \($0)" } ?? ""). Uw beoordeling is niet opgeslagen."
                )
            }
            await cache.invalidate()
            return Response(status: .seeOther, headers: [.location: "/brieven/\(id)#feit-\(factID)"])
        }
    }

    func document(id: String, context: KaderRequestContext) async throws -> Document {
        guard let document = try await cache.document(id: id, for: context) else {
            throw HTTPError(.notFound, message: "Er is geen brief met kenmerk ‘\(id)’.")
        }
        return document
    }

    func letter(id: String, context: KaderRequestContext) async throws -> HTMLResponse {
        let registry = try await cache.registry(for: context)
        let document = try await document(id: id, context: context)
        let canReview = (context.identity?.account.role ?? .lezer) >= .analist
        let check = document.type == .artikel100 ? await cache.toetsingskader(document) : nil
        let page = LetterPage(
            document: document, registry: registry, candidates: try await candidates.candidates(documentID: id),
            canReview: canReview, check: check)
        return pages.render(page, template: "letter", context: context)
    }
}
