import OilStatCore

/// A run of whole months that reports average or total over: a month, a quarter or a year.
///
/// A period may end early (a quarter or year "to date"): `Period.quarter(2018, 4).through(Month("2018-11")!)`
/// covers October and November 2018 only. Labels follow OPEC's MOMR (`2016`, `3Q18`, `Oct 18`); keys are
/// the stable machine names of report columns (`y2016`, `q3_2018`, `m2018_10`).
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How long a whole period of this kind is.
    public enum Kind: String, CaseIterable, Sendable {
        case month, quarter, year
    }

    /// The kind of period.
    public let kind: Kind
    /// The first month.
    public let first: Month
    /// The last month, inclusive (earlier than ``fullLast`` for a period to date).
    public let last: Month

    /// The period of `kind` that contains `month`, whole.
    public static func containing(_ month: Month, kind: Kind) -> Period {
        switch kind {
        case .month:
            return Period(kind: .month, first: month, last: month)
        case .quarter:
            let first = Month(index: month.year * 12 + (month.quarter - 1) * 3)
            return Period(kind: .quarter, first: first, last: first.adding(2))
        case .year:
            let first = Month(index: month.year * 12)
            return Period(kind: .year, first: first, last: first.adding(11))
        }
    }

    /// The calendar year `year`.
    public static func year(_ year: Int) -> Period { containing(Month(index: year * 12), kind: .year) }

    /// Quarter `quarter` (1...4) of `year`.
    public static func quarter(_ year: Int, _ quarter: Int) -> Period {
        containing(Month(index: year * 12 + (quarter - 1) * 3), kind: .quarter)
    }

    /// The single month `month`.
    public static func month(_ month: Month) -> Period { containing(month, kind: .month) }

    /// This period cut short after `month` (a quarter or year to date); unchanged when `month` is not inside it.
    public func through(_ month: Month) -> Period {
        guard month >= first && month < last else { return self }
        return Period(kind: kind, first: first, last: month)
    }

    /// The last month of the whole period.
    public var fullLast: Month { Period.containing(first, kind: kind).last }

    /// Whether the period stops before its natural end (a quarter or year to date).
    public var isToDate: Bool { last < fullLast }

    /// Every month of the period, in order.
    public var months: [Month] { Month.range(first, last) }

    /// The days of the period, leap Februaries included.
    public var days: Int { months.reduce(0) { $0 + $1.days } }

    /// The whole period before this one (of the same kind).
    public var previous: Period { Period.containing(first.previous, kind: kind) }

    /// The label MOMR tables print: `2016`, `3Q18`, `Oct 18`; a period to date adds ` QTD` or ` YTD`.
    public var label: String {
        let yy = first.year % 100
        let twoDigits = (yy < 10 ? "0" : "") + "\(yy)"
        switch kind {
        case .month: return first.shortLabel
        case .quarter: return "\(first.quarter)Q\(twoDigits)" + (isToDate ? " QTD" : "")
        case .year: return "\(first.year)" + (isToDate ? " YTD" : "")
        }
    }

    /// The column key: `y2016`, `q3_2018`, `m2018_10`; a period to date ends in `_td`.
    public var key: String {
        let suffix = isToDate ? "_td" : ""
        switch kind {
        case .month: return "m\(first.year)_" + (first.month < 10 ? "0" : "") + "\(first.month)"
        case .quarter: return "q\(first.quarter)_\(first.year)" + suffix
        case .year: return "y\(first.year)" + suffix
        }
    }

    /// `first..last`, e.g. `2018-10..2018-12`.
    public var description: String { first == last ? first.description : "\(first)..\(last)" }

    /// The whole periods of `kind` that overlap `first` through `last`, in order.
    public static func covering(_ first: Month, _ last: Month, kind: Kind) -> [Period] {
        guard first <= last else { return [] }
        var periods: [Period] = []
        var period = containing(first, kind: kind)
        while period.first <= last {
            periods.append(period)
            period = containing(period.last.adding(1), kind: kind)
        }
        return periods
    }

    public static func < (lhs: Period, rhs: Period) -> Bool { (lhs.first, lhs.last) < (rhs.first, rhs.last) }
}
