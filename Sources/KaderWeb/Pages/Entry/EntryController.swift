import Foundation
import Hummingbird
import KaderCore
import KaderIngest
import KaderStore

/// Serves `/invoeren`: uploads of letters (stored with their candidate facts, one
/// transaction per letter) and forms for facts entered by hand, each recorded with its
/// author in the audit trail. Analists and beheerders only.
struct EntryController: Sendable {
    static let maxFiles = 20
    /// Twenty letters of the largest size a letter may have, plus the form around them.
    static let maxUploadBytes = maxFiles * LetterReader.maximumBytes + 1_000_000

    let cache: RegistryCache
    let candidates: CandidateRepository
    let registry: RegistryRepository
    let pages: PageRenderer

    /// Numbers arrive as text: an empty optional field is "", not a missing one.
    struct StaffingForm: Decodable {
        let bijdrage: String
        let datum: String
        let bezet: String
        let militair: String?
        let civiel: String?
        let politie: String?
        let vrouwen: String?
        let mannen: String?
    }

    /// A count from a form field: nil when empty, 400 when not a whole number from 0.
    static func count(_ field: String?, name: String) throws -> Int? {
        guard let text = field?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int(text), (0...100_000).contains(value) else {
            throw HTTPError(.badRequest, message: "‘\(text)’ bij \(name) is geen geldig aantal.")
        }
        return value
    }

    struct MeasurementForm: Decodable {
        let indicator: String
        let van: String?
        let tot: String
        let waarde: String?
        let oordeel: String?
        let onderbouwing: String?
        let zekerheid: String?
        let rubricering: String?
    }

    struct LessonForm: Decodable {
        let missie: String
        let les: String
        let verandering: String?
    }

