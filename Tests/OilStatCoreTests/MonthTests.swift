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

    @Test(arguments: [("2024-02", 29), ("2023-02", 28), ("2000-02", 29), ("1900-02", 28), ("2018-10", 31), ("2018-11", 30)])
    func daysRespectLeapYears(text: String, days: Int) {
        #expect(Month(text)!.days == days)
    }

    @Test func stepsAcrossYearEnds() {
        let december = Month("2018-12")!
        #expect(december.adding(1).description == "2019-01")
        #expect(Month("2019-01")!.previous == december)
        #expect(Month("2019-01")!.yearAgo.description == "2018-01")
        #expect(Month.range(Month("2018-11")!, Month("2019-02")!).map(\.description) == ["2018-11", "2018-12", "2019-01", "2019-02"])
        #expect(Month("2018-10")!.shortLabel == "Oct 18")
    }
}
