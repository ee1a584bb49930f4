/// What an amount is for, in the letter's words: the clause before it without its verb
/// ("de bijdrage aan de NAVO-missie van ongeveer 300.000 euro" → "bijdrage aan de
/// NAVO-missie"), with the place after it when several amounts share one clause
/// ("… bedroeg 35,2 miljoen euro in Irak en 21,9 miljoen euro in Syrië").
enum CostScope {
    /// A clause starts after a semicolon, colon, dash or a comma before a space (not the
    /// comma of "35,2", nor a bracket inside a phrase).
    private static let clauseStart = regex(#"[;:]\s*|,\s+|\s–\s"#)
    /// The verb of the clause: before it the subject, after it the object.
    private static let verb = regex(
        #"(?<![\p{L}])(?:bedroeg|bedroegen|bedraagt|bedragen|zijn|is|was|waren|wordt|worden|werd|komen|komt|heeft|hebben|zullen|zal|leverde|levert|besteedt|omvat|omvatten)(?![\p{L}])"#
    )
    private static let leading = regex(#"^(?:(?:en|of|maar|dat|die|dit|de|het|een|uit|op|onder\s+meer|nog)\s+)+"#)
    private static let trailing = regex(
        #"(?:\s+(?:van|op|voor|aan|met|in\s+totaal|ongeveer|circa|ruim|bijna|totaal|nog|geraamd|begroot|gekost|gerealiseerd))+\s*$"#
    )
    private static let place = regex(#"^\s*(?:in|voor)\s+(?:de\s+|het\s+)?[\p{Lu}][\p{L}-]*"#, caseInsensitive: false)

    /// The scope of each amount (ranges in text order).
    static func scopes(of amounts: [Range<Int>], in text: ScalarText) -> [String] {
        func sameClause(_ first: Int, _ second: Int) -> Bool {
            let between = text.slice(amounts[first].upperBound..<amounts[second].lowerBound)
            return between.range(of: ", ") == nil && !between.contains(";") && between.count < 40
        }
        var bases: [String] = []
        var scopes: [String] = []
        for (index, range) in amounts.enumerated() {
            let withPrevious = index > 0 && sameClause(index - 1, index)
            let withNext = index + 1 < amounts.count && sameClause(index, index + 1)
            var base: String
            if withPrevious {
                // A second amount in the same clause shares the first one's subject.
                base = bases[index - 1]
            } else {
                let start =
                    text.matches(clauseStart).last { $0.range.upperBound <= range.lowerBound }?.range.upperBound ?? 0
                base = clean(text.slice(start..<range.lowerBound))
                if base.count < 12 { base = clean(text.slice(0..<range.lowerBound)) }
            }
            bases.append(base)
            var scope = base
            let after = ScalarText(text.slice(range.upperBound..<text.scalars.count))
            if withPrevious || withNext, let location = after.firstMatch(place) {
                scope += ", " + location.value.trimmingWhitespace()
            }
            if scope.count < 4 { scope = String(after.string.prefix { !",;.(".contains($0) }).trimmingWhitespace() }
            scopes.append(String(scope.suffix(120)))
        }
        return scopes
    }

    /// What the clause says the amount is for: the object after its verb when there is one
    /// ("Dit omvat onder meer de verlenging van de trainingsmissie"), else the subject before
    /// it ("De totale geraamde uitgaven … in 2024 komen uit op").
    private static func clean(_ clause: String) -> String {
        let scanned = ScalarText(clause)
        guard let match = scanned.firstMatch(verb) else { return trim(clause) }
        let object = trim(scanned.slice(match.range.upperBound..<scanned.scalars.count))
        if object.count >= 12 { return object }
        return trim(scanned.slice(0..<match.range.lowerBound))
    }

    private static func trim(_ phrase: String) -> String {
        var text = phrase.trimmingWhitespace()
        for pattern in [leading, trailing] {
            let scanned = ScalarText(text)
            if let match = scanned.firstMatch(pattern) {
                text =
                    scanned.slice(0..<match.range.lowerBound)
                    + scanned.slice(match.range.upperBound..<scanned.scalars.count)
            }
            text = text.trimmingWhitespace()
        }
        while let last = text.last, ",;:(".contains(last) { text = String(text.dropLast()).trimmingWhitespace() }
        return text
    }
}
