import Testing

@testable import KaderStore

/// Snippets read from a letter's UTF-8: words as FTS5's unicode61 tokenizer counts them.
@Suite struct SnippetMakerTests {
    func marked(_ snippet: String) -> [String] {
        snippet.split(separator: SearchHit.markStart).dropFirst().compactMap {
            $0.split(separator: SearchHit.markEnd, omittingEmptySubsequences: false).first.map(String.init)
        }
    }

    @Test func anASCIIWordMatchesWhateverItsCaseAndAWordWithDiacriticsMatchesItsFoldedForm() {
        let maker = SnippetMaker(words: ["ministerie", "ministeriele", "2020"])
        let snippet = maker.snippet(of: "Het MINISTERIE gaf in 2020 een ministeriële regeling, Ministeries niet.")
        #expect(marked(snippet) == ["MINISTERIE", "2020", "ministeriële"])
        #expect(snippet.hasPrefix("Het \u{E000}MINISTERIE\u{E001} gaf"))
    }

    @Test func dashesQuotesAndSymbolsOutsideASCIISeparateWordsAndLettersBeyondItJoinThem() {
        let maker = SnippetMaker(words: ["erbil"])
        // An em dash and a right quote end a word; "Erbilé" and "Erbil𝔘" are words of their own.
        let snippet = maker.snippet(of: "Erbilé Erbil𝔘 naar—Erbil’s kamp")
        #expect(marked(snippet) == ["Erbil"])
        #expect(snippet == "Erbilé Erbil𝔘 naar—\u{E000}Erbil\u{E001}’s kamp")
    }

    @Test func sixWordsStandBeforeTheFirstMatchWithAnEllipsisWhenMoreWereLeftOut() {
        let maker = SnippetMaker(words: ["doel"])
        let words = (1...30).map { "woord\($0)" }
        let snippet = maker.snippet(of: (words + ["doel"] + words).joined(separator: " "))
        #expect(snippet.hasPrefix("…woord25 woord26"))
        #expect(snippet.contains("woord30 \u{E000}doel\u{E001} woord1"))
        #expect(snippet.split(separator: " ").count == 24)
        #expect(snippet.hasSuffix("woord17…"))
    }

    @Test func withoutAMatchTheOpeningWordsStandAndAnEmptyLetterGivesNothing() {
        let maker = SnippetMaker(words: ["zeppelin"])
        let snippet = maker.snippet(of: (1...40).map { "w\($0)" }.joined(separator: ", "))
        #expect(snippet.hasPrefix("w1, w2"))
        #expect(snippet.hasSuffix("w24…"))
        #expect(maker.snippet(of: "") == "")
        #expect(maker.snippet(of: " — … ") == "")
    }
}
