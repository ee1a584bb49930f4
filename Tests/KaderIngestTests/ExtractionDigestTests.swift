import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

/// `ExtractionDigest` tells two runs' facts apart by one hash.
@Suite struct ExtractionDigestTests {
    @Test func theSameFactsGiveTheSameDigestAndAChangedFactAnotherOne() throws {
        let letters = try Corpus.letters().sorted { $0.id < $1.id }
        let extractions = letters.map { LetterExtractor().extract($0) }
        func digest(_ extractions: [Extraction]) throws -> String {
            var digest = ExtractionDigest()
            for extraction in extractions { try digest.add(extraction) }
            return digest.hex
        }
        let first = try digest(extractions)
        #expect(first.count == 64)
        #expect(try digest(letters.map { LetterExtractor().extract($0) }) == first)
        #expect(try digest(extractions.reversed()) != first)

        var changed = extractions
        let index = try #require(changed.firstIndex { !$0.facts.isEmpty })
        var facts = changed[index].facts
        facts[0].confidence += 0.01
        changed[index] = Extraction(document: changed[index].document, facts: facts)
        #expect(try digest(changed) != first)
    }
}
