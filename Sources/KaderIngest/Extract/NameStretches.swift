/// A text cut into the stretches a mission's name can stand in: runs of letters, white
/// space, hyphens and apostrophes (’), the only characters `MissionCatalog`'s name patterns
/// match. No match crosses from one stretch into the next, and the character on either side
/// of a stretch is no letter, so each pattern finds in a stretch exactly what it finds there
/// in the whole text, look-behind and look-ahead included.
struct NameStretches {
    private let scalars: [Unicode.Scalar]

    /// Cuts nothing yet: a stretch is found around a word when asked for (cutting the whole
    /// letter, most of which holds no name, was a fiftieth of extracting it).
    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The stretch that holds the scalar at `offset` (one that may stand in a name).
    func stretch(around offset: Int) -> Range<Int> {
        // The table through one pointer: read as `Self.latin` for each scalar, every read
        // went through `swift_once`.
        Self.latin.withUnsafeBufferPointer { latin in
            scalars.withUnsafeBufferPointer { scalars in
                func mayStand(_ scalar: Unicode.Scalar) -> Bool {
                    scalar.value < 0x300 ? latin[Int(scalar.value)] : Self.mayStandInName(scalar)
                }
                var start = offset
                while start > 0, mayStand(scalars[start - 1]) { start -= 1 }
                var end = offset
                while end < scalars.count, mayStand(scalars[end]) { end += 1 }
                return start..<end
            }
        }
    }

    /// `mayStandInName` of every scalar below U+0300 (nearly every scalar of a letter), looked
    /// up: asked of each scalar of the letter, the tests were a hundredth of ingest.
    private static let latin: [Bool] = (0..<0x300).map { mayStandInName(Unicode.Scalar($0)!) }

    private static func mayStandInName(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar.isLetterQuick || scalar.isWhitespaceQuick || scalar == "-"
        }
        return scalar == "’" || scalar.properties.isAlphabetic || scalar.properties.isWhitespace
    }

    /// The stretches, in text order, that hold every one of `words` (indices into `table`);
    /// `places` is where each of the table's words stands in this text (`WordTable.places`).
    /// Letters name "missie" in most stretches: a name's pattern runs only where all its
    /// words stand. A word is made of letters and spaces, so each place lies in one stretch.
    func holding(_ words: [Int], places: [[Int]], in table: WordTable) -> [Range<Int>] {
        guard let first = words.first else { return [] }
        var found: [Range<Int>] = []
        var index = 0
        for hit in places[first] where hit >= index {
            let stretch = stretch(around: hit)
            if words.dropFirst().allSatisfy({ word in
                let at = places[word]
                let next = at.partitionPoint { $0 >= stretch.lowerBound }
                return next < at.count && at[next] + table.words[word].count <= stretch.upperBound
            }) {
                found.append(stretch)
            }
            index = max(stretch.upperBound, hit + 1)
        }
        return found
    }
}
