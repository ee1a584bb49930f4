import Foundation
import KaderCore
import KaderStore
import KaderTestSupport
import Testing

/// Full-text search on a real SQLite file holding the corpus letters.
@Suite struct SearchRepositoryTests {
    func withLoadedSearch(_ body: (SearchRepository) async throws -> Void) async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        _ = try await FirstRun(database: database).prepare(letters: try Corpus.letters())
        do {
            try await body(SearchRepository(database: database))
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }

    func ids(_ hits: [SearchHit]) -> Set<String> { Set(hits.map { $0.documentID }) }

    @Test func aSingularFindsLettersThatOnlyUseThePlural() async throws {
        try await withLoadedSearch { search in
            let hits = try await search.search(try #require(SearchQuery("infanteriecompagnie")))
            #expect(ids(hits).contains("004_a5c8b23f8fb2d6ff"))
            #expect(ids(hits).contains("001_58c76a8e68136705"))
            // "stafofficieren" only in 003: the singular finds the plural on both engines.
            let officers = try await search.search(try #require(SearchQuery("stafofficier")))
            #expect(ids(officers).contains("003_f95f5ebf79cd7205"))
        }
    }

    @Test func diacriticsDoNotMatter() async throws {
        try await withLoadedSearch { search in
            let with = try await search.search(try #require(SearchQuery("geïntegreerde")))
            let without = try await search.search(try #require(SearchQuery("geintegreerde")))
            #expect(!with.isEmpty)
            #expect(ids(with) == ids(without))
        }
    }

    @Test func snippetsMarkTheMatchedWords() async throws {
        try await withLoadedSearch { search in
            let hits = try await search.search(try #require(SearchQuery("monitoringsbezoek")))
            let hit = try #require(hits.first)
            #expect(hit.snippet.contains(SearchHit.markStart))
            #expect(hit.snippet.lowercased().contains("\(SearchHit.markStart)monitoringsbezoek"))
        }
    }

    @Test func filtersByTypeAndYear() async throws {
        try await withLoadedSearch { search in
            let query = try #require(SearchQuery("Irak"))
            let all = try await search.search(query)
            #expect(all.count == 5)
            let article100 = try await search.search(query, type: .artikel100)
            #expect(ids(article100) == ["004_a5c8b23f8fb2d6ff", "001_58c76a8e68136705"])
            let of2023 = try await search.search(query, year: 2023)
            #expect(ids(of2023) == ["004_a5c8b23f8fb2d6ff"])
        }
    }

    @Test func aWordNoLetterHasFindsNothing() async throws {
        try await withLoadedSearch { search in
            let hits = try await search.search(try #require(SearchQuery("zeppelinhangar")))
            #expect(hits.isEmpty)
        }
    }
}
