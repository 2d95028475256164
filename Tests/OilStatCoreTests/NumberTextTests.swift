import Testing

@testable import OilStatCore

struct NumberTextTests {
    @Test(arguments: [
        (0.78125, 4, "0.7812"),
        (-0.15625, 4, "-0.1562"),
        (2.00005, 4, "2.0000"),
        (2.5, 0, "2"),
        (3.5, 0, "4"),
        (-0.04, 1, "0.0"),
        (1e20, 0, "100000000000000000000"),
        (1e-7, 2, "0.00"),
        (12.0, -3, "12"),
    ])
    func fixedRoundsHalfToEvenOnTheExactValue(value: Double, decimals: Int, expected: String) {
        #expect(NumberText.fixed(value, decimals: decimals) == expected)
    }

    @Test(arguments: [
        (1234.5, 1, "1,234.5"),
        (-1234567.891, 2, "-1,234,567.89"),
        (999, 0, "999"),
        (1000, 0, "1,000"),
        (-100, 0, "-100"),
        (0.5, 3, "0.500"),
        (123456, 0, "123,456"),
    ])
    func groupedInsertsThousandsSeparators(value: Double, decimals: Int, expected: String) {
        #expect(NumberText.grouped(value, decimals: decimals) == expected)
    }

    @Test(arguments: [(800.0, "800"), (12.25, "12.2"), (83.64, "83.6"), (-0.01, "0"), (-3.26, "-3.3")])
    func coordinatesHaveOneDecimalAtMost(value: Double, expected: String) {
        #expect(NumberText.coordinate(value) == expected)
    }
}
