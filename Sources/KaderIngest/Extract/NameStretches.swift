/// A text cut into the stretches a mission's name can stand in: runs of letters, white
/// space, hyphens and apostrophes (’), the only characters `MissionCatalog`'s name patterns
/// match. No match crosses from one stretch into the next, and the character on either side
/// of a stretch is no letter, so each pattern finds in a stretch exactly what it finds there
/// in the whole text, look-behind and look-ahead included.
struct NameStretches {
    /// Where each stretch starts and ends, in text order.
    private let ranges: [Range<Int>]

    init(_ scalars: [Unicode.Scalar]) {
        var ranges: [Range<Int>] = []
        var start: Int?
        let latin = Self.latin
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar.value < 0x300 ? latin[Int(scalar.value)] : Self.mayStandInName(scalar) {
                if start == nil { start = index }
            } else if let from = start {
                ranges.append(from..<index)
                start = nil
            }
        }
        if let from = start { ranges.append(from..<scalars.count) }
        self.ranges = ranges
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

    /// The stretches that hold every one of `literals` (lower-case ASCII), ignoring ASCII
    /// case; `folded` is the same text as `ScalarBytes` folded to lower case. Letters name
    /// "missie" in most stretches: a name's pattern runs only where all its words stand.
    func holding(_ literals: [String], folded: ScalarBytes) -> [Range<Int>] {
        guard let first = literals.first.map({ Array($0.utf8) }), !first.isEmpty else { return ranges }
        let others = literals.dropFirst().map { Array($0.utf8) }
        var found: [Range<Int>] = []
        var index = 0
        while let hit = folded.offset(of: first, from: index) {
            let stretch = ranges[ranges.partitionPoint { $0.upperBound > hit }]
            if found.last != stretch,
                others.allSatisfy({
                    folded.offset(of: $0, from: stretch.lowerBound, before: stretch.upperBound) != nil
                })
            {
                found.append(stretch)
            }
            index = max(stretch.upperBound, hit + 1)
        }
        return found
    }
}