    func register(on router: Router<KaderRequestContext>) {
        router.get("/invoeren") { request, context in
            _ = try context.require(.analist)
            let notice = request.uri.queryParameters.get("opgeslagen").map { "Opgeslagen: \($0)." }
            return pages.render(
                EntryPage(registry: try await cache.registry(for: context), notice: notice), template: "entry",
                context: context)
        }
        router.post("/invoeren/brieven") { request, context in
            let account = try context.require(.analist)
            var request = request
            let body = try await request.collectBody(upTo: Self.maxUploadBytes)
            let upload: Upload
            do {
                upload = try Upload.parse(body, contentType: request.headers[.contentType] ?? "")
            } catch {
                throw HTTPError(.badRequest, message: "\(error)")
            }
            guard !upload.files.isEmpty else {
                throw HTTPError(.badRequest, message: "Kies ten minste één brief om in te lezen.")
            }
            guard upload.files.count <= Self.maxFiles else {
                throw HTTPError(.badRequest, message: "Lees hoogstens \(Self.maxFiles) brieven tegelijk in.")
            }
            var outcomes: [EntryPage.Outcome] = []
            for file in upload.files { outcomes.append(await ingest(file, by: account)) }
            await cache.invalidate()
            let stored = outcomes.filter { !$0.failed }
            if outcomes.count == 1, let only = stored.first, let href = only.href {
                return Response(status: .seeOther, headers: [.location: href])
            }
            var response = try pages.render(
                EntryPage(registry: try await cache.registry(for: context), outcomes: outcomes), template: "entry",
                context: context
            ).response(from: request, context: context)
            if stored.isEmpty { response.status = .unprocessableContent }
            return response
        }
        router.post("/invoeren/bezetting") { request, context -> Response in
            let account = try context.require(.analist)
            let form = try await request.decode(as: StaffingForm.self, context: context)
            guard let day = Day(iso: form.datum) else {
                throw HTTPError(.badRequest, message: "Geef een geldige datum.")
            }
            guard let filled = try Self.count(form.bezet, name: "bezette plaatsen") else {
                throw HTTPError(.badRequest, message: "Geef het aantal bezette plaatsen.")
            }
            guard try await cache.registry(for: context).contributions.contains(where: { $0.id == form.bijdrage })
            else {
                throw HTTPError(.badRequest, message: "Onbekende bijdrage ‘\(form.bijdrage)’.")
            }
            let staffing = Staffing(
                id: RegistryRepository.newID("bezetting"), contributionID: form.bijdrage, date: day, filled: filled,
                military: try Self.count(form.militair, name: "militair"),
                civilian: try Self.count(form.civiel, name: "civiel"),
                police: try Self.count(form.politie, name: "politie"),
                women: try Self.count(form.vrouwen, name: "vrouwen"), men: try Self.count(form.mannen, name: "mannen"),
                provenance: .entered(by: account.id, at: Date()))
            try await registry.addStaffing(staffing, by: account.id)
            await cache.invalidate()
            return Response(status: .seeOther, headers: [.location: "/invoeren?opgeslagen=bezetting"])
        }
        router.post("/invoeren/meting") { request, context -> Response in
            let account = try context.require(.analist)
            let form = try await request.decode(as: MeasurementForm.self, context: context)
            guard let end = Day(iso: form.tot) else {
                throw HTTPError(.badRequest, message: "Geef een geldige einddatum.")
            }
            let value = form.waarde.flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) }
            let rating = form.oordeel.flatMap(Rating.init(rawValue:))
            guard value != nil || rating != nil else {
                throw HTTPError(.badRequest, message: "Geef een waarde of een oordeel.")
            }
            guard try await cache.registry(for: context).indicators.contains(where: { $0.id == form.indicator }) else {
                throw HTTPError(.badRequest, message: "Onbekende indicator ‘\(form.indicator)’.")
            }
            let level = form.rubricering.flatMap(Classification.init(rawValue:)) ?? .openbaar
            guard level <= account.clearance else {
                throw HTTPError(.forbidden, message: "U kunt niets invoeren boven uw eigen rubricering.")
            }
            let measurement = Measurement(
                id: RegistryRepository.newID("meting"), indicatorID: form.indicator,
                period: Period(start: form.van.flatMap(Day.init(iso:)), end: end), value: value, rating: rating,
                evidence: form.onderbouwing, confidence: form.zekerheid.flatMap(Confidence.init(rawValue:)),
                narrative: nil, status: .draft, provenance: .entered(by: account.id, at: Date()), classification: level)
            try await registry.addMeasurement(measurement, by: account.id)
            await cache.invalidate()
            return Response(status: .seeOther, headers: [.location: "/invoeren?opgeslagen=meting"])
        }
        router.post("/invoeren/les") { request, context -> Response in
            let account = try context.require(.analist)
            let form = try await request.decode(as: LessonForm.self, context: context)
            let text = form.les.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw HTTPError(.badRequest, message: "Beschrijf de les.") }
            let lesson = Lesson(
                id: RegistryRepository.newID("les"), missionID: form.missie, text: text,
                change: form.verandering.flatMap { $0.isEmpty ? nil : $0 },
                provenance: .entered(by: account.id, at: Date()))
            try await registry.addLesson(lesson, by: account.id)
            await cache.invalidate()
            return Response(status: .seeOther, headers: [.location: "/invoeren?opgeslagen=les"])
        }
    }

    /// Reads, extracts and stores one uploaded letter; a failure stores nothing of it.
    private func ingest(_ file: Upload.File, by account: Account) async -> EntryPage.Outcome {
        do {
            let document = try LetterReader().read(data: file.data, fileName: file.name)
            let extraction = LetterExtractor().extract(document)
            switch try await candidates.storeLetter(extraction.document, candidates: extraction.facts) {
            case .stored(let id, let count):
                return EntryPage.Outcome(
                    file: file.name, message: "ingelezen met \(count) voorgestelde feiten",
                    href: "/brieven/\(id)#voorstellen",
                    failed: false)
            case .alreadyStored(let id):
                return EntryPage.Outcome(
                    file: file.name, message: "stond er al (zelfde tekst)", href: "/brieven/\(id)", failed: false)
            }
        } catch {
            return EntryPage.Outcome(file: file.name, message: "niet ingelezen: \(error)", href: nil, failed: true)
        }
    }
}
