import Synchronization
import _FoundationICU

/// A regular expression compiled once by ICU, the engine behind `NSRegularExpression`, and
/// run on UTF-16 the caller makes from scalars it already holds.
///
/// Why not `NSRegularExpression`: on Linux every run bridged its `String` to an `NSString`,
/// copied it to UTF-16 character by character (`CFStringGetCharacters`, 4% of extracting a
/// letter) and built an `NSTextCheckingResult` per match. The patterns, options and engine
/// are the same, so are the matches.
final class CompiledPattern: @unchecked Sendable {
    /// The pattern as written.
    let pattern: String
    let caseInsensitive: Bool
    /// Capture groups, not counting the whole match.
    let groupCount: Int
    /// The compiled pattern: only ever cloned, never matched, so it is safe to share.
    private let compiled: OpaquePointer
    /// Matchers not in use. An ICU matcher holds the state of one search, so each thread
    /// takes one of its own; there are at most as many as threads ever matched at once.
    private let idle = Mutex<[Matcher]>([])

    /// One ICU matcher, used by one thread at a time (handed over through `idle`).
    private struct Matcher: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    /// An invalid pattern throws, with ICU's error and where in the pattern it stands.
    init(_ pattern: String, caseInsensitive: Bool = true) throws(PatternError) {
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
        let flags = caseInsensitive ? UInt32(UREGEX_CASE_INSENSITIVE.rawValue) : 0
        // Should the rewrite ever break a pattern, the pattern as written compiles (or throws
        // its own error, with offsets into what the caller wrote).
        let spared = caseInsensitive ? CaseClosure.sparing(pattern) : pattern
        if let compiled = try? Self.open(spared, flags: flags) {
            self.compiled = compiled
        } else {
            self.compiled = try Self.open(pattern, flags: flags)
        }
        var status = U_ZERO_ERROR
        groupCount = Int(swift_uregex_groupCount(compiled, &status))
    }

    private static func open(_ pattern: String, flags: UInt32) throws(PatternError) -> OpaquePointer {
        let units = Array(pattern.utf16)
        var status = U_ZERO_ERROR
        var parse = UParseError()
        guard let compiled = swift_uregex_open(units, Int32(units.count), flags, &parse, &status),
            status.rawValue <= U_ZERO_ERROR.rawValue
        else {
            throw PatternError(pattern: pattern, status: Int(status.rawValue), offset: Int(parse.offset))
        }
        return compiled
    }

    deinit {
        swift_uregex_close(compiled)
        idle.withLock { $0.forEach { swift_uregex_close($0.pointer) } }
    }

    /// Every match in `text` (or the first only), each as the ranges of the whole match and
    /// of its groups in UTF-16 offsets, nil for a group that took no part.
    ///
    /// With `regions` (in order), only matches that start and end inside one of them: each is
    /// searched from its start, or from the end of the last match when that is later, with
    /// the text around it in sight of look-behind and look-ahead. When every match of the
    /// pattern in the whole text lies inside a region that starts at or before it, the
    /// matches are those of the whole text, found without trying every place in it.
    func matches(
        in text: UnsafeBufferPointer<UInt16>, firstOnly: Bool = false, regions: [Range<Int>]? = nil
    ) -> [[Range<Int>?]] {
        guard let taken = checkOut() else { return [] }
        defer { idle.withLock { $0.append(taken) } }
        let matcher = taken.pointer
        var status = U_ZERO_ERROR
        // ICU needs a pointer even for no text.
        var empty: UInt16 = 0
        if let base = text.baseAddress {
            swift_uregex_setText(matcher, base, Int32(text.count), &status)
        } else {
            swift_uregex_setText(matcher, &empty, 0, &status)
        }
        var found: [[Range<Int>?]] = []
        func collect() {
            while status.rawValue <= U_ZERO_ERROR.rawValue, swift_uregex_findNext(matcher, &status) != 0 {
                var groups: [Range<Int>?] = []
                groups.reserveCapacity(groupCount + 1)
                for group in 0...groupCount {
                    var groupStatus = U_ZERO_ERROR
                    let start = Int(swift_uregex_start(matcher, Int32(group), &groupStatus))
                    let end = Int(swift_uregex_end(matcher, Int32(group), &groupStatus))
                    let took = groupStatus.rawValue <= U_ZERO_ERROR.rawValue && start >= 0 && end >= start
                    groups.append(took ? start..<end : nil)
                }
                found.append(groups)
                if firstOnly { return }
            }
        }
        if let regions {
            swift_uregex_useTransparentBounds(matcher, 1, &status)
            swift_uregex_useAnchoringBounds(matcher, 0, &status)
            for region in regions where !(firstOnly && !found.isEmpty) {
                // Past the last match (and past an empty one, as the search of the whole would go).
                let last = found.last?[0]
                let start = max(region.lowerBound, last.map { $0.isEmpty ? $0.upperBound + 1 : $0.upperBound } ?? 0)
                let end = min(region.upperBound, text.count)
                guard start < end else { continue }
                swift_uregex_setRegion(matcher, Int32(start), Int32(end), &status)
                collect()
            }
            var reset = U_ZERO_ERROR
            swift_uregex_useTransparentBounds(matcher, 0, &reset)
            swift_uregex_useAnchoringBounds(matcher, 1, &reset)
        } else {
            collect()
        }
        // The text is the caller's and goes away: the idle matcher must not point at it.
        var reset = U_ZERO_ERROR
        swift_uregex_setText(matcher, &empty, 0, &reset)
        return found
    }

    /// An idle matcher, or a new clone of the compiled pattern.
    private func checkOut() -> Matcher? {
        if let matcher = idle.withLock({ $0.popLast() }) { return matcher }
        var status = U_ZERO_ERROR
        return swift_uregex_clone(compiled, &status).map(Matcher.init)
    }
}

/// A pattern ICU would not compile.
struct PatternError: Error, CustomStringConvertible {
    let pattern: String
    let status: Int
    let offset: Int

    var description: String { "ongeldig patroon (invalid pattern, ICU \(status) at \(offset)): \(pattern)" }
}
