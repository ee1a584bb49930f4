import KaderTestSupport
import Testing

@testable import KaderIngest

/// `firstIndex(of:in:)`, `firstIndex(ofAny:_:_:in:)` and `lastIndex(of:in:)` compare eight
/// scalars at a time: they must answer as a scan one scalar at a time does, at every place
/// and every edge of a range.
@Suite struct ScalarSearchTests {
    @Test func eightAtATimeFindsWhatAScanOneAtATimeFinds() {
        // Every position of a hyphen, in texts of every length around the width of eight,
        // searched over every range.
        for length in 0...19 {
            for hyphen in [nil] + Array(0..<length) {
                var scalars = [Unicode.Scalar](repeating: "a", count: length)
                if let hyphen { scalars[hyphen] = "-" }
                for lower in 0...length {
                    for upper in lower...length {
                        let range = lower..<upper
                        #expect(scalars.firstIndex(of: "-", in: range) == scalars[range].firstIndex(of: "-"))
                        #expect(scalars.lastIndex(of: "-", in: range) == scalars[range].lastIndex(of: "-"))
                        #expect(
                            scalars.firstIndex(ofAny: "?", "-", "!", in: range)
                                == scalars[range].firstIndex { "?-!".unicodeScalars.contains($0) })
                    }
                }
            }
        }
    }

    @Test func theLettersHyphensAndZerosAreFoundWhereAScanFindsThem() throws {
        var found = 0
        for letter in try Corpus.letters() {
            let scalars = Array(letter.text.unicodeScalars)
            for scalar in ["-", "0", "€"] as [Unicode.Scalar] {
                var from = 0
                var all: [Int] = []
                while let index = scalars.firstIndex(of: scalar, in: from..<scalars.count) {
                    all.append(index)
                    from = index + 1
                }
                #expect(all == scalars.indices.filter { scalars[$0] == scalar })
                var backwards: [Int] = []
                var before = scalars.count
                while let index = scalars.lastIndex(of: scalar, in: 0..<before) {
                    backwards.append(index)
                    before = index
                }
                #expect(backwards == all.reversed())
                found += all.count
            }
            // The marks that end a sentence, any of three.
            var marks: [Int] = []
            var from = 0
            while let index = scalars.firstIndex(ofAny: ".", "!", "?", in: from..<scalars.count) {
                marks.append(index)
                from = index + 1
            }
            #expect(marks == scalars.indices.filter { ".!?".unicodeScalars.contains(scalars[$0]) })
        }
        #expect(found > 500)
    }
}
