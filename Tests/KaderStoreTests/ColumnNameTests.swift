import Foundation
import KaderCore
import KaderIngest
import KaderTestSupport
import SQLKit
import Testing

@testable import KaderStore

/// Rows are stored under the column names SQLKit's own snake_case conversion gives, worked
/// out once per property name instead of per row.
@Suite struct ColumnNameTests {
    private struct Tricky: Encodable {
        var article100 = 1
        var sourceURLValue = 2
        var aB = 3
        var plain = 4
        var documentId: String? = nil
    }

    private func names(_ value: some Encodable, _ strategy: SQLQueryEncoder.KeyEncodingStrategy) throws -> [String] {
        try SQLQueryEncoder(keyEncodingStrategy: strategy, nilEncodingStrategy: .asNil).encode(value).map(\.0)
    }

    @Test func theColumnsOfEveryStoredRowAreSQLKitsSnakeCase() throws {
        let extraction = LetterExtractor().extract(try Corpus.letter("004_a5c8b23f8fb2d6ff.txt"))
        let rows: [any Encodable] =
            [DocumentRow(extraction.document), Tricky()] + extraction.facts.map(CandidateFactRow.init)
        for row in rows {
            let expected = try names(row, .convertToSnakeCase)
            let actual = try names(row, ColumnName.strategy)
            #expect(actual == expected, "\(actual) \(expected)")
        }
        let tricky = try names(Tricky(), ColumnName.strategy)
        #expect(tricky.contains("article100") && tricky.contains("document_id"), "\(tricky)")
    }

    @Test func rowsReadBackUnderTheKeptNamesEqualThoseReadWithSQLKitsConversion() async throws {
        let testDatabase = try await TestDatabase.make()
        defer { testDatabase.discard() }
        let database = try await testDatabase.open()
        do {
            _ = try await FirstRun(database: database).prepare(letters: try Corpus.letters())
            try await database.withDatabase { db in
                let documents = try await readBothWays(DocumentRow.self, { try $0.model() }, on: db)
                let decisions = try await readBothWays(DecisionRow.self, { try $0.model() }, on: db)
                let costs = try await readBothWays(CostLineRow.self, { try $0.model() }, on: db)
                let commitments = try await readBothWays(CommitmentRow.self, { try $0.model() }, on: db)
                #expect(documents == 5 && decisions > 10 && costs > 10 && commitments > 5)
            }
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }

    /// Reads every row of the table with both strategies; returns how many, after comparing them.
    private func readBothWays<R: StoredRow, M: Equatable>(
        _ type: R.Type, _ model: (R) throws -> M, on db: any SQLDatabase
    ) async throws -> Int {
        func read(_ strategy: SQLRowDecoder.KeyDecodingStrategy) async throws -> [M] {
            try await db.select().column("*").from(R.table).orderBy("id")
                .all(decoding: R.self, keyDecodingStrategy: strategy).map(model)
        }
        let kept = try await read(ColumnName.decoding)
        #expect(kept == (try await read(.convertFromSnakeCase)), "\(R.table)")
        return kept.count
    }
}
