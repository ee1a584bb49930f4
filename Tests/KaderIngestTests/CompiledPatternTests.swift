import Foundation
import KaderTestSupport
import Testing

@testable import KaderIngest

/// `CompiledPattern` runs ICU directly where `NSRegularExpression` ran it through Foundation:
/// it must find the same matches, with the same groups, at the same places.
@Suite struct CompiledPatternTests {
    /// The extractors' patterns: mission names, keywords, word patterns and patterns with groups.
    static let patterns: [CompiledPattern] = {
        var patterns: [CompiledPattern] = MissionCatalog.compiledAliases.map(\.regex)
        patterns += MissionCatalog.compiledKeywords.map(\.regex)
        patterns += GuardWordTests.wordPatterns.map(\.regex)
        let grouped: [CompiledPattern] = [
            DutchDate.endRegex, DutchDate.startRegex, MetadataExtractor.addressLine, MetadataExtractor.role,
            FrameworkExtractor.foreign, CommitmentExtractor.promise, IndicatorExtractor.times,
            IndicatorExtractor.share, IndicatorExtractor.done, ReferenceExtractor.bracketed, ReferenceExtractor.joined,
            ReferenceExtractor.motionBefore, ReferenceExtractor.motionAfter,
        ]
        return patterns + grouped
    }()

