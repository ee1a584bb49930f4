import KaderCore
import KaderTestSupport
import Testing

@Suite struct LetterDiffTests {
    @Test func theLetterOfNovember2024ExtendsTheForceProtectionAndAddsTheHelicopters() throws {
        let diff = try LetterDiff("004_a5c8b23f8fb2d6ff", "001_58c76a8e68136705", in: try Corpus.iraqRegistry())
        #expect(diff.earlier.id == "004_a5c8b23f8fb2d6ff")
        let fp = try #require(diff.changes.first { $0.contribution.id == "nmi-force-protection" })
        #expect(fp.kind == .endChanged)
        #expect(fp.before == "31 december 2024")
        #expect(fp.after == "30 juni 2025")
        #expect(fp.decision?.provenance.span?.quote.contains("aanvullende periode") == true)
        // The letter also says the company hands over to an ally after June: the end is decided.
        let handOver = diff.changes.first { $0.contribution.id == "nmi-force-protection" && $0.kind == .endDecided }
        #expect(handOver?.after == "30 juni 2025")
        #expect(handOver?.decision?.provenance.span?.quote.hasPrefix("Daarna draagt Nederland") == true)
        let added = diff.changes.filter { $0.kind == .newContribution }.map(\.contribution.id)
        #expect(Set(added) == ["nmi-helikopters", "nmi-commando"])
        // Restating the frameworks that run to July 2025 changes nothing.
        #expect(!diff.changes.contains { $0.contribution.id == "oir-sof" })
    }

    @Test func theOrderOfTheTwoLettersDoesNotMatter() throws {
        let registry = try Corpus.iraqRegistry()
        let forward = try LetterDiff("004_a5c8b23f8fb2d6ff", "001_58c76a8e68136705", in: registry)
        let backward = try LetterDiff("001_58c76a8e68136705", "004_a5c8b23f8fb2d6ff", in: registry)
        #expect(forward == backward)
    }

    @Test func theLetterOf2023RaisesEUAMAndEndsTheForceProtectionAtErbil() throws {
        let diff = try LetterDiff("000_99295b712c9ec60a", "004_a5c8b23f8fb2d6ff", in: try Corpus.iraqRegistry())
        let euam = diff.changes.first { $0.contribution.id == "euam-adviseurs" && $0.kind == .capChanged }
        #expect(euam?.before == "maximaal 3")
        #expect(euam?.after == "maximaal 7")
        let erbil = diff.changes.first { $0.contribution.id == "oir-fp-erbil" }
        #expect(erbil?.kind == .ended)
        #expect(diff.changes.contains { $0.contribution.id == "nmi-force-protection" && $0.kind == .newContribution })
    }

    @Test func anUnknownDocumentIsRefused() throws {
        #expect(throws: LetterDiffError.unknownDocument("999_onbekend")) {
            try LetterDiff("004_a5c8b23f8fb2d6ff", "999_onbekend", in: try Corpus.iraqRegistry())
        }
    }
}
