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
}
