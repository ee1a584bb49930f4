import KaderCore
import KaderTestSupport
import Testing

@Suite struct DayTests {
    @Test func parsesIsoDatesAndRejectsImpossibleOnes() {
        #expect(Day(iso: "2024-02-29")?.day == 29)
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-13-01") == nil)
        #expect(Day(iso: "2024-6-1") == nil)
        #expect(Day(iso: "1 juni 2024") == nil)
        #expect(Day(iso: "1900-02-29") == nil)
        #expect(Day(iso: "2000-02-29") != nil)
    }

    @Test func lastDayOfAMonthFollowsLeapYears() {
        #expect(Day.lastDay(ofMonth: 6, year: 2025) == .at("2025-06-30"))
        #expect(Day.lastDay(ofMonth: 2, year: 2024) == .at("2024-02-29"))
        #expect(Day.lastDay(ofMonth: 2, year: 2025) == .at("2025-02-28"))
        #expect(Day.lastDay(ofMonth: 13, year: 2025) == nil)
    }

    @Test func dayArithmeticCrossesMonthsYearsAndLeapDays() {
        #expect(Day.at("2024-02-28").adding(days: 1) == .at("2024-02-29"))
        #expect(Day.at("2024-02-29").adding(days: 1) == .at("2024-03-01"))
        #expect(Day.at("2024-12-31").adding(days: 1) == .at("2025-01-01"))
        #expect(Day.at("2024-11-01").days(until: .at("2024-12-31")) == 60)
        #expect(Day.at("1970-01-01").daysSinceEpoch == 0)
        for offset in stride(from: -1000, through: 30000, by: 97) {
            #expect(Day(daysSinceEpoch: offset).daysSinceEpoch == offset)
        }
    }

    @Test func ordersChronologicallyAndPrintsTheDutchWay() {
        #expect(Day.at("2024-12-31") < .at("2025-01-01"))
        #expect(Day.at("2024-12-31").dutch == "31 december 2024")
        #expect(Day.at("2023-07-07").iso == "2023-07-07")
    }

    @Test func writesEveryDayAsFourDigitsOfYearAndTwoOfMonthAndDay() {
        #expect(Day(year: 5, month: 3, day: 9)?.iso == "0005-03-09")
        #expect(Day(year: 9999, month: 12, day: 31)?.iso == "9999-12-31")
        // Beyond four digits the year is written whole, and before year 0 with its sign.
        #expect(Day(year: 10_000, month: 1, day: 1)?.iso == "10000-01-01")
        #expect(Day(year: -44, month: 3, day: 15)?.iso == "-044-03-15")
        // Each day of a span of years written, read back the same.
        for offset in stride(from: -800_000, through: 800_000, by: 997) {
            let day = Day(daysSinceEpoch: offset)
            #expect(Day(iso: day.iso) == day || day.year < 0 || day.year > 9999, "\(day.iso)")
        }
    }
}
