import Foundation
import Hummingbird
import HummingbirdTesting
import KaderTestSupport
import Testing

/// Exports, feeds and reports as the web app serves them.
@Suite struct ExportRoutesTests {
    func fetch(_ client: some TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, String, Data) {
        try await client.execute(uri: uri, method: .get) { response in
            (response.status, response.headers[.contentType] ?? "", Data(buffer: response.body))
        }
    }

    @Test func csvTablesDownloadWithAHeader() async throws {
        try await WebTestApp.run { client in
            let (status, type, body) = try await fetch(client, "/export/costs.csv?scheiding=puntkomma")
            #expect(status == .ok)
            #expect(type.hasPrefix("text/csv"))
            #expect(String(decoding: body, as: UTF8.self).hasPrefix("\u{FEFF}id;missie"))
            let (missing, _, _) = try await fetch(client, "/export/geheim.csv")
            #expect(missing == .notFound)
        }
    }

    @Test func theRegisterExportHoldsEveryLetterWhole() async throws {
        try await WebTestApp.run { client in
            let (status, _, body) = try await fetch(client, "/export/register.json")
            #expect(status == .ok)
            let json = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            let registry = json?["registry"] as? [String: Any]
            let documents = try #require(registry?["documents"] as? [[String: Any]])
            for letter in try Corpus.letters() {
                let exported = documents.first { $0["id"] as? String == letter.id }?["text"] as? String
                #expect(exported == letter.text, "\(letter.id)")
            }
        }
    }

    @Test func theCalendarAndTheFeedAreServedWithTheirTypes() async throws {
        try await WebTestApp.run { client in
            let (status, type, body) = try await fetch(client, "/kalender.ics")
            #expect(status == .ok)
            #expect(type.hasPrefix("text/calendar"))
            let calendar = String(decoding: body, as: UTF8.self)
            #expect(calendar.contains("DTSTART;VALUE=DATE:20241231"))
            // The deployment ended in July 2025 (as the registry has it), so the final
            // evaluation is owed; the reporting duties come from the monitoring rules.
            #expect(calendar.contains("SUMMARY:Eindevaluatie: irak"))
            let (_, feedType, feed) = try await fetch(client, "/feed.atom")
            #expect(feedType.hasPrefix("application/atom+xml"))
            #expect(String(decoding: feed, as: UTF8.self).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        }
    }

    @Test func theProgressReportDraftsInHTMLAndMarkdown() async throws {
        try await WebTestApp.run { client in
            let (status, _, html) = try await fetch(
                client, "/rapportage/voortgang?inzet=irak&van=2020-05-01&tot=2021-05-31")
            #expect(status == .ok)
            let page = String(decoding: html, as: UTF8.self)
            #expect(page.contains("€ 10,5 miljoen<sup>"))
            #expect(page.contains("href=\"/brieven/000_99295b712c9ec60a#bron-"))
            let (_, type, markdown) = try await fetch(
                client, "/rapportage/voortgang?inzet=irak&van=2020-05-01&tot=2021-05-31&formaat=md")
            #expect(type.hasPrefix("text/markdown"))
            #expect(String(decoding: markdown, as: UTF8.self).contains("7 van 20[^"))
            let (bad, _, _) = try await fetch(client, "/rapportage/voortgang?formaat=docx")
            #expect(bad == .badRequest)
        }
    }

    @Test func theProgressReportPrintsToAPDFThatHoldsItsFigures() async throws {
        try await WebTestApp.run { client in
            let (status, type, pdf) = try await fetch(
                client, "/rapportage/voortgang?inzet=irak&van=2020-05-01&tot=2021-05-31&formaat=pdf")
            #expect(status == .ok)
            #expect(type == "application/pdf")
            #expect(pdf.starts(with: Data("%PDF".utf8)))
            // pdftotext (poppler-utils) reads the text back out of the PDF.
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let file = folder.url.appendingPathComponent("rapport.pdf")
            try pdf.write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
            process.arguments = [file.path, "-"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(text.contains("Voortgangsrapportage"))
            #expect(text.contains("10,5 miljoen"))
            #expect(text.contains("Erbil"))
        }
    }

    @Test func aMissionFactSheetIsOnePageOfHTML() async throws {
        try await WebTestApp.run { client in
            let (status, _, body) = try await fetch(client, "/missies/NMI/factsheet?peildatum=2024-06-01")
            #expect(status == .ok)
            #expect(String(decoding: body, as: UTF8.self).contains("Factsheet NMI"))
        }
    }
}
