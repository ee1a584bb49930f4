import Foundation
import Synchronization

/// A calendar day without time or time zone, the unit of every date in the registry.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day, or nil when the month or day does not exist (30 February, 29 February 2023).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The last day of a month: "tot en met juni 2025" ends on 2025-06-30.
    public static func lastDay(ofMonth month: Int, year: Int) -> Day? {
        guard (1...12).contains(month) else { return nil }
        return Day(year: year, month: month, day: daysIn(month: month, year: year))
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO 8601, `2024-12-31`.
    public var iso: String {
        // By hand: String(format:) went through CoreFoundation's formatter, a tenth of serving a
        // page. Every page asks for today's, twice: written into one buffer of ten bytes, not
        // put together from five strings (2% of serving the overview under load).
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            return String(unsafeUninitializedCapacity: 10) { buffer in
                func put(_ value: Int, at start: Int, width: Int) {
                    var rest = value
                    for index in (start..<(start + width)).reversed() {
                        buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                        rest /= 10
                    }
                }
                put(year, at: 0, width: 4)
                buffer[4] = UInt8(ascii: "-")
                put(month, at: 5, width: 2)
                buffer[7] = UInt8(ascii: "-")
                put(day, at: 8, width: 2)
                return 10
            }
        }
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(abs(value))
            let sign = value < 0 ? "-" : ""
            return sign + String(repeating: "0", count: max(0, width - digits.count - sign.count)) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    public var description: String { iso }

    /// Days since 1970-01-01 (proleptic Gregorian), so that day arithmetic is exact.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> Day {
        Day(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The day of a moment in the given time zone (the Netherlands by default).
    public init(_ date: Date, timeZone: TimeZone? = nil) {
        var calendar = Self.dutchCalendar
        if let timeZone { calendar.timeZone = timeZone }
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = c.year ?? 1970
        self.month = c.month ?? 1
        self.day = c.day ?? 1
    }

    /// The Gregorian calendar in Dutch time, made once: every page asks for today.
    private static let dutchCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        return calendar
    }()

    /// Today in the Netherlands.
    public static func today() -> Day {
        // Worked out once a minute: every page asks, and a day never turns within a minute
        // (Dutch time differs from UTC by whole hours).
        let minute = Int(Date().timeIntervalSince1970 / 60)
        if let known = todayByMinute.withLock({ $0 }), known.minute == minute { return known.day }
        let day = Day(Date())
        todayByMinute.withLock { $0 = (minute, day) }
        return day
    }

    private static let todayByMinute = Mutex<(minute: Int, day: Day)?>(nil)

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date as YYYY-MM-DD")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension Day {
    private static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    /// Dutch month names in calendar order, lowercase.
    public static var dutchMonthNames: [String] { dutchMonths }

    /// `31 december 2024`, as the letters write dates.
    public var dutch: String { "\(day) \(Day.dutchMonths[month - 1]) \(year)" }
}
