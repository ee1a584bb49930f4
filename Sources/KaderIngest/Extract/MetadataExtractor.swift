import KaderCore

/// The letter's own date, type, addressee and signatories.
enum MetadataExtractor {
    /// "Den Haag, 7 juli 2023", or the "Datum 7 juli 2023" of a letterhead.
    private static let dateLine = regex(
        #"(?:(?:Den Haag|'s-Gravenhage|’s-Gravenhage),?|(?<![\p{L}])Datum:?)\s+(\d{1,2})\s+"# + DutchDate.monthPattern
            + #"\s+(\d{4})"#)
    /// "Aan de Voorzitter van de Tweede Kamer", or the address block of a letterhead.
    static let addressLine = regex(
        #"Aan\s+de\s+(?:Voorzitter|Voorzitster)\s+van\s+de\s+(Tweede|Eerste)\s+Kamer|(?<![\p{L}])(?:Voorzitter|Voorzitster)\s+van\s+de\s+(Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal\s+(?:Postbus|Binnenhof|Prinses)"#
    )
    static let role = regex(
        #"(?:De|Het)\s+(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)\b[^,.]{0,120},"#,
        caseInsensitive: false)
    /// What `role` needs, as a block writes it (white space in a block is one space): most
    /// paragraphs name "de minister" somewhere, few open a signature with a capital.
    static let roleOpenings = ["De", "Het"].flatMap { article in
        ["minister", "Minister", "staatssecretaris", "Staatssecretaris"].map { "\(article) \($0)" }
    }

    static func extract(_ context: LetterContext) -> [Finding] {
        var findings: [Finding] = []
        if let (day, range) = context.printedDate {
            findings.append(Finding(value: .date(day), range: range, confidence: 0.95))
        }
        // Only the address above the letter counts, not a mention of the Chair in its body.
        if let match = addressLine(in: context), match.range.lowerBound < 3000 {
            let house: Addressee =
                (match.group(1) ?? match.group(2))?.lowercased() == "eerste" ? .eersteKamer : .tweedeKamer
            findings.append(Finding(value: .addressee(house), range: match.range, confidence: 0.95))
        }
        let (type, range, confidence) = LetterTypeClassifier.classify(context)
        findings.append(Finding(value: .type(type), range: range, confidence: confidence))
        findings += signatories(context)
        return findings
    }

    /// The first match of `addressLine` in the first 3,400 scalars of the letter. It is run
    /// only around each "Voorzitter" (the pattern over the whole opening was a hundredth of
    /// ingest): a match starts at most 9 scalars before it ("Aan\n\nde\n\n"; normalized
    /// text has at most two white-space scalars in a row) and is under 100 scalars long.
    static func addressLine(in context: LetterContext) -> ScalarText.Match? {
        guard
            let match = context.whole.firstMatch(
                addressLine, anchors: ["voorzitter", "voorzitster"], in: context.folded, before: 12, after: 120),
            match.range.upperBound <= 3400
        else { return nil }
        return match
    }

    /// The date of the "Den Haag, 7 juli 2023" line, and where it stands.
    /// `folded` is `text` as `ScalarBytes` folded to lower case.
    static func printedDate(in text: ScalarText, folded: ScalarBytes) -> (day: Day, range: Range<Int>)? {
        guard ["Haag", "Gravenhage", "Datum"].contains(where: { text.string.containsBytes($0) }),
            let match = text.firstMatch(
                dateLine, anchors: ["den haag", "gravenhage", "datum"], in: folded, before: 3, after: 200),
            let day = DutchDate.day(day: match.group(1), month: match.group(2), year: match.group(3), endOfMonth: false)
        else { return nil }
        return (day, match.range)
    }

    /// The name under each "De Minister van …," line at the end of the letter.
    static func signatories(_ context: LetterContext) -> [Finding] {
        var findings: [Finding] = []
        let blocks = context.normalized.blocks
        // Where the letter names a role in any case: only a block holding one is made a
        // string and read (a string of every block was most of this).
        var roleWords: [Int] = []
        for word in ["minister", "staatssecretaris"] {
            let pattern = Array(word.utf8)
            var from = 0
            while let at = context.folded.offset(of: pattern, from: from) {
                roleWords.append(at)
                from = at + 1
            }
        }
        roleWords.sort()
        for (blockIndex, block) in blocks.enumerated() where block.kind != .footnote {
            let next = roleWords.partitionPoint { $0 >= block.range.lowerBound }
            guard next < roleWords.count, roleWords[next] < block.range.upperBound else { continue }
            let slice = context.normalized.slice(block.range)
            guard roleOpenings.contains(where: { slice.containsBytes($0) }) else { continue }
            let text = context.scanned(block.range)
            // A block is one line: cut it at each role, the name follows the comma.
            let roles = text.matches(role)
            for (index, role) in roles.enumerated() {
                let nameEnd = index + 1 < roles.count ? roles[index + 1].range.lowerBound : text.scalars.count
                var name = text.slice(role.range.upperBound..<nameEnd).trimmingWhitespace()
                var end = block.range.lowerBound + nameEnd
                // "De Minister van Defensie," with the name a blank line below it.
                if name.isEmpty, index == roles.count - 1, blockIndex + 1 < blocks.count,
                    blocks[blockIndex + 1].kind != .footnote
                {
                    name = context.normalized.slice(blocks[blockIndex + 1].range)
                    end = blocks[blockIndex + 1].range.upperBound
                }
                guard isName(name) else { continue }
                let start = block.range.lowerBound + role.range.lowerBound
                findings.append(Finding(value: .signatory(name), range: start..<end, confidence: 0.85))
            }
        }
        return findings
    }

    /// "W.B. Hoekstra", "A.Th.B. Bijleveld-Schouten", "Caspar Veldkamp": two to five
    /// capitalised parts, no sentence.
    static func isName(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard (1...5).contains(parts.count), text.count <= 60 else { return false }
        guard
            parts.allSatisfy({
                $0.first?.isUppercase == true || ["van", "de", "der", "den", "ter", "ten"].contains($0)
            })
        else { return false }
        return parts.count >= 2 || text.contains(".")
    }
}
