import Foundation
import KaderCore

/// Dates as Dutch letters write them: "7 juli 2023", "juni 2025", "11/02/2020".
enum DutchDate {
    static let monthNames = Day.dutchMonthNames
    static let monthLiterals = LiteralSet(monthNames)
    static let monthPattern = "(" + monthNames.joined(separator: "|") + ")"
    /// "1 januari 2024" (groups: day, month, year) or "januari 2024" (month, year).
    static let datePattern = #"(?:(\d{1,2})\s+)?"# + monthPattern + #"\s+(\d{4})"#

    static func month(_ name: String) -> Int? {
        monthNames.firstIndex(of: name.lowercased()).map { $0 + 1 }
    }

    /// A day from the groups of `datePattern`; a month alone is its first day, or its last
    /// day when `endOfMonth` ("tot en met juni 2025" ends on 30 June).
    static func day(day: String?, month: String?, year: String?, endOfMonth: Bool) -> Day? {
        guard let month = month.flatMap(Self.month), let year = year.flatMap({ Int($0) }) else { return nil }
        if let day = day.flatMap({ Int($0) }) { return Day(year: year, month: month, day: day) }
        return endOfMonth ? Day.lastDay(ofMonth: month, year: year) : Day(year: year, month: month, day: 1)
    }

    static let endRegex = regex(#"(?:tot\s+en\s+met|t/m|t\.m\.)\s+"# + datePattern)
    /// "tot en met eind 2025", "t/m 2025": the last day of the year.
    private static let endOfYear = regex(
        #"(?:tot\s+en\s+met|t/m)\s+(?:(?:het\s+)?eind(?:e)?\s+(?:van\s+)?)?(\d{4})(?![\d/])"#)
    private static let duration = regex(
        #"voor\s+(?:de\s+duur\s+van|een\s+periode\s+van)\s+(?:tenminste\s+|ten\s+minste\s+|minimaal\s+)?(\S+)\s+(jaar|jaren|maanden|maand)(?![\p{L}])"#
    )
    static let startRegex = regex(
        #"(?<![\p{L}])(?:van|vanaf|sinds|per|periode|met\s+ingang\s+van)\s+"# + datePattern)

    /// The period a sentence gives: a start ("van 1 januari 2024", "sinds januari 2021",
    /// "vanaf mei 2021") and an end ("tot en met 31 december 2024", "tot en met juni 2025").
    /// A bare "tot januari 2019" is no end: the letters use it loosely.
    static func period(in text: ScalarText) -> Period {
        // Every start and end has a year in digits.
        guard text.hasDigit else { return Period(start: nil, end: nil) }
        // Each pattern needs one of its words, and a date a month's name; most sentences
        // have none of them.
        let mayEnd = text.mayContain(["tot", "t/m", "t.m."])
        let hasMonth = text.mayContain(monthLiterals)
        let regions = hasMonth ? dateRegions(text.scalars) : nil
        let end =
            (mayEnd && hasMonth ? text.firstMatch(endRegex, regions: regions) : nil).flatMap {
                day(day: $0.group(1), month: $0.group(2), year: $0.group(3), endOfMonth: true)
            }
            ?? (mayEnd ? text.firstMatch(endOfYear) : nil).flatMap { $0.group(1).flatMap { Int($0) } }.flatMap {
                Day(year: $0, month: 12, day: 31)
            }
        let mayStart = hasMonth && text.mayContain(["van", "sinds", "per"])
        let start = (mayStart ? text.firstMatch(startRegex, regions: regions) : nil).flatMap {
            day(day: $0.group(1), month: $0.group(2), year: $0.group(3), endOfMonth: false)
        }
        if let start, let end, end < start { return Period(start: nil, end: end) }
        // "vanaf 1 januari 2025 voor de duur van tenminste één jaar": the end follows from the start.
        if let start, end == nil, text.mayContain(["voor"]), let match = text.firstMatch(duration),
            let count = match.group(1).flatMap(DutchNumber.count) ?? (match.group(1)?.lowercased() == "een" ? 1 : nil),
            let unit = match.group(2)?.lowercased()
        {
            let months = unit.hasPrefix("maand") ? count : count * 12
            return Period(start: start, end: adding(months: months, to: start).adding(days: -1))
        }
        return Period(start: start, end: end)
    }

    /// Where `startRegex` and `endRegex` can match: from five words ahead of each month's
    /// name to the four scalars after the white space that follows it (its year). Each match
    /// holds a month's name, with at most four words ahead of it ("met ingang van 1").
    /// Run on the whole sentence, the two were tried at every scalar of it: 37,000
    /// instructions a sentence with a month. Nil, for the whole sentence, when the text holds
    /// a letter past U+00FF: some fold to ASCII letters a case-insensitive pattern reads in a
    /// month's name (the long s, the Kelvin sign, the "st" ligature).
    static func dateRegions(_ scalars: [Unicode.Scalar]) -> [Range<Int>]? {
        if scalars.contains(where: { $0.value > 0xFF && $0.isAlphabeticQuick }) { return nil }
        var regions: [Range<Int>] = []
        let (initials, names) = (monthInitials, monthScalars)
        var index = 0
        while index < scalars.count {
            let first = scalars[index].asciiLowercased
            // Most scalars start no month's name: one look-up rules them out.
            guard first.value < 0x80, initials[Int(first.value)],
                let name = names.first(where: { name in
                    name[0] == first && index + name.count <= scalars.count
                        && ScalarText.equal(scalars, at: index, name, foldingASCIICase: true)
                })
            else {
                index += 1
                continue
            }
            let start = scalars.start(ofWords: 5, before: index)
            // On over any white space (Unicode's, which holds the patterns' `\s`), then the
            // four digits of a year.
            var end = index + name.count
            while end < scalars.count, scalars[end].isWhitespaceQuick { end += 1 }
            regions.append(start..<min(scalars.count, end + 4))
            index += 1
        }
        return regions
    }

    /// Whether a month's name starts with an ASCII scalar, by its value.
    private static let monthInitials: [Bool] = (0..<0x80).map { value in
        monthNames.contains { $0.unicodeScalars.first?.value == UInt32(value) }
    }

    /// The months' names as scalars, the longest first.
    private static let monthScalars: [[Unicode.Scalar]] = monthNames.map { Array($0.unicodeScalars) }
        .sorted { $0.count > $1.count }

    /// The same day `months` later (the last day of a shorter month when it has no such day).
    static func adding(months: Int, to day: Day) -> Day {
        let total = day.year * 12 + (day.month - 1) + months
        let year = total / 12
        let month = total % 12 + 1
        return Day(year: year, month: month, day: min(day.day, Day.daysIn(month: month, year: year))) ?? day
    }

    /// Years a sentence speaks of ("in 2019", "2024–2027" gives both ends), leaving out the
    /// years of full dates and of Kamerstuk numbers.
    private static let fullDate = regex(#"(\d{1,2})\s+"# + monthPattern + #"\s+(\d{4})"#)
    private static let otherYears = regex(#"\d{1,2}/\d{1,2}/\d{4}|vergaderjaar\s+\d{4}[–-]\d{4}|\d{4}D\d+"#)

    static func years(in text: ScalarText) -> [Int] {
        guard text.hasDigit else { return [] }
        let found = text.scalars.yearRanges()
        guard !found.isEmpty else { return [] }
        let covered =
            ((text.mayContain(monthLiterals) ? text.matches(fullDate) : []) + text.matches(otherYears)).map(\.range)
        var years: [Int] = []
        for range in found
        where !covered.contains(where: { $0.overlaps(range) }) {
            if let year = Int(text.slice(range)), !years.contains(year) { years.append(year) }
        }
        return years
    }
}

extension [Unicode.Scalar] {
    /// Where a year stands: what `(?<![\d.,/])(19[5-9]\d|20\d\d)(?![\d.,]\d)` matches, by a
    /// plain scan (the expression ran over every sentence that names a cost).
    func yearRanges() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index + 4 <= count {
            defer { index += 1 }
            let first = self[index]
            let second = self[index + 1]
            let third = self[index + 2]
            guard
                (first == "1" && second == "9" && ("5"..."9").contains(third))
                    || (first == "2" && second == "0" && third.isDecimalDigitQuick),
                self[index + 3].isDecimalDigitQuick
            else { continue }
            if index > 0 {
                let before = self[index - 1]
                if before.isDecimalDigitQuick || before == "." || before == "," || before == "/" { continue }
            }
            if index + 5 < count {
                let after = self[index + 4]
                if after.isDecimalDigitQuick || after == "." || after == "," {
                    if self[index + 5].isDecimalDigitQuick { continue }
                }
            }
            found.append(index..<(index + 4))
            index += 3
        }
        return found
    }
}
