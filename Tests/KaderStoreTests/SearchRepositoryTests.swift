import Foundation
import KaderCore
import KaderStore
import KaderTestSupport
import Testing

/// Full-text search on a real SQLite file holding the corpus letters.
@Suite struct SearchRepositoryTests {
    func withLoadedSearch(rankedAtMost: Int = 5_000, _ body: (SearchRepository) async throws -> Void) async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        _ = try await FirstRun(database: database).prepare(letters: try Corpus.letters())
        do {
            try await body(SearchRepository(database: database, rankedAtMost: rankedAtMost))
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }

    func ids(_ results: SearchResults) -> Set<String> { Set(results.hits.map { $0.documentID }) }

    /// The letters found, in order, for words common and rare: what a migration of the
    /// search index must not change.
    func answers(_ search: SearchRepository) async throws -> [[String]] {
        var all: [[String]] = []
        for query in ["Irak", "militairen", "bijdrage Koerdistan", "EUAM", "mandaat", "capaciteitsopbouw"] {
            all.append(try await search.search(try #require(SearchQuery(query))).hits.map(\.documentID))
        }
        return all
    }

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
            #expect(!with.hits.isEmpty)
            #expect(ids(with) == ids(without))
        }
    }

    @Test func snippetsMarkTheMatchedWords() async throws {
        try await withLoadedSearch { search in
            let hits = try await search.search(try #require(SearchQuery("monitoringsbezoek")))
            let hit = try #require(hits.hits.first)
            #expect(hit.snippet.contains(SearchHit.markStart))
            #expect(hit.snippet.lowercased().contains("\(SearchHit.markStart)monitoringsbezoek"))
        }
    }

    @Test func aSnippetMarksTheWordAsTheLetterSpellsItWithTheWordsAroundIt() async throws {
        try await withLoadedSearch { search in
            let results = try await search.search(try #require(SearchQuery("geintegreerde")))
            #expect(!results.hits.isEmpty)
            var spellings: Set<String> = []
            for hit in results.hits {
                let marked = try #require(
                    hit.snippet.split(separator: SearchHit.markStart).dropFirst().first?.split(
                        separator: SearchHit.markEnd
                    ).first)
                spellings.insert(String(marked).lowercased())
                #expect(
                    marked.folding(options: .diacriticInsensitive, locale: nil).lowercased().hasPrefix("geintegreerd"),
                    "\(hit.snippet)")
                let words = hit.snippet.split { !($0.isLetter || $0.isNumber) }
                #expect(words.count > 5, "\(hit.snippet)")
                if search.database.dialect == .sqlite { #expect(words.count <= 24, "\(hit.snippet)") }
            }
            // Three letters spell it with a diaeresis, one without: both are found and marked.
            #expect(spellings.contains("geïntegreerde"))
        }
    }

    @Test func filtersByTypeAndYear() async throws {
        try await withLoadedSearch { search in
            let query = try #require(SearchQuery("Irak"))
            let all = try await search.search(query)
            #expect(all.hits.count == 5)
            #expect(all.matched == 5)
            let article100 = try await search.search(query, in: SearchScope(type: .artikel100))
            #expect(ids(article100) == ["004_a5c8b23f8fb2d6ff", "001_58c76a8e68136705"])
            #expect(article100.matched == 2)
            let of2023 = try await search.search(query, in: SearchScope(year: 2023))
            #expect(ids(of2023) == ["004_a5c8b23f8fb2d6ff"])
        }
    }

    @Test func aWordNoLetterHasFindsNothing() async throws {
        try await withLoadedSearch { search in
            let hits = try await search.search(try #require(SearchQuery("zeppelinhangar")))
            #expect(hits == .none)
            // A stem no indexed word starts, beside one that many do.
            #expect(try await search.search(try #require(SearchQuery("Irak zeppelinhangar"))) == .none)
        }
    }

    @Test func aClearanceAndAMissionNarrowTheLettersBeforeTheyAreRankedAndCounted() async throws {
        try await withLoadedSearch { search in
            try await search.database.withDatabase { db in
                try await db.raw("UPDATE documents SET classification = 'intern' WHERE id = '004_a5c8b23f8fb2d6ff'")
                    .run()
            }
            let query = try #require(SearchQuery("Irak"))
            let open = try await search.search(query, in: SearchScope(clearance: .openbaar))
            #expect(open.matched == 4)
            #expect(!ids(open).contains("004_a5c8b23f8fb2d6ff"))
            #expect(try await search.search(query, in: SearchScope(clearance: .intern)).matched == 5)
            let two: Set = ["001_58c76a8e68136705", "003_f95f5ebf79cd7205"]
            let ofMission = try await search.search(query, in: SearchScope(documentIDs: two))
            #expect(ids(ofMission) == two)
            #expect(ofMission.matched == 2)
            #expect(try await search.search(query, in: SearchScope(documentIDs: [])) == .none)
        }
    }

    @Test func theIndexFollowsALetterThatIsChangedOrRemoved() async throws {
        try await withLoadedSearch { search in
            let letter = "002_d082f7e0a858dd5f"
            // Searched once before the change: the words a stem stood for are not kept past it.
            #expect(try await search.search(try #require(SearchQuery("zeppelinhangar"))) == .none)
            try await search.database.withDatabase { db in
                try await db.raw(
                    "UPDATE documents SET text = text || ' Zeppelinhangars.', type = 'brief' WHERE id = \(bind: letter)"
                ).run()
            }
            let changed = try await search.search(try #require(SearchQuery("zeppelinhangar")))
            #expect(ids(changed) == [letter])
            let ofType = try await search.search(
                try #require(SearchQuery("zeppelinhangar")), in: SearchScope(type: .brief))
            #expect(ids(ofType) == [letter])
            // Kader itself never deletes a letter (a failed store rolls back); the SQLite
            // triggers that keep the index in step are checked with the references off.
            guard search.database.dialect == .sqlite else { return }
            try await search.database.withDatabase { db in
                try await db.raw("PRAGMA foreign_keys = OFF").run()
                try await db.raw("DELETE FROM documents WHERE id = \(bind: letter)").run()
                try await db.raw("PRAGMA foreign_keys = ON").run()
            }
            #expect(try await search.search(try #require(SearchQuery("zeppelinhangar"))) == .none)
            #expect(try await search.search(try #require(SearchQuery("Irak"))).matched == 4)
        }
    }

    @Test(.disabled(if: TestDatabase.isPostgres, "PostgreSQL ranks every match"))
    func beyondTheRankedLettersTheBestOfTheLastAddedAreShownAndTheCountSaysSo() async throws {
        try await withLoadedSearch(rankedAtMost: 3) { search in
            let results = try await search.search(try #require(SearchQuery("Irak")))
            #expect(results.capped)
            #expect(results.matched == 3)
            let lastAdded = try await search.database.withDatabase { db in
                try await db.raw(
                    "SELECT document_id FROM documents_fts_scope ORDER BY fts_rowid DESC LIMIT 3"
                ).all(decodingColumn: "document_id", as: String.self)
            }
            #expect(ids(results) == Set(lastAdded))
            // In two letters: fewer than are ranked, so counted exactly.
            let rare = try await search.search(try #require(SearchQuery("infanteriecompagnie")))
            #expect(!rare.capped)
            #expect(rare.matched == 2)
        }
    }

    /// Migration 011 drops FTS5's copy of the letters: a database made before it finds the
    /// same letters in the same order afterwards, and no longer holds the copy.
    @Test(.disabled(if: TestDatabase.isPostgres, "the copy is FTS5's"))
    func theSearchIndexWithoutItsCopyOfTheTextFindsWhatItFoundBefore() async throws {
        try await TestDatabase.withMigrated(through: 10) { database in
            var registry = Registry()
            registry.documents = try Corpus.letters()
            try await RegistryRepository(database: database).insert(registry)
            let search = SearchRepository(database: database)
            func tables() async throws -> [String] {
                try await database.withDatabase { db in
                    try await db.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all(
                        decodingColumn: "name", as: String.self)
                }
            }
            let before = try await answers(search)
            #expect(try await tables().contains("documents_fts_content"))
            #expect(try await Migrator(database: database).migrate(through: 11) == ["011_search_contentless"])
            #expect(try await answers(search) == before)
            #expect(before.allSatisfy { !$0.isEmpty })
            #expect(try await !tables().contains("documents_fts_content"))
        }
    }

    /// Migration 013 has FTS5 merge its segments sixteen at a time: a database made before
    /// it, its letters stored one commit each (a segment each), finds the same letters in
    /// the same order afterwards, and its index passes FTS5's integrity check.
    @Test(.disabled(if: TestDatabase.isPostgres, "the segments are FTS5's"))
    func theSearchIndexMergedSixteenSegmentsAtATimeFindsWhatItFoundBefore() async throws {
        try await TestDatabase.withMigrated(through: 12) { database in
            let repository = RegistryRepository(database: database)
            for letter in try Corpus.letters() {
                var registry = Registry()
                registry.documents = [letter]
                try await repository.insert(registry)
            }
            let search = SearchRepository(database: database)
            func setting(_ key: String) async throws -> Int? {
                try await database.withDatabase { db in
                    try await db.raw("SELECT v FROM documents_fts_config WHERE k = \(bind: key)").first(
                        decodingColumn: "v", as: Int.self)
                }
            }
            let before = try await answers(search)
            #expect(before.allSatisfy { !$0.isEmpty })
            #expect(try await setting("automerge") == nil)
            #expect(try await Migrator(database: database).migrate(through: 13) == ["013_search_merge"])
            #expect(try await setting("automerge") == 16)
            #expect(try await setting("crisismerge") == 64)
            #expect(try await answers(search) == before)
            try await database.withDatabase { db in
                try await db.raw("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')").run()
            }
        }
    }
}
