/// Builds the normalized scalars block by block, each with the original range it stands for.
struct Builder {
    var scalars: [Unicode.Scalar] = []
    var origins: [Range<Int>] = []
    var blocks: [TextBlock] = []

    /// Room for `capacity` scalars, so that the arrays grow once.
    init(capacity: Int = 0) {
        scalars.reserveCapacity(capacity)
        origins.reserveCapacity(capacity)
    }

    /// Appends a block, written straight into `scalars` and `origins` (a block of its own,
    /// copied in afterwards, was a fiftieth of ingest).
    mutating func block(
        _ kind: TextBlock.Kind, lines: [Line], hyphenated: Set<String>, vocabulary: OCRVocabulary
    ) {
        // A blank line after the block before; taken back when this block comes out empty.
        let separated = !scalars.isEmpty
        if separated {
            let at = origins.last!.upperBound
            scalars.append(contentsOf: ["\n", "\n"])
            origins.append(contentsOf: [at..<at, at..<at])
        }
        let start = scalars.count
        var last: Unicode.Scalar? { scalars.count > start ? scalars[scalars.count - 1] : nil }
        // Output positions of hyphens that ended a line with nothing after them.
        var lineEndHyphens = Set<Int>()
        for line in lines {
            var pendingSpace: Range<Int>?
            // The line's scalars are indexed by their offset in the original text.
            var offset = line.scalars.startIndex
            while offset < line.scalars.endIndex {
                if line.scalars[offset].isWhitespaceQuick {
                    if scalars.count > start, last != " ", pendingSpace == nil { pendingSpace = offset..<(offset + 1) }
                    offset += 1
                    continue
                }
                if let space = pendingSpace {
                    scalars.append(" ")
                    origins.append(space)
                    pendingSpace = nil
                }
                // A word at a time: appending scalar by scalar checked the arrays' storage for each.
                var wordEnd = offset + 1
                while wordEnd < line.scalars.endIndex, !line.scalars[wordEnd].isWhitespaceQuick { wordEnd += 1 }
                scalars.append(contentsOf: line.scalars[offset..<wordEnd])
                // One by one: appending a lazy map went through the generic sequence copy.
                for origin in offset..<wordEnd { origins.append(origin..<(origin + 1)) }
                offset = wordEnd
            }
            if line.scalars.last == "-", last == "-" { lineEndHyphens.insert(scalars.count - 1) }
            // The line break itself becomes a space.
            if scalars.count > start, last != " " {
                scalars.append(" ")
                origins.append(line.end..<(line.end + 1))
            }
        }
        while last == " " {
            scalars.removeLast()
            origins.removeLast()
        }
        Self.joinHyphenations(&scalars, &origins, at: lineEndHyphens, hyphenated: hyphenated)
        OCRRepair.repair(&scalars, &origins, from: start, vocabulary: vocabulary)
        guard scalars.count > start else {
            if separated {
                scalars.removeLast(2)
                origins.removeLast(2)
            }
            return
        }
        blocks.append(TextBlock(kind: kind, range: start..<scalars.count))
    }

    /// "multidisci- plinaire" (a hyphen that ended a line) becomes "multidisciplinaire";
    /// "NAVO- missie" and words the letter writes with a hyphen elsewhere keep it.
    static func joinHyphenations(
        _ out: inout [Unicode.Scalar], _ from: inout [Range<Int>], at hyphens: Set<Int>, hyphenated: Set<String>
    ) {
        // From the back, so that earlier positions stay valid while scalars are removed.
        for index in hyphens.sorted(by: >) {
            guard index > 0, index + 2 < out.count, out[index] == "-", out[index + 1] == " ",
                out[index - 1].isAlphabeticQuick, out[index + 2].isAlphabeticQuick
            else { continue }
            let left = word(endingBefore: index, in: out)
            let right = word(startingAt: index + 2, in: out)
            let keepHyphen =
                out[index - 1].isUppercaseQuick || !out[index + 2].isLowercaseQuick
                || hyphenated.contains("\(left)-\(right)".lowercased())
            if keepHyphen {
                out.remove(at: index + 1)
                from.remove(at: index + 1)
            } else {
                out.removeSubrange(index...(index + 1))
                from.removeSubrange(index...(index + 1))
            }
        }
    }

    private static func word(endingBefore end: Int, in out: [Unicode.Scalar]) -> String {
        var start = end
        while start > 0, out[start - 1].isAlphabeticQuick { start -= 1 }
        return String(scalars: out[start..<end])
    }

    private static func word(startingAt start: Int, in out: [Unicode.Scalar]) -> String {
        var end = start
        while end < out.count, out[end].isAlphabeticQuick { end += 1 }
        return String(scalars: out[start..<end])
    }
}
