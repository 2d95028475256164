import Testing

@testable import OilStatCore

struct MonthTests {
    @Test(arguments: [("2018-10", 2018, 10), ("201810", 2018, 10), ("2024-02", 2024, 2), ("1900-01", 1900, 1)])
    func parsesValidMonths(text: String, year: Int, month: Int) {
        let parsed = Month(text)
        #expect(parsed?.year == year)
        #expect(parsed?.month == month)
    }

    @Test(arguments: ["2018-13", "2018-00", "18-10", "2018/10", "2018-1", "", "abcd-ef", "2018-10-01"])
    func rejectsInvalidMonths(text: String) {
        #expect(Month(text) == nil)
    }

    @Test(arguments: [
        ("2024-02", 29), ("2023-02", 28), ("2000-02", 29), ("1900-02", 28), ("2018-10", 31), ("2018-11", 30),
    ])
    func daysRespectLeapYears(text: String, days: Int) {
        #expect(Month(text)!.days == days)
    }

    @Test func stepsAcrossYearEnds() {
        let december = Month("2018-12")!
        #expect(december.adding(1).description == "2019-01")
        #expect(Month("2019-01")!.previous == december)
        #expect(Month("2019-01")!.yearAgo.description == "2018-01")
        #expect(
            Month.range(Month("2018-11")!, Month("2019-02")!).map(\.description) == [
                "2018-11", "2018-12", "2019-01", "2019-02",
            ])
        #expect(Month("2018-10")!.shortLabel == "Oct 18")
    }
}

/// Issue 8: the month range is checked once, in `Month`, so every valid month fits `FigureKey`'s 16 bits.
struct MonthRangeTests {
    @Test(arguments: [
        ("9999-12", "\"9999-12\" is outside 1900-01...2200-12"),
        ("5461-05", "\"5461-05\" is outside 1900-01...2200-12"),
        ("1899-12", "\"1899-12\" is outside 1900-01...2200-12"),
        ("2201-01", "\"2201-01\" is outside 1900-01...2200-12"),
        ("0000-01", "\"0000-01\" is outside 1900-01...2200-12"), ("2018-13", "\"2018-13\" is not a month (YYYY-MM)"),
        ("2018-1", "\"2018-1\" is not a month (YYYY-MM)"), ("2018-01-01", "\"2018-01-01\" is not a month (YYYY-MM)"),
    ])
    func outOfRangeAndMalformedMonthsSayWhy(text: String, message: String) {
        #expect(throws: Month.ParseError.self) { try Month(parsing: text) }
        do { _ = try Month(parsing: text) } catch { #expect(error.description == message) }
        #expect(Month(text) == nil)
        #expect(Month("9999-12") == nil && Month(year: 9999, month: 12) == nil)
    }

    @Test func theRangeEndsAreValidAndFitTheKey() throws {
        #expect(try Month(parsing: "1900-01") == Month.first)
        #expect(try Month(parsing: "2200-12") == Month.last)
        #expect(Month.last.index < 1 << 16)
        #expect(Month.validIndexes == Month.first.index...Month.last.index)
        let key = try FigureKey.checked(
            source: 1023, producer: 4095, month: Month.last, product: 255, flow: 255, unit: 255)
        #expect(key.month == Month.last && key.producer == 4095 && key.source == 1023)
    }

    @Test(arguments: [("2024-02-29", "2024-02"), ("1900-01-31", "1900-01"), ("2200-12-01", "2200-12")])
    func datesGiveTheirMonth(text: String, month: String) throws {
        #expect(try Month(parsing: text, formats: .date).description == month)
    }

    @Test(arguments: ["2023-02-29", "2024-04-31", "2024-01-00", "2024-01-1", "2024/01/01", "9999-12-31"])
    func datesCheckTheDay(text: String) {
        #expect(throws: Month.ParseError.self) { try Month(parsing: text, formats: .date) }
    }

    @Test func compactMonthsOnlyWhenAsked() throws {
        #expect(try Month(parsing: "202401", formats: .compact).description == "2024-01")
        #expect(throws: Month.ParseError.outOfRange("999912")) {
            try Month(parsing: "999912", formats: [.compact, .dashed])
        }
        #expect(throws: Month.ParseError.notAMonth("2024-01", formats: .compact)) {
            try Month(parsing: "2024-01", formats: .compact)
        }
    }

    @Test func indexesAlwaysGiveWellFormedMonths() {
        let before = Month(index: -1) // never from input; arithmetic far below the range stays well formed
        #expect(before.year == -1 && before.month == 12)
        #expect(before.shortLabel.hasPrefix("Dec"))
        #expect(Month.first.previous.description == "1899-12")
    }

    @Test func figureKeysFromInputAreChecked() {
        let tooLate = Month(index: 5461 * 12 + 4) // 5461-05: index 65,536, one past the 16 bits
        #expect(throws: FigureKey.RangeError(dimension: .month(tooLate))) {
            try FigureKey.checked(source: 1, producer: 105, month: tooLate, product: 1, flow: 1, unit: 1)
        }
        #expect(throws: FigureKey.RangeError(dimension: .producer(4096))) {
            try FigureKey.checked(source: 1, producer: 4096, month: Month.first, product: 1, flow: 1, unit: 1)
        }
        do { _ = try FigureKey.checked(source: 1, producer: 1, month: tooLate, product: 1, flow: 1, unit: 1) } catch {
            #expect(error.description == "month 5461-05 is outside 1900-01...2200-12")
        }
    }
}
