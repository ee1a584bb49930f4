import KaderCore

/// The letter's own date, type, addressee and signatories.
enum MetadataExtractor {
    private static let dateLine = regex(
        #"(?:Den Haag|'s-Gravenhage|’s-Gravenhage),?\s+(\d{1,2})\s+"# + DutchDate.monthPattern + #"\s+(\d{4})"#)
    private static let addressLine = regex(
        #"Aan\s+de\s+(?:Voorzitter|Voorzitster)\s+van\s+de\s+(Tweede|Eerste)\s+Kamer"#)
    private static let role = regex(
        #"(?:De|Het)\s+(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)\b[^,.]{0,120},"#,
        caseInsensitive: false)

    static func extract(_ context: LetterContext) -> [Finding] {
        var findings: [Finding] = []
        let text = ScalarText(context.normalized.text)
        if let (day, range) = printedDate(in: context.normalized.text) {
            findings.append(Finding(value: .date(day), range: range, confidence: 0.95))
        }
        if let match = text.firstMatch(addressLine) {
            let house: Addressee = match.group(1)?.lowercased() == "eerste" ? .eersteKamer : .tweedeKamer
            findings.append(Finding(value: .addressee(house), range: match.range, confidence: 0.95))
        }
        let (type, range, confidence) = LetterTypeClassifier.classify(context)
        findings.append(Finding(value: .type(type), range: range, confidence: confidence))
        findings += signatories(context)
        return findings
    }

    /// The date of the "Den Haag, 7 juli 2023" line, and where it stands.
    static func printedDate(in text: String) -> (day: Day, range: Range<Int>)? {
        guard let match = ScalarText(text).firstMatch(dateLine),
            let day = DutchDate.day(day: match.group(1), month: match.group(2), year: match.group(3), endOfMonth: false)
        else { return nil }
        return (day, match.range)
    }

    /// The name under each "De Minister van …," line at the end of the letter.
    static func signatories(_ context: LetterContext) -> [Finding] {
        var findings: [Finding] = []
        let blocks = context.normalized.blocks
        for block in blocks where block.kind == .paragraph {
            let text = ScalarText(context.normalized.slice(block.range))
            // Paragraph text is one line: cut it at each role, the name follows the comma.
            let roles = text.matches(role)
            for (index, role) in roles.enumerated() {
                let nameEnd = index + 1 < roles.count ? roles[index + 1].range.lowerBound : text.scalars.count
                let name = text.slice(role.range.upperBound..<nameEnd).trimmingWhitespace()
                guard isName(name) else { continue }
                let start = block.range.lowerBound + role.range.lowerBound
                let end = block.range.lowerBound + nameEnd
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

/// Decides what kind of letter it is from its opening paragraph.
enum LetterTypeClassifier {
    private static let progress = regex(
        #"(?:deze|hierbij|de)\s+(?:[\p{L}-]+\s+){0,2}voortgangsrapportage|over\s+de\s+voortgang\s+van|met\s+deze\s+voortgangsrapportage"#
    )
    private static let notice = regex(
        #"kennisgevingsbrief|(?:onderzoekt|bestudeert|onderzoeken)\s+(?:het\s+kabinet\s+)?(?:de\s+)?(?:wenselijkheid|mogelijkheid|het\s+verzoek)"#
    )
    private static let article100 = regex(#"artikel\s+100"#)
    private static let decision = regex(
        #"besluit|besloten|informeren\s+wij\s+u|te\s+verlengen|verlengt|bijdrage\s+te\s+leveren"#)

    static func classify(_ context: LetterContext) -> (DocumentType, Range<Int>, Double) {
        let opening = openingRange(context)
        let text = ScalarText(context.normalized.slice(opening))
        if text.firstMatch(progress) != nil { return (.voortgangsrapportage, opening, 0.85) }
        if text.firstMatch(article100) != nil, text.firstMatch(notice) != nil {
            return (.kennisgevingsbrief, opening, 0.7)
        }
        if text.firstMatch(article100) != nil, text.firstMatch(decision) != nil { return (.artikel100, opening, 0.85) }
        return (.brief, opening, 0.6)
    }

    /// The first paragraph of body text (with the next when it is short).
    static func openingRange(_ context: LetterContext) -> Range<Int> {
        let paragraphs = context.normalized.blocks.filter { $0.kind == .paragraph }
        let body = paragraphs.filter { block in
            let text = context.normalized.slice(block.range)
            let lowercase = text.filter(\.isLowercase).count
            return !text.hasPrefix("Aan de") && !text.hasPrefix("Den Haag") && text.count > 60
                && lowercase > text.count / 2
        }
        guard let first = body.first else { return 0..<0 }
        var range = first.range
        if range.count < 400, body.count > 1 { range = range.lowerBound..<body[1].range.upperBound }
        return range
    }
}
