extension RandomAccessCollection where Index == Int {
    /// The first index whose element satisfies `isPast`, by bisection; `isPast` must be
    /// false up to some index and true from there on (as on a sorted array).
    func partitionPoint(where isPast: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if isPast(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
