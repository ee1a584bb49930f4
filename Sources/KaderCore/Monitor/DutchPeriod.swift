import Foundation

/// Resolves the moments Dutch letters name ("najaar 2023", "na de zomer", "eind mei",
/// "Q3 2024", "later dit jaar") to a span of days, relative to the letter's date.
public enum DutchPeriod {
    /// The span of days `phrase` names, or nil when it names none this resolver knows.
    /// `reference` (the letter's date) places phrases without a year: "dit najaar",
    /// "na de zomer", "in mei" (the next May).
    public static func resolve(_ phrase: String, relativeTo reference: Day?) -> Period? {
        let words = normalized(phrase)
        let text = words.joined(separator: " ")
        guard !words.isEmpty, !text.contains("voortgangsrapportage") else { return nil }
        let explicitYear = words.compactMap { Int($0) }.first { (1900...2199).contains($0) }
        guard let year = explicitYear ?? reference?.year else { return nil }
        let current = words.contains("dit") || words.contains("deze")
        // Without a year, a phrase means the first such period that has not passed yet.
        func upcoming(_ make: (Int) -> Period) -> Period {
            let period = make(year)
            if explicitYear == nil, !current, let reference, let end = period.end, end < reference {
                return make(year + 1)
            }
            return period
        }

        if let quarter = quarter(words) {
            return upcoming { span($0, quarter * 3 - 2, 1, $0, quarter * 3, nil) }
        }
        if let month = words.compactMap({ Day.dutchMonthNames.firstIndex(of: $0) }).first.map({ $0 + 1 }) {
            let (from, to): (Int, Int?) =
                words.contains("begin")
                ? (1, 10)
                : words.contains("medio")
                    ? (11, 20)
                    : words.contains("eind") || words.contains("einde") ? (21, nil) : (1, nil)
            return upcoming { span($0, month, from, $0, month, to) }
        }
        if text.contains("na de zomer") {
            let after = reference.map { $0 > Day(year: $0.year, month: 8, day: 31)! } ?? false
            let y = explicitYear ?? (after ? year + 1 : year)
            return span(y, 9, 1, y, 10, nil)
        }
        if text.contains("voor de zomer") {
            let after = reference.map { $0 > Day(year: $0.year, month: 6, day: 30)! } ?? false
            let y = explicitYear ?? (after ? year + 1 : year)
            let start = reference.flatMap { $0.year == y ? $0 : nil } ?? Day(year: y, month: 1, day: 1)!
            return Period(start: start, end: Day(year: y, month: 6, day: 30))
        }
        if words.contains("voorjaar") || words.contains("lente") { return upcoming { span($0, 3, 1, $0, 5, nil) } }
        if words.contains("zomer") { return upcoming { span($0, 6, 1, $0, 8, nil) } }
        if words.contains("najaar") || words.contains("herfst") { return upcoming { span($0, 9, 1, $0, 11, nil) } }
        if words.contains("winter") {
            // "deze winter" in January is the winter that began the December before.
            let inEarlyYear = current && explicitYear == nil && (reference?.month ?? 12) <= 2
            return upcoming { span(inEarlyYear ? $0 - 1 : $0, 12, 1, (inEarlyYear ? $0 - 1 : $0) + 1, 2, nil) }
        }
        if text.contains("eerste helft") { return span(year, 1, 1, year, 6, nil) }
        if text.contains("tweede helft") { return span(year, 7, 1, year, 12, nil) }
        if words.contains("begin") { return span(year, 1, 1, year, 3, nil) }
        if words.contains("medio") || words.contains("halverwege") { return span(year, 6, 1, year, 7, nil) }
        if words.contains("eind") || words.contains("einde") { return span(year, 10, 1, year, 12, nil) }
        if text.contains("volgend jaar") || text.contains("volgende jaar") {
            return span(year + 1, 1, 1, year + 1, 12, nil)
        }
        if words.contains("later") || text.contains("dit jaar") || explicitYear != nil {
            let january = Day(year: year, month: 1, day: 1)!
            let start = words.contains("later") ? max(january, reference ?? january) : january
            return Period(start: start, end: Day.lastDay(ofMonth: 12, year: year))
        }
        return nil
    }

    /// From day `d1` of `m1`/`y1` to day `d2` of `m2`/`y2` (nil: the month's last day).
    private static func span(_ y1: Int, _ m1: Int, _ d1: Int, _ y2: Int, _ m2: Int, _ d2: Int?) -> Period {
        Period(
            start: Day(year: y1, month: m1, day: d1),
            end: d2.flatMap { Day(year: y2, month: m2, day: $0) } ?? Day.lastDay(ofMonth: m2, year: y2))
    }

    private static func quarter(_ words: [String]) -> Int? {
        for word in words where word.count == 2 && word.hasPrefix("q") {
            if let n = Int(word.dropFirst()), (1...4).contains(n) { return n }
        }
        guard let index = words.firstIndex(of: "kwartaal"), index > 0 else { return nil }
        return ["eerste", "tweede", "derde", "vierde"].firstIndex(of: words[index - 1]).map { $0 + 1 }
    }

    /// Lowercase words without accents or punctuation: "Na de zomer (2023)" → na de zomer 2023.
    static func normalized(_ phrase: String) -> [String] {
        let folded = phrase.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
