import Hummingbird
import KaderCore
import KaderStore

/// The audit trail as a page: every change, newest first, per user or per subject.
struct AuditPage: Sendable {
    let title = "Auditspoor"
    let entries: [AuditEntry]
    let count: Int
    let filter: String?
}

/// Serves `/audit?gebruiker=&soort=&onderwerp=` to beheerders.
struct AuditController: Sendable {
    let audit: AuditLog
    let pages: PageRenderer

    func register(on router: Router<KaderRequestContext>) {
        router.get("/audit") { request, context in
            _ = try context.require(.beheerder)
            let query = request.uri.queryParameters
            func value(_ name: String) -> String? { query.get(name).flatMap { $0.isEmpty ? nil : $0 } }
            let entries = try await audit.entries(
                subjectKind: value("soort"), subjectID: value("onderwerp"), user: value("gebruiker"), limit: 1000)
            let filter = [value("gebruiker").map { "gebruiker \($0)" }, value("soort"), value("onderwerp")]
                .compactMap { $0 }.joined(separator: ", ")
            return pages.render(
                AuditPage(entries: entries, count: entries.count, filter: filter.isEmpty ? nil : filter),
                template: "audit", context: context)
        }
    }
}
