import Foundation
import KaderCore
import KaderReport
import KaderTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ExportTests {
    @Test func csvHasAHeaderAndOneRowPerDecisionWithItsSource() throws {
        let registry = try Corpus.iraqRegistry()
        let csv = CSVExport().render(.decisions, registry: registry)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("id,bijdrage,datum,document,besluit") == true)
        // Quoted fields may hold line breaks; count records by their id column instead.
        let ids = registry.decisions.map { $0.id }
        #expect(ids.allSatisfy { id in lines.contains { $0.hasPrefix(id + ",") } })
        let fp = try #require(
            lines.first { $0.hasPrefix("d004-nmi-fp-establish,") || ($0.contains("nmi-force-protection,2023-07-07")) })
        #expect(fp.contains("145,circa,2024-01-01,2024-12-31,004_a5c8b23f8fb2d6ff"))
    }

    @Test func fieldsWithTheSeparatorOrQuotesAreQuoted() {
        let export = CSVExport()
        #expect(export.field("a,b") == "\"a,b\"")
        #expect(export.field("zei \"ja\"") == "\"zei \"\"ja\"\"\"")
        #expect(export.field("gewoon") == "gewoon")
        let dutch = CSVExport(semicolon: true)
        #expect(dutch.field("a,b") == "a,b")
        #expect(dutch.field("a;b") == "\"a;b\"")
    }

    @Test func theSemicolonFormStartsWithAByteOrderMarkForExcel() throws {
        let csv = CSVExport(semicolon: true).render(.costs, registry: try Corpus.iraqRegistry())
        #expect(csv.hasPrefix("\u{FEFF}id;missie;bijdrage;jaar;bedrag_euro"))
        #expect(csv.contains(";10500000;actual;"))
    }

    @Test func theJSONExportDecodesToTheSameRegistry() throws {
        let registry = try Corpus.iraqRegistry()
        let data = try RegistryExport.json(registry)
        #expect(try RegistryExport.registry(fromJSON: data) == registry)
        #expect(try RegistryExport.json(try RegistryExport.registry(fromJSON: data)) == data)
    }

    @Test func anythingElseIsRefusedOnImport() {
        #expect(throws: RegistryExport.ImportError.self) { try RegistryExport.registry(fromJSON: Data("{}".utf8)) }
        #expect(throws: RegistryExport.ImportError.self) {
            try RegistryExport.registry(fromJSON: Data(#"{"format": "iets", "version": 1, "registry": {}}"#.utf8))
        }
    }

    @Test func theCalendarHoldsEveryFrameworkEndIncludingSupersededOnes() throws {
        let calendar = ICalendar(registry: try Corpus.iraqRegistry(), baseURL: "http://kader")
        let text = calendar.render(stamp: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let events = calendar.events.filter { $0.summary.contains("force protection-compagnie (infanteriecompagnie)") }
        #expect(events.map { $0.day.iso }.sorted() == ["2024-12-31", "2025-06-30"])
        let superseded = try #require(events.first { $0.day.iso == "2024-12-31" })
        #expect(superseded.description.contains("Later gewijzigd: tot en met 30 juni 2025"))
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
        #expect(text.contains("DTSTART;VALUE=DATE:20241231"))
    }

    @Test func longCalendarLinesFoldWithoutSplittingCharacters() {
        let folded = ICalendar.fold("DESCRIPTION:" + String(repeating: "één ", count: 40))
        let pieces = folded.components(separatedBy: "\r\n ")
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.joined() == "DESCRIPTION:" + String(repeating: "één ", count: 40))
        #expect(ICalendar.escape("a,b;c\nd") == "a\\,b\\;c\\nd")
    }

    @Test func theAtomFeedIsWellFormedAndNewestFirst() throws {
        let feed = AtomFeed(registry: try Corpus.iraqRegistry(), baseURL: "http://kader").render()
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        let updated = feed.matches(of: /<updated>(\d{4}-\d{2}-\d{2})T/).map { String($0.output.1) }
        #expect(updated.count > 10)
        #expect(Array(updated.dropFirst()) == updated.dropFirst().sorted(by: >))
        #expect(feed.contains("<title>Brief: Aanvullende artikel 100-brief"))
    }

    @Test func aFactSheetHasTheContributionsTimelineAndSources() throws {
        let registry = try Corpus.iraqRegistry()
        let nmi = try #require(registry.mission(named: "NMI"))
        let html = FactSheet(registry: registry, mission: nmi, asOf: .at("2024-06-01")).html()
        #expect(html.contains("Factsheet NMI"))
        #expect(html.contains("circa 145<sup>"))
        #expect(html.contains("<svg"))
        #expect(html.contains("<h2>Bronnen</h2>"))
    }
}
