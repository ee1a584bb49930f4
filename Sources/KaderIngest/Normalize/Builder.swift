/// Builds the normalized scalars block by block, each with the original range it stands for.
struct Builder {
    var scalars: [Unicode.Scalar] = []
    var origins: [Origin] = []
    var blocks: [TextBlock] = []
    /// A block is written here first and then appended to `scalars` and `origins` by a copy
    /// of its memory: room made in those arrays up front was filled element by element, 16
    /// bytes an origin (1.5% of extraction). Kept from block to block, grown to the largest.
    private var scratchScalars: [Unicode.Scalar] = []
    private var scratchOrigins: [Origin] = []

    /// Room for `capacity` scalars, so that the arrays grow once.
    init(capacity: Int = 0) {
        scalars.reserveCapacity(capacity)
        origins.reserveCapacity(capacity)
    }

    /// Appends a block, written through pointers (appending scalar by scalar, or a word at a
    /// time, checked the arrays' storage for each and took 43 instructions a scalar).
    mutating func block(
        _ kind: TextBlock.Kind, lines: [Line], hyphenated: Set<String>, vocabulary: OCRVocabulary
    ) {
        // A blank line after the block before; taken back when this block comes out empty.
        let separated = !scalars.isEmpty
        if separated {
            let at = Int(origins.last!.upperBound)
            scalars.append(contentsOf: ["\n", "\n"])
            origins.append(contentsOf: [Origin(before: at), Origin(before: at)])
        }
        let start = scalars.count
        // Output positions (in the block) of hyphens that ended a line with nothing after them.
        var lineEndHyphens = Set<Int>()
        // Every scalar of the lines and a space after each is the most a block can hold.
        let room = lines.reduce(0) { $0 + $1.scalars.count + 1 }
        if scratchScalars.count < room {
            scratchScalars = Array(repeating: " ", count: room)
            scratchOrigins = Array(repeating: Origin(before: 0), count: room)
        }
        var end = 0
        scratchScalars.withUnsafeMutableBufferPointer { out in
            scratchOrigins.withUnsafeMutableBufferPointer { from in
                for line in lines {
                    var pendingSpace: Origin?
                    // The line's scalars are indexed by their offset in the original text.
                    let base = line.scalars.startIndex
                    line.scalars.withUnsafeBufferPointer { source in
                        for index in 0..<source.count {
                            let scalar = source[index]
                            if scalar.isWhitespaceQuick {
                                if end > 0, out[end - 1] != " ", pendingSpace == nil {
                                    pendingSpace = Origin(at: base + index)
                                }
                                continue
                            }
                            if let space = pendingSpace {
                                out[end] = " "
                                from[end] = space
                                end += 1
                                pendingSpace = nil
                            }
                            out[end] = scalar
                            from[end] = Origin(at: base &+ index)
                            end += 1
                        }
                    }
                    if line.scalars.last == "-", end > 0, out[end - 1] == "-" { lineEndHyphens.insert(start + end - 1) }
                    // The line break itself becomes a space.
                    if end > 0, out[end - 1] != " " {
                        out[end] = " "
                        from[end] = Origin(at: line.end)
                        end += 1
                    }
                }
            }
        }
        // No space at the block's end.
        while end > 0, scratchScalars[end - 1] == " " { end -= 1 }
        // From buffers: appending the slice copied an origin at a time.
        scratchScalars.withUnsafeBufferPointer { scalars.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<end])) }
        scratchOrigins.withUnsafeBufferPointer { origins.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<end])) }
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
        _ out: inout [Unicode.Scalar], _ from: inout [Origin], at hyphens: Set<Int>, hyphenated: Set<String>
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
