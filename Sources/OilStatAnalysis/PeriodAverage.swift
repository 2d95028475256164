import OilStatCore

/// A rate averaged over a period by days (or a volume summed over it), with how many months it rests on.
///
/// Rates such as kb/d are averaged by the days of each month: sum(value × days) / sum(days), so a 31-day
/// month weighs more than a 29-day February. Volumes (kbbl, kt per month) are summed. The value is given
/// only when every month of the period has a figure, unless partial values are allowed.
///
/// For example, Saudi Arabia's 4Q16 from OPEC secondary sources (Oct 10,544, Nov 10,623, Dec 10,474 kb/d) is
/// (10,544 × 31 + 10,623 × 30 + 10,474 × 31) / 92 = 10,546.2 kb/d.
public struct PeriodAverage: Sendable, Equatable {
    /// The period averaged over.
    public var period: Period
    /// The average (rate) or total (volume), or nil when a month is missing and partial values are not allowed.
    public var value: Double?
    /// The months of the period that have a figure.
    public var monthsWithData: Int
    /// The days of the months that have a figure.
    public var daysWithData: Int

    /// The number of months in the period.
    public var monthCount: Int { period.months.count }

    /// Whether every month of the period has a figure.
    public var isComplete: Bool { monthsWithData == monthCount }

    /// Whether a value is shown although some months have no figure.
    public var isPartial: Bool { value != nil && !isComplete }

    /// Averages (`isRate`) or sums `values` over `period`.
    ///
    /// - Parameters:
    ///   - period: the months averaged.
    ///   - values: the figures by month; months without one are missing.
    ///   - isRate: whether the figures are rates (averaged) rather than amounts (summed).
    ///   - allowPartial: give a value from the months that have one even when others are missing.
    public static func compute(
        _ period: Period, values: [Month: Double], isRate: Bool = true, allowPartial: Bool = false
    ) -> PeriodAverage {
        var weighted = 0.0
        var sum = 0.0
        var days = 0
        var count = 0
        for month in period.months {
            guard let value = values[month] else { continue }
            weighted += value * Double(month.days)
            sum += value
            days += month.days
            count += 1
        }
        var result = PeriodAverage(period: period, value: nil, monthsWithData: count, daysWithData: days)
        if count > 0 && (count == period.months.count || allowPartial) {
            result.value = isRate ? weighted / Double(days) : sum
        }
        return result
    }

    /// The day-weighted average of monthly rates, or nil when `values` is empty.
    public static func dayWeighted(_ values: [Month: Double]) -> Double? {
        let days = values.keys.reduce(0) { $0 + $1.days }
        guard days > 0 else { return nil }
        return values.reduce(0.0) { $0 + $1.value * Double($1.key.days) } / Double(days)
    }
}
