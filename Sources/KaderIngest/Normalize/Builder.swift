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
                let out = out.baseAddress!
                let from = from.baseAddress!
                for line in lines {
                    // The line's scalars are indexed by their offset in the original text.
                    end = line.scalars.withUnsafeBufferPointer { source in
                        Self.write(source, base: line.scalars.startIndex, to: out, from, at: end)
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

    /// Writes a line's scalars at `start` on, each with its origin, and returns the end: a run
    /// of white space becomes one space where it follows something and comes before more.
    /// Its state is in locals of its own: kept in variables of the closures around it, they
    /// were loaded and stored again for every scalar (27 instructions a scalar).
    static func write(
        _ source: UnsafeBufferPointer<Unicode.Scalar>, base: Int, to out: UnsafeMutablePointer<Unicode.Scalar>,
        _ from: UnsafeMutablePointer<Origin>, at start: Int
    ) -> Int {
        var end = start
        // Where the white space before the next scalar began, or -1.
        var pendingSpace = -1
        var index = 0
        let count = source.count
        // Constants of the loop below (as static members, each read went through swift_once).
        let spaces = SIMD8<UInt32>(repeating: 0x20)
        // The scalars from U+0020 (the space) to U+007F, counted from the space.
        let printableWidth = SIMD8<UInt32>(repeating: 0x60)
        // The bounds of eight origins in a row, one scalar each, from the first's offset.
        let originSteps = SIMD16<UInt32>(0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8)
        while index < count {
            // Eight scalars at a time where they come out as they are: printable ASCII whose
            // spaces stand alone (the ninth read too) and not after a space already written,
            // with nothing pending. A lone space is written as the loop below writes it, as
            // itself with its own origin. Most of a letter is that.
            while pendingSpace < 0, index + 9 <= count {
                let eight = UnsafeRawPointer(source.baseAddress! + index).loadUnaligned(as: SIMD8<UInt32>.self)
                let next = UnsafeRawPointer(source.baseAddress! + index + 1).loadUnaligned(as: SIMD8<UInt32>.self)
                let isSpace = eight .== spaces
                guard all((eight &- spaces) .< printableWidth),
                    !any(isSpace .& (next .== spaces)),
                    eight[0] != 0x20 || (end > 0 && out[end - 1] != " ")
                else { break }
                UnsafeMutableRawPointer(out + end).storeBytes(of: eight, as: SIMD8<UInt32>.self)
                let origin = SIMD16<UInt32>(repeating: UInt32(truncatingIfNeeded: base &+ index))
                UnsafeMutableRawPointer(from + end).storeBytes(of: origin &+ originSteps, as: SIMD16<UInt32>.self)
                end += 8
                index += 8
            }
            guard index < count else { break }
            let scalar = source[index]
            index += 1
            if scalar.isWhitespaceQuick {
                if pendingSpace < 0, end > 0, out[end - 1] != " " { pendingSpace = base &+ index - 1 }
                continue
            }
            if pendingSpace >= 0 {
                out[end] = " "
                from[end] = Origin(at: pendingSpace)
                end += 1
                pendingSpace = -1
            }
            out[end] = scalar
            from[end] = Origin(at: base &+ index - 1)
            end += 1
        }
        return end
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
