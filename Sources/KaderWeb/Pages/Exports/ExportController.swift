import Foundation
import Hummingbird
import KaderCore
import KaderReport

/// Serves the exports, feeds and reports: CSV tables, the registry as JSON, the
/// calendar, the Atom feed, the progress report draft and the fact sheets.
struct ExportController: Sendable {
    let cache: RegistryCache

    func register(on router: Router<KaderRequestContext>) {
        router.get("/export/:bestand") { request, context in
            let file = try context.parameters.require("bestand")
            if file == "register.json" {
                let registry = try await cache.registryWithTexts(for: context)
                return download(try RegistryExport.json(registry), type: "application/json", name: file)
            }
            let registry = try await cache.registry(for: context)
            guard file.hasSuffix(".csv"), let table = CSVExport.Table(rawValue: String(file.dropLast(4))) else {
                let names = CSVExport.Table.allCases.map { "\($0.rawValue).csv" }.joined(separator: ", ")
                throw HTTPError(.notFound, message: "Onbekende export ‘\(file)’. Kies uit: \(names), register.json.")
            }
            let semicolon = request.uri.queryParameters.get("scheiding") == "puntkomma"
            let csv = CSVExport(semicolon: semicolon).render(table, registry: registry)
            return download(Data(csv.utf8), type: "text/csv; charset=utf-8", name: file)
        }
        router.get("/kalender.ics") { request, context in
            let registry = try await cache.registry(for: context)
            let calendar = ICalendar(
                registry: registry, baseURL: baseURL(request),
                extra: reportingDuties(registry, baseURL: baseURL(request)))
            return download(Data(calendar.render(stamp: Date()).utf8), type: "text/calendar; charset=utf-8", name: nil)
        }
        router.get("/feed.atom") { request, context in
            let feed = AtomFeed(registry: try await cache.registry(for: context), baseURL: baseURL(request))
            return download(Data(feed.render().utf8), type: "application/atom+xml; charset=utf-8", name: nil)
        }
        router.get("/rapportage/voortgang") { request, context in
            let query = request.uri.queryParameters
            // The report quotes passages from the letters' texts.
            let registry = try await cache.registryWithTexts(for: context)
            let deployment = query.get("inzet") ?? "irak"
            guard registry.missions.contains(where: { $0.deployment == deployment }) else {
                throw HTTPError(.notFound, message: "Geen missies bij inzet ‘\(deployment)’.")
            }
            let today = Day.today()
            let to = try PeilDatum.parse(query.get("tot"), name: "einddatum (tot)") ?? today
            let from = try PeilDatum.parse(query.get("van"), name: "begindatum (van)") ?? to.adding(days: -365)
            guard from <= to else { throw HTTPError(.badRequest, message: "De einddatum ligt vóór de begindatum.") }
            let report = ProgressReport(registry: registry, deployment: deployment, from: from, to: to).document()
            return try render(
                format: query.get("formaat"), html: { HTMLRenderer.render(report) },
                markdown: { MarkdownRenderer.render(report) },
                name: "voortgangsrapportage-\(deployment)-\(from.iso)-\(to.iso)")
        }
        router.get("/missies/:naam/factsheet") { request, context in
            let name = try context.parameters.require("naam")
            let registry = try await cache.registry(for: context)
            guard let mission = registry.mission(named: name) else {
                throw HTTPError(.notFound, message: "Er is geen missie met de naam ‘\(name)’.")
            }
            let day = try PeilDatum.parse(request.uri.queryParameters.get("peildatum")) ?? Day.today()
            let sheet = FactSheet(registry: registry, mission: mission, asOf: day)
            return try render(
                format: request.uri.queryParameters.get("formaat"), html: { sheet.html() }, markdown: nil,
                name: "factsheet-\(mission.id)-\(day.iso)")
        }
    }

    /// The reporting duties of the monitoring rules as calendar events: the next progress
    /// report and commitments whose named period resolves to a date, as of today.
    private func reportingDuties(_ registry: Registry, baseURL: String) -> [ICalendar.Event] {
        let rules: Set<MonitorRule> = [
            .progressReportDue, .progressReportOverdue, .finalEvaluationOwed, .commitmentDue, .commitmentOverdue,
        ]
        return Monitor.check(registry, asOf: Day.today(), settings: MonitorSettings(horizonDays: 3650))
            .filter { rules.contains($0.rule) && $0.due != nil }
            .map { alert in
                ICalendar.Event(
                    uid: "kader-\(alert.rule.rawValue)-\(alert.subject.id)", day: alert.due!,
                    summary:
                        "\(alert.rule == .finalEvaluationOwed ? "Eindevaluatie" : alert.subject.kind == .commitment ? "Toezegging" : "Voortgangsrapportage"): \(alert.subject.name)",
                    description: alert.message, url: "\(baseURL)/")
            }
    }

    /// HTML by default, `formaat=md` or `formaat=pdf` on request.
    private func render(format: String?, html: () -> String, markdown: (() -> String)?, name: String) throws -> Response
    {
        switch format ?? "html" {
        case "html": return download(Data(html().utf8), type: "text/html; charset=utf-8", name: nil)
        case "md" where markdown != nil:
            return download(Data(markdown!().utf8), type: "text/markdown; charset=utf-8", name: "\(name).md")
        case "pdf":
            do {
                return download(try PDFPrinter.pdf(fromHTML: html()), type: "application/pdf", name: "\(name).pdf")
            } catch {
                throw HTTPError(.serviceUnavailable, message: "PDF maken lukte niet: \(error)")
            }
        default:
            throw HTTPError(
                .badRequest,
                message: "Onbekend formaat ‘\(format ?? "")’: kies html\(markdown == nil ? "" : ", md") of pdf.")
        }
    }

    private func download(_ data: Data, type: String, name: String?) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let name { headers[.contentDisposition] = "attachment; filename=\"\(name)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `http://host:port` as the client reached us, for absolute links in feeds.
    private func baseURL(_ request: Request) -> String {
        request.head.authority.map { "http://\($0)" } ?? ""
    }
}
