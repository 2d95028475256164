import Testing

@testable import OilStatReport

struct AxisScaleTests {
    @Test(arguments: [
        (8_560.0, 12_460.0, 5, [8_000.0, 9_000, 10_000, 11_000, 12_000, 13_000]),
        (-20, 245, 6, [-50, 0, 50, 100, 150, 200, 250]),
        (0, 0, 5, [0, 0.25, 0.5, 0.75, 1]),
        (0, 1, 5, [0, 0.25, 0.5, 0.75, 1]),
        (31.94, 34.03, 5, [31.5, 32, 32.5, 33, 33.5, 34, 34.5]),
        (-1_234.5, 50, 6, [-1_250, -1_000, -750, -500, -250, 0, 250]),
    ])
    func choosesRoundTicksAroundTheData(minimum: Double, maximum: Double, count: Int, expected: [Double]) {
        let scale = AxisScale(minimum: minimum, maximum: maximum, tickCount: count)
        #expect(scale.ticks.count == expected.count)
        for (tick, wanted) in zip(scale.ticks, expected) {
            #expect(abs(tick - wanted) < 1e-9)
        }
    }

    @Test func labelsTicksWithTheDecimalsTheStepNeeds() {
        #expect(AxisScale(minimum: 8_560, maximum: 12_460).label(12_000) == "12,000")
        #expect(AxisScale(minimum: 0, maximum: 1).label(0.25) == "0.25")
        #expect(AxisScale(minimum: 31.94, maximum: 34.03).label(32.5) == "32.5")
    }

    @Test func widensAFlatRange() {
        let scale = AxisScale(minimum: 500, maximum: 500)
        #expect(scale.lower < 500 && scale.upper > 500)
    }

    @Test func mapsValuesLinearly() {
        let scale = AxisScale(minimum: 0, maximum: 100)
        #expect(scale.position(50, from: 0, to: 200) == 100)
        #expect(scale.position(0, from: 400, to: 100) == 400)
    }
}
