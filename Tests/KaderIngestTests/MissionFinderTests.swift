import Testing

@testable import KaderIngest

/// Mission names found in stretches of text, as the whole-text patterns found them.
@Suite struct MissionFinderTests {
    private func found(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return MissionFinder.mentions(in: text).map {
            "\($0.mission) \(String(String.UnicodeScalarView(scalars[$0.range])))"
        }
    }

    @Test func everyNameAndKeywordPatternCompiles() {
        // The catalog drops a pattern that does not compile; its name would go unfound unseen.
        #expect(MissionCatalog.compiledAliases.count == MissionCatalog.aliases.count)
        #expect(MissionCatalog.compiledKeywords.count == MissionCatalog.componentKeywords.count)
    }

    @Test func aNameAmidPunctuationIsFoundAtItsPlace() {
        #expect(
            found("Zie (Operation Inherent Resolve), en: de NATO Mission in Iraq; 2024.")
                == ["OIR Operation Inherent Resolve", "NMI NATO Mission in Iraq"])
    }

    @Test func aNameMayRunOverALineBreakWhereItsPatternAllowsWhiteSpace() {
        #expect(found("de internationale coalitie\ntegen ISIS.") == ["OIR internationale coalitie\ntegen ISIS"])
    }

    @Test func theHintWordElsewhereInTheLetterFindsNothing() {
        // "inherent" and "Resolve" stand apart, cut by a full stop: no name.
        #expect(found("Operation Inherent. Resolve is inherent aan de missie.").isEmpty)
    }

    @Test func aNameGluedToALetterIsNoName() {
        #expect(found("xOperation Inherent Resolve en Operation Inherent Resolvex").isEmpty)
        #expect(found("éOperation Inherent Resolve").isEmpty)
    }
}
