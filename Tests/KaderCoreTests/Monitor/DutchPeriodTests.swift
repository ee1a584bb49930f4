import KaderCore
import KaderTestSupport
import Testing

@Suite struct DutchPeriodTests {
    /// "start/end" in ISO, or nil.
    func resolve(_ phrase: String, _ reference: String? = nil) -> String? {
        DutchPeriod.resolve(phrase, relativeTo: reference.map(Day.at)).flatMap { period in
            guard let start = period.start, let end = period.end else { return nil }
            return "\(start.iso)/\(end.iso)"
        }
    }

    @Test func seasonsWithAYearAreMeteorological() {
        #expect(resolve("najaar 2023") == "2023-09-01/2023-11-30")
        #expect(resolve("herfst 2023") == "2023-09-01/2023-11-30")
        #expect(resolve("voorjaar 2025") == "2025-03-01/2025-05-31")
        #expect(resolve("zomer 2024") == "2024-06-01/2024-08-31")
    }

    @Test func aWinterThatEndsInALeapYearEndsOnTheLeapDay() {
        #expect(resolve("winter 2023") == "2023-12-01/2024-02-29")
        #expect(resolve("winter 2024") == "2024-12-01/2025-02-28")
        #expect(resolve("eind februari 2024") == "2024-02-21/2024-02-29")
    }

    @Test func phrasesWithoutAYearAreReadFromTheLettersDate() {
        #expect(resolve("dit najaar", "2023-07-07") == "2023-09-01/2023-11-30")
        #expect(resolve("na de zomer", "2023-07-07") == "2023-09-01/2023-10-31")
        #expect(resolve("na de zomer", "2023-09-15") == "2024-09-01/2024-10-31")
        #expect(resolve("voor de zomer", "2024-02-10") == "2024-02-10/2024-06-30")
        #expect(resolve("voor de zomer", "2024-08-10") == "2025-01-01/2025-06-30")
        #expect(resolve("later dit jaar", "2021-05-01") == "2021-05-01/2021-12-31")
        #expect(resolve("in mei", "2024-11-22") == "2025-05-01/2025-05-31")
        #expect(resolve("deze winter", "2024-01-10") == "2023-12-01/2024-02-29")
    }

    @Test func beginMedioEindQuartersAndMonthsResolve() {
        #expect(resolve("begin 2021") == "2021-01-01/2021-03-31")
        #expect(resolve("medio 2022") == "2022-06-01/2022-07-31")
        #expect(resolve("eind 2024") == "2024-10-01/2024-12-31")
        #expect(resolve("Q3 2024") == "2024-07-01/2024-09-30")
        #expect(resolve("het tweede kwartaal van 2025") == "2025-04-01/2025-06-30")
        #expect(resolve("mei 2025") == "2025-05-01/2025-05-31")
        #expect(resolve("begin mei 2025") == "2025-05-01/2025-05-10")
        #expect(resolve("later in 2021", "2020-05-01") == "2021-01-01/2021-12-31")
    }

    @Test func phrasesWithoutAMomentResolveToNothing() {
        #expect(resolve("na beëindiging van de inzet", "2023-07-07") == nil)
        #expect(resolve("volgende voortgangsrapportage", "2023-07-07") == nil)
        #expect(resolve("zodra daartoe aanleiding is", "2023-07-07") == nil)
        #expect(resolve("najaar") == nil)
    }

    @Test func addingMonthsKeepsTheDayOrTakesTheMonthsLastDay() {
        #expect(Day.at("2023-08-31").addingMonths(6) == .at("2024-02-29"))
        #expect(Day.at("2024-02-29").addingYears(1) == .at("2025-02-28"))
        #expect(Day.at("2024-11-30").addingMonths(3) == .at("2025-02-28"))
    }
}
