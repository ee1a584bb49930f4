import Foundation
import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

/// The place after a count ("in Erbil") is only looked for where its first words stand: every
/// place the pattern finds must pass that check.
@Suite struct FrameworkPlaceTests {
    @Test func everyPlaceThePatternFindsAfterAWordPassesTheCheck() throws {
        var texts = try Corpus.letters().flatMap { document in
            Segmenter().segment(Normalizer().normalize(document.text)).sentences.map(\.text)
        }
        texts += [
            "20 militairen in Erbil", "3 trainers\u{A0}in\u{2003}Bagdad", "5 man  vanuit Koeweit",
            "8 stafofficieren te Den Haag",
            "4 adviseurs bij de NAVO", "2 officieren op het Hoofdkwartier", "6 in Irak", "7 inIrak", "9 in irak",
            "10 In Irak",
        ]
        var found = 0
        var checked = 0
        for text in texts {
            let scanned = ScalarText(text)
            for start in scanned.scalars.indices where start == 0 || scanned.scalars[start - 1] != " " {
                let matches = scanned.part(start..<scanned.scalars.count).firstMatch(FrameworkExtractor.place) != nil
                let passes = FrameworkExtractor.mayStartPlace(scanned.scalars, at: start)
                #expect(passes || !matches, "\(text) from \(start)")
                if matches { found += 1 }
                if !passes { checked += 1 }
            }
        }
        #expect(found > 50)
        #expect(checked > found)
    }
}
