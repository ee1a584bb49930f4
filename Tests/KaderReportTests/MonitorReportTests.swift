import KaderCore
import KaderReport
import KaderTestSupport
import Testing

@Suite struct ToetsingskaderReportTests {
    @Test func theSupplementaryLetterShowsWhatIsMissingAndWhatItRefersBackFor() throws {
        let letter = try Corpus.letter("001_58c76a8e68136705.txt")
        let text = ToetsingskaderReport(check: ToetsingskaderCheck(document: letter), title: letter.fileName).text()
        #expect(text.contains("8 van 9 onderdelen behandeld"))
        #expect(text.contains("De brief is onvolledig."))
        #expect(text.contains("\n✗ Nazorg: ontbreekt\n"))
        #expect(text.contains("    ~ genderperspectief: verwijzing ["))
        #expect(text.contains("✓ Financiën: kop ["))
    }
}

@Suite struct LetterDiffReportTests {
    @Test func theExtensionShowsTheOldAndNewEndWithItsSource() throws {
        let diff = try LetterDiff("004_a5c8b23f8fb2d6ff", "001_58c76a8e68136705", in: try Corpus.iraqRegistry())
        let text = LetterDiffReport(diff: diff).text()
        #expect(text.hasPrefix("Van 004_a5c8b23f8fb2d6ff"))
        #expect(
            text.contains(
                "NMI force protection-compagnie (infanteriecompagnie): nieuwe einddatum: 31 december 2024 → 30 juni 2025"
            ))
        #expect(text.contains("bron: 001_58c76a8e68136705 ["))
    }
}
