import KaderCore

/// Every Kamerstuk a letter cites, in every form, and which of them are motions.
enum ReferenceExtractor {
    /// "27 925", "35 570 X", "21 501-02", "36180-A".
    private static let dossier = #"\d{2}\s?\d{3}(?:-\d{2}\b|[ -]?[A-Z]{1,3}\b)?"#
    /// "723, 727 en 746", but not the day of a date that follows ("nr. 2140, 31 maart 2020").
    private static let numbers =
        #"\d{1,4}(?:\s*(?:,|en)\s*\d{1,4}(?!\d|\s\d{3}|\s+"# + DutchDate.monthPattern + "))*"
    /// "Kamerstuk 27 925, nr. 943", "Kamerstukken 29 521 en 33 694, nr. 363",
    /// "Kamerstuk 27 925, nrs. 723, 727 en 746", "Kamerstuk 27925 nr. 766", "Kamerstuk 27 925, 963".
    static let cited = regex(
        #"[Kk]amerstuk(?:ken)?(?:\s+II)?(?:\s+\d{4}[/–-]\d{2,4},?)?\s+("# + dossier + #"(?:\s*(?:,|en)\s*"# + dossier
            + #")*)(?:,?\s*nrs?\.?\s*|,\s*)("# + numbers + ")",
        caseInsensitive: false)
    /// "(27 925, nr. 699)": a dossier and number in brackets, without the word Kamerstuk.
    static let bracketed = regex(
        #"\(\s*(?:d\.d\.[^,()]{0,30},\s*)?("# + dossier + #"),\s*nrs?\.\s*("# + numbers + ")", caseInsensitive: false)
    /// "27925-766": dossier and number joined by a hyphen, as in a kenmerk.
    static let joined = regex(#"(?<![\d.,])(\d{5}(?:-[A-Z]{1,3})?)-(\d{1,4})(?![\d])"#, caseInsensitive: false)
    static let dossierItem = regex(dossier, caseInsensitive: false)
    static let numberItem = regex(#"\d{1,4}"#, caseInsensitive: false)
    static let motionBefore = regex(#"(?<![\p{L}])moties?(?![\p{L}])"#)
    static let motionAfter = regex(#"^[\s),;:]{0,4}(?:de\s+|een\s+)?moties?(?![\p{L}])"#)
    /// Words that say the cited paper is something other than the motion mentioned before it.
    /// A word pattern: its words are looked for in one pass, and only "nota(?![\p{L}])" runs
    /// as a pattern, where "nota" stands (the text between a motion and a citation mostly
    /// holds none of them).
    static let blocker = WordPattern(
        #"brief|rapportage|toezegging|verslag|antwoord|nota(?![\p{L}])|besluit|notitie|rapport"#, needs: ["nota"])

    /// Where a sentence cites Kamerstukken: their numbers are no counts.
    static func citations(in text: ScalarText) -> [Range<Int>] {
        (citedOrBracketed(text) + joinedMatches(text)).map(\.range)
    }

    /// The cited and bracketed forms; each pattern runs only on a sentence with its words
    /// (running all three on every sentence was a twentieth of ingest).
    private static func citedOrBracketed(_ text: ScalarText) -> [ScalarText.Match] {
        guard text.hasDigit else { return [] }
        let mayCite = text.mayHold("amerstuk") && text.string.containsBytes("amerstuk")
        return (mayCite ? text.matches(cited) : []) + (mayBeBracketed(text) ? text.matches(bracketed) : [])
    }

    /// Whether `bracketed` may match: it needs "nr." or "nrs." and a bracket that opens on a
    /// figure. The sketch is asked first: a scan for "nr" stops at every "n" of a sentence.
    static func mayBeBracketed(_ text: ScalarText) -> Bool {
        (text.mayHold("nr.") || text.mayHold("nrs")) && text.string.containsBytes("nr") && hasBracketedShape(text)
    }

    /// Whether a bracket opens on a figure or "d.d." past any white space ("(27 925", "( d.d."),
    /// as `bracketed` needs: most brackets in a citing sentence open on "Kamerstuk".
    static func hasBracketedShape(_ text: ScalarText) -> Bool {
        let scalars = text.scalars
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "(" else { continue }
            var next = index + 1
            // Past anything but a letter or digit: white space is all `\s*` lets through.
            while next < scalars.count, !scalars[next].isLetterQuick, !scalars[next].isNumberQuick { next += 1 }
            guard next < scalars.count else { return false }
            if scalars[next] == "d" || scalars[next].isDecimalDigitQuick { return true }
        }
        return false
    }

    private static func joinedMatches(_ text: ScalarText) -> [ScalarText.Match] {
        hasJoinedShape(text) ? text.matches(joined) : []
    }

    /// Whether five digits in a row stand right before a hyphen, as `joined` needs
    /// ("27925-766"); sentences with a figure and a hyphen are many, kenmerken few.
    static func hasJoinedShape(_ text: ScalarText) -> Bool {
        guard text.hasDigit, text.string.containsBytes("-") else { return false }
        var run = 0
        for scalar in text.scalars {
            if scalar == "-", run >= 5 { return true }
            run = scalar.isDecimalDigitQuick ? run + 1 : 0
        }
        return false
    }

    static func extract(_ context: LetterContext) -> [Finding] {
        var findings: [Finding] = []
        for (sentence, text) in context.scannedSentences {
            var found: [(KamerstukID, Range<Int>)] = []
            var taken = DisjointRanges()
            for match in citedOrBracketed(text) where !taken.overlaps(match.range) {
                guard let dossiers = match.groups[1], let list = match.groups[2] else { continue }
                let ids = dossierIDs(text.part(dossiers))
                let nums = numbers(text.part(list))
                for id in ids {
                    for number in nums { found.append((KamerstukID(dossier: id, number: number), match.range)) }
                }
                if !ids.isEmpty && !nums.isEmpty { taken.insert(match.range) }
            }
            for match in joinedMatches(text) {
                guard let id = match.group(1), let number = match.group(2).flatMap({ Int($0) }) else { continue }
                if taken.overlaps(match.range) { continue }
                found.append(
                    (KamerstukID(dossier: id.replacingOccurrences(of: "-", with: ""), number: number), match.range))
                taken.insert(match.range)
            }
            // Read once per sentence: per citation, a sentence of thousands of them was quadratic.
            let motions =
                found.isEmpty || !text.string.containsBytes("motie", ignoringASCIICase: true)
                ? [] : text.matches(motionBefore).map(\.range)
            for (id, range) in found {
                let motion = isMotion(text, at: range, motions: motions)
                findings.append(
                    Finding(value: .reference(id, isMotion: motion), range: sentence.range, confidence: 0.95))
            }
        }
        return findings
    }

    /// The dossiers of a citation's list, as `dossierItem` finds them. One dossier in plain
    /// digits ("27 925", "27925"), as most citations have, is read without the pattern: on a
    /// text that short, running it cost more than the search.
    static func dossierIDs(_ list: ScalarText) -> [String] {
        let scalars = list.scalars
        let isDigit = { (scalar: Unicode.Scalar) in ("0"..."9").contains(scalar) }
        if scalars.count == 5, scalars.allSatisfy(isDigit) { return [list.string] }
        if scalars.count == 6, scalars[2] == " ", scalars.indices.allSatisfy({ $0 == 2 || isDigit(scalars[$0]) }) {
            return [list.string]
        }
        return list.matches(dossierItem).map(\.value)
    }

    /// The numbers of a citation's list, as `numberItem` finds them (runs of digits cut into
    /// fours), read without the pattern when the list is ASCII.
    static func numbers(_ list: ScalarText) -> [Int] {
        guard list.scalars.allSatisfy({ $0.isASCII }) else {
            return list.matches(numberItem).compactMap { Int($0.value) }
        }
        var numbers: [Int] = []
        var value = 0
        var length = 0
        for scalar in list.scalars {
            if ("0"..."9").contains(scalar) {
                value = value * 10 + Int(scalar.value - 0x30)
                length += 1
                guard length == 4 else { continue }
            } else if length == 0 {
                continue
            }
            numbers.append(value)
            value = 0
            length = 0
        }
        if length > 0 { numbers.append(value) }
        return numbers
    }

    /// A citation is a motion when "motie" stands just after it ("nr. 699, motie van het lid
    /// Bosman"), or before it in the same sentence with nothing between that names another
    /// kind of paper ("de motie van de leden … (Kamerstuk 27 925, nr. 623)").
    /// `motions` are where the sentence says "motie" or "moties", in text order.
    static func isMotion(_ text: ScalarText, at range: Range<Int>, motions: [Range<Int>]) -> Bool {
        let after = text.part(range.upperBound..<min(text.scalars.count, range.upperBound + 30))
        if after.string.containsBytes("motie", ignoringASCIICase: true), after.firstMatch(motionAfter) != nil {
            return true
        }
        let windowStart = max(0, range.lowerBound - 220)
        guard let last = motions.last(where: { $0.upperBound <= range.lowerBound }), last.lowerBound >= windowStart
        else { return false }
        let between = text.part(last.upperBound..<range.lowerBound)
        return !blocker.matches(between)
    }
}
