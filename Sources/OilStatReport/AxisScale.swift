import Foundation
import OilStatCore

/// A "nice" numeric axis: round bounds and ticks at 1, 2, 2.5 or 5 × a power of ten.
///
/// For example, data from 9,640 to 12,400 with about five ticks gives ticks at 9,500, 10,000, … 12,500.
struct AxisScale: Equatable, Sendable {
    /// The lowest tick, at or below the data.
    var lower: Double
    /// The highest tick, at or above the data.
    var upper: Double
    /// The distance between ticks.
    var step: Double

    /// A scale covering `minimum...maximum` with about `tickCount` ticks.
    ///
    /// The step is the nice number nearest to the range divided into `tickCount - 1` parts (so the tick count
    /// can differ by one or two either way), and the bounds are the multiples of the step around the data.
    ///
    /// An empty range is widened (by 10% of the value, or to 0...1 for zero), so a flat series still gets an axis.
    init(minimum: Double, maximum: Double, tickCount: Int = 5) {
        var low = min(minimum, maximum)
        var high = max(minimum, maximum)
        if !low.isFinite || !high.isFinite {
            low = 0
            high = 1
        }
        if low == high {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            low -= low == 0 ? 0 : pad
            high += pad
        }
        let raw = (high - low) / Double(max(tickCount - 1, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let fraction = raw / magnitude
        let nice: Double = fraction < 1.5 ? 1 : fraction < 2.25 ? 2 : fraction < 3.5 ? 2.5 : fraction < 7.5 ? 5 : 10
        step = nice * magnitude
        lower = floor(low / step + 1e-9) * step
        upper = ceil(high / step - 1e-9) * step
        if upper <= lower { upper = lower + step }
    }

    /// The tick values from ``lower`` to ``upper``.
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    /// The decimals needed to print every tick exactly: 0 for a step of 500, 1 for 2.5, 2 for 0.25.
    var decimals: Int {
        var places = 0
        while places < 10 {
            let scaled = step * pow(10, Double(places))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { break }
            places += 1
        }
        return places
    }

    /// A tick label with thousands separators, e.g. `12,500` or `-2.5`.
    func label(_ value: Double) -> String {
        NumberText.grouped(value, decimals: decimals)
    }

    /// The position of `value` when ``lower`` maps to `start` and ``upper`` to `end`.
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }
}
