import Foundation
import KaderCore
import KaderStore
import KaderTestSupport
import Testing

/// The curated Iraq registry: every figure has its source, and the figures are right.
@Suite struct SeedTests {
    @Test func everyQuoteStandsInTheLetterItCites() throws {
        let curated = try SeedFiles.loadIraq()
        let letters = Dictionary(uniqueKeysWithValues: try Corpus.letters().map { ($0.fileName, $0) })
        #expect(curated.allSources.count > 20)
        for source in curated.allSources {
            let letter = try #require(letters[source.document], "no letter \(source.document)")
            #expect(
                TextLocator(text: letter.text).locate(source.quote) != nil,
                "not in \(source.document): \(source.quote)")
        }
    }

    @Test func everyFactHasASourceSpanWhoseTextIsItsQuote() throws {
        let registry = try Corpus.iraqRegistry()
        let texts = Dictionary(uniqueKeysWithValues: registry.documents.map { ($0.id, $0.text) })
        var provenances = registry.decisions.map(\.provenance) + registry.costs.map(\.provenance)
        provenances += registry.staffing.map(\.provenance) + registry.commitments.map(\.provenance)
        for provenance in provenances {
            let span = try #require(provenance.span)
            let text = try #require(texts[span.documentID])
            #expect(TextLocator.slice(text, span.start..<span.end) == span.quote)
        }
    }

    @Test func documentsCarryTheirDatesAndTypes() throws {
        let registry = try Corpus.iraqRegistry()
        let byID = Dictionary(uniqueKeysWithValues: registry.documents.map { ($0.id, $0) })
        #expect(byID["004_a5c8b23f8fb2d6ff"]?.date == .at("2023-07-07"))
        #expect(byID["004_a5c8b23f8fb2d6ff"]?.type == .artikel100)
        #expect(byID["001_58c76a8e68136705"]?.date == .at("2024-11-22"))
        #expect(byID["000_99295b712c9ec60a"]?.type == .voortgangsrapportage)
    }

    func state(_ registry: Registry, _ contributionID: String, _ day: String) throws -> ContributionState {
        try #require(registry.states(asOf: .at(day)).first { $0.contribution.id == contributionID })
    }

    @Test func theNMIForceProtectionRunsThrough2024AndIsExtendedToJune2025() throws {
        let registry = try Corpus.iraqRegistry()
        let june2024 = try state(registry, "nmi-force-protection", "2024-06-01")
        #expect(june2024.status == .active)
        #expect(june2024.cap == PersonnelCap(count: 145, qualifier: .circa))
        #expect(june2024.end == .at("2024-12-31"))
        #expect(june2024.endDecision?.documentID == "004_a5c8b23f8fb2d6ff")
        let march2025 = try state(registry, "nmi-force-protection", "2025-03-01")
        #expect(march2025.status == .active)
        #expect(march2025.end == .at("2025-06-30"))
        #expect(march2025.endDecision?.documentID == "001_58c76a8e68136705")
    }

    @Test func theEUAMCapIsRaisedToSeven() throws {
        let registry = try Corpus.iraqRegistry()
        let euam = try #require(
            registry.states(asOf: .at("2025-03-01")).first {
                $0.contribution.missionID == "EUAM" && $0.cap == PersonnelCap(count: 7, qualifier: .maximaal)
            })
        #expect(euam.status == .active)
        #expect(euam.capDecision?.action == .raise)
        #expect(euam.capDecision?.documentID == "004_a5c8b23f8fb2d6ff")
    }

    @Test func inMarch2021TheForceProtectionAtErbilAndAlAzraqIsActive() throws {
        let registry = try Corpus.iraqRegistry()
        let active = registry.states(asOf: .at("2021-03-01")).filter { $0.status == .active }
        let components = active.map {
            "\($0.contribution.component) \($0.contribution.locations.joined(separator: " "))"
        }
        #expect(components.contains { $0.contains("Erbil") && $0.lowercased().contains("force protection") })
        #expect(components.contains { $0.contains("Azraq") && $0.lowercased().contains("force protection") })
    }

    @Test func the2020ActualAndThe2021EstimateAreThere() throws {
        let registry = try Corpus.iraqRegistry()
        #expect(registry.costs.contains { $0.amountCents == 1_050_000_000 && $0.year == 2020 && $0.kind == .actual })
        #expect(registry.costs.contains { $0.amountCents == 2_170_000_000 && $0.year == 2021 && $0.kind == .estimate })
    }
}
