import Foundation
import Testing

@testable import OilStatCore

struct FixedDecimalTests {
    @Test(arguments: [
        (0.78125, "0.7812"), (-0.15625, "-0.1562"), (2.00005, "2.0000"), (0.0, "0.0000"), (-0.0, "-0.0000"),
        (8956.0, "8956.0000"), (-422.4194, "-422.4194"), (13102.069, "13102.0690"), (0.00005, "0.0001"),
        (-0.00001, "-0.0000"),
        (1e11, "100000000000.0000"), (123456789.12345, "123456789.1234"), (0.5, "0.5000"),
    ])
    func roundsHalfToEvenOnTheExactValue(_ value: Double, _ expected: String) {
        #expect(FixedDecimal.string(value) == expected)
        #expect(FixedDecimal.printfString(value) == expected)
    }

    @Test func matchesPrintfOnRandomValuesAndTies() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200_000 {
            let value: Double
            switch round % 4 {
            case 0: value = Double.random(in: -1000...1000, using: &generator)
            case 1: value = Double(Int.random(in: -100_000...100_000, using: &generator)) / 32 // exact binary ties
            case 2: value = Double(Int.random(in: -1_000_000_000...1_000_000_000, using: &generator)) / 100_000
            default: value = Double.random(in: -1e10...1e10, using: &generator)
            }
            #expect(FixedDecimal.string(value) == FixedDecimal.printfString(value), "\(value)")
        }
    }
}