    /// Every match of `pattern` in `text` as Foundation finds it, in UTF-16 offsets.
    static func foundationMatches(_ regex: NSRegularExpression, _ text: String) -> [[Range<Int>?]] {
        regex.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)).map { result in
            (0..<result.numberOfRanges).map {
                let range = result.range(at: $0)
                return range.location == NSNotFound ? nil : range.location..<(range.location + range.length)
            }
        }
    }

    static func matches(_ pattern: CompiledPattern, _ text: String, firstOnly: Bool = false) -> [[Range<Int>?]] {
        Array(text.utf16).withUnsafeBufferPointer { pattern.matches(in: $0, firstOnly: firstOnly) }
    }

    @Test func everyPatternFindsWhatNSRegularExpressionFindsOnEveryCorpusSentence() throws {
        let texts =
            try ScanShortcutTests.sentences().map(\.string) + [
                "", "🇳🇱 Nederland levert 🪖 150 militairen tot en met 31 december 2025 aan de anti-ISIS-coalitie.",
                "𝐍ederland: motie-Boswijk (Kamerstuk 27 925, nr. 943) 𝐍 en 12 van de 20 trainers.",
                // Letters of other cases and scripts right beside the words the patterns look for.
                "ÉVERZOEK, Σverzoek en verzoekÉ; OPERATIE IRINIΣ, Één miljoen EURO; ǅMOTIE Motieǅ.",
            ]
        #expect(Self.patterns.count > 60)
        var matched = 0
        for pattern in Self.patterns {
            let foundation = try NSRegularExpression(
                pattern: pattern.pattern, options: pattern.caseInsensitive ? [.caseInsensitive] : [])
            for text in texts {
                let expected = Self.foundationMatches(foundation, text)
                let found = Self.matches(pattern, text)
                #expect(found == expected, "\(pattern.pattern) in \(text)")
                #expect(Self.matches(pattern, text, firstOnly: true) == Array(expected.prefix(1)))
                matched += expected.count
            }
        }
        #expect(matched > 1_000)
    }

    @Test func aCaseInsensitivePatternsLetterAndDigitSetsAreCompiledWithoutCaseClosure() {
        let spared = [
            #"(?<![\p{L}])verzoek(?:en)?(?![\p{L}])"#: #"(?<!(?-i:[\p{L}]))verzoek(?:en)?(?!(?-i:[\p{L}]))"#,
            #"zullen[^.]{0,80}bedragen"#: #"zullen(?-i:[^.]){0,80}bedragen"#,
            #"[\p{Lu}][\p{L}-]*"#: #"[\p{Lu}](?-i:[\p{L}-])*"#,
            #"\d+\s+keer\s+\p{L}+"#: #"\d+\s+keer\s+(?-i:\p{L})+"#,
            #"(?<![\p{L}\d.,])(\d[\d.]*)"#: #"(?<!(?-i:[\p{L}\d.,]))(\d(?-i:[\d.])*)"#,
            #"\[\p{N}\]"#: #"\[(?-i:\p{N})\]"#,
        ]
        for (pattern, expected) in spared { #expect(CaseClosure.sparing(pattern) == expected) }
        // Sets that name letters, capitals or ranges need their closure: "[a-c]" matches "B".
        for kept in [#"[a-zëé]+"#, #"Ira[qk]"#, #"[\p{Lu}]"#, #"[.-,]"#, #"[\w.]"#, #"\p{Lu}\p{Ll}"#, #"\Q[\p{L}]\E"#] {
            #expect(CaseClosure.sparing(kept) == kept)
        }
    }

    @Test func aSparedPatternFindsWhatTheCaseInsensitivePatternAsWrittenFinds() throws {
        let patterns = [
            #"[\p{Lu}][\p{L}-]*"#, #"(?<![\p{L}])motie(?![\p{L}])"#, #"[a-c]\p{L}+"#, #"zullen[^.]{0,20}bedragen"#,
            #"(?<![\p{L}\d.,])(\d[\d.]*)\s+euro"#,
        ]
        let text = "in Irak ÉÉN Motie, ǅmotie MOTIE; Zullen ruim 1.200 EURO bedragen, ab Bé 3.4 euro"
        var matched = 0
        for written in patterns {
            let foundation = try NSRegularExpression(pattern: written, options: [.caseInsensitive])
            let expected = Self.foundationMatches(foundation, text)
            #expect(Self.matches(try CompiledPattern(written), text) == expected, "\(written)")
            matched += expected.count
        }
        #expect(matched >= 12)
    }

    @Test func matchRangesCountScalarsPastCharactersOutsideTheBasicPlane() {
        // The flag is two scalars of two UTF-16 units each.
        let text = ScalarText("🇳🇱 De motie van 12 juli 2024")
        let motion = text.matches(ReferenceExtractor.motionBefore)
        #expect(motion.map(\.range) == [6..<11])
        #expect(motion.first?.value == "motie")
        let date = text.firstMatch(regex(#"(\d{1,2})\s+(juli)\s+(\d{4})"#))
        #expect(date?.range == 16..<28)
        #expect(date?.group(2) == "juli")
        #expect(date?.group(3) == "2024")
        // The text is encoded to UTF-16 from its scalars: a pattern finds one outside the plane.
        let helmet = ScalarText("Nederland levert 🪖 150 militairen").firstMatch(regex(#"🪖\s+(\d+)"#))
        #expect(helmet?.range == 17..<22)
        #expect(helmet?.group(1) == "150")
    }

    @Test func aGroupThatTakesNoPartHasNoRange() throws {
        let pattern = try CompiledPattern(#"(\d+)\s+(miljoen)?\s*euro"#)
        #expect(Self.matches(pattern, "kost 12  euro") == [[5..<13, 5..<7, nil]])
    }

    @Test func anInvalidPatternThrowsAndNamesItself() {
        #expect(throws: PatternError.self) { try CompiledPattern("(?<!open") }
        do {
            _ = try CompiledPattern("[unclosed")
        } catch {
            #expect(error.description.contains("[unclosed"))
        }
    }

    @Test func patternsMatchedFromManyTasksAtOnceFindWhatEachFindsAlone() async throws {
        let texts = Array(try ScanShortcutTests.sentences().map(\.string).prefix(400))
        let patterns = Self.patterns
        let alone = texts.map { text in patterns.map { Self.matches($0, text) } }
        let together = await withTaskGroup(of: (Int, [[[Range<Int>?]]]).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, patterns.map { Self.matches($0, text) }) }
            }
            var found = [[[[Range<Int>?]]]](repeating: [], count: texts.count)
            for await (index, matches) in group { found[index] = matches }
            return found
        }
        #expect(together == alone)
        #expect(alone.joined().contains { !$0.isEmpty })
    }
}
