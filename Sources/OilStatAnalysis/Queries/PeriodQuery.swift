import OilStatCore

/// A period of months, `--from` to `--to`, checked to run forwards and to be at most `maximumMonths` long.
public struct PeriodQuery: Sendable, Equatable {
    /// The first month.
    public var first: Month
    /// The last month.
    public var last: Month

    /// The period `first`...`last` (check it with `validate(maximumMonths:)`).
    public init(first: Month, last: Month) {
        self.first = first
        self.last = last
    }

    /// Checks that the period runs forwards and is not longer than `maximumMonths`.
    ///
    /// - Throws: `OilStatError` (bad input) with the CLI's message.
    public func validate(maximumMonths: Int = 1200) throws {
        if last < first { throw OilStatError(message: "--to (\(last)) is before --from (\(first)).") }
        if last.index - first.index > maximumMonths {
            throw OilStatError(message: "The period is longer than \(maximumMonths / 12) years.")
        }
    }

    /// Every month of the period.
    public var months: [Month] { Month.range(first, last) }
}
