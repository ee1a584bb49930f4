/// Ranges that do not overlap, kept sorted, with overlap checks by bisection: a sentence
/// citing thousands of Kamerstukken compared each with all before it.
struct DisjointRanges {
    private var ranges: [Range<Int>]

    /// `ranges` must already be disjoint and in order.
    init(sorted ranges: [Range<Int>] = []) {
        self.ranges = ranges
    }

    /// Whether `range` overlaps one of the ranges kept: only the first that ends after it
    /// starts can (the ones before end earlier, the ones after start later).
    func overlaps(_ range: Range<Int>) -> Bool {
        let index = ranges.partitionPoint { $0.upperBound > range.lowerBound }
        return index < ranges.count && ranges[index].overlaps(range)
    }

    /// Keeps `range`; the caller has checked that it overlaps none kept.
    mutating func insert(_ range: Range<Int>) {
        ranges.insert(range, at: ranges.partitionPoint { $0.lowerBound > range.lowerBound })
    }
}
