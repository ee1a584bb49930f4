import KaderCore
import Testing

@Suite struct SearchQueryTests {
    @Test func foldsCaseAndDiacriticsAndDropsPunctuation() throws {
        let query = try #require(SearchQuery("  Geïntegreerde, AANPAK!  "))
        #expect(query.words == ["geintegreerde", "aanpak"])
    }

    @Test func nothingToSearchForIsNil() {
        #expect(SearchQuery("") == nil)
        #expect(SearchQuery(" \"*() ") == nil)
    }

    @Test func dutchInflectionsShareTheirStem() {
        #expect(SearchQuery.stem("militairen") == "militair")
        #expect(SearchQuery.stem("militair") == "militair")
        #expect(SearchQuery.stem("bijdragen") == "bijdrag")
        #expect(SearchQuery.stem("bijdrage") == "bijdrag")
        #expect(SearchQuery.stem("adviseurs") == "adviseur")
        #expect(SearchQuery.stem("troepen") == "troep")
        #expect(SearchQuery.stem("NMI") == "NMI")
        #expect(SearchQuery.stem("2024") == "2024")
    }

    @Test func aStemIsAPrefixAndAShortWordIsTakenWhole() throws {
        let query = try #require(SearchQuery("Militairen EU NAVO"))
        #expect(
            query.terms == [
                .init(text: "militair", isPrefix: true), .init(text: "eu", isPrefix: false),
                .init(text: "navo", isPrefix: true),
            ])
    }

    @Test func theFts5ExpressionQuotesEveryWordSoNoSyntaxGetsThrough() throws {
        let query = try #require(SearchQuery("force OR \"protection\" NEAR(x)"))
        #expect(query.words == ["force", "or", "protection", "near", "x"])
        #expect(query.plain == "force or protection near x")
        #expect(
            SearchQuery.fts5(allOf: [["force", "forces"], ["near"], ["a\"b"]])
                == "(\"force\" OR \"forces\") AND \"near\" AND \"a\"\"b\"")
    }
}
