import Foundation

/// A calendar month, such as 2018-10, the time unit of every production figure.
///
/// Months are ordered and can be stepped: `Month(2018, 12).adding(1)` is 2019-01.
public struct Month: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, e.g. 2018.
    public let year: Int
    /// The month of the year, 1...12.
    public let month: Int

    /// Creates a month; returns nil when `month` is not 1...12 or the year is outside 1900...9999.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1900...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM` (also `YYYYMM` as EIA bulk files write it); nil for anything else.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        self.init(bytes: bytes[...])
    }

    /// Parses `YYYY-MM` or `YYYYMM` from raw bytes without making a `String`.
    public init?(bytes: ArraySlice<UInt8>) {
        func digit(_ b: UInt8) -> Int? { (48...57).contains(b) ? Int(b) - 48 : nil }
        let b = Array(bytes)
        let monthStart: Int
        if b.count == 7, b[4] == UInt8(ascii: "-") { monthStart = 5 } else if b.count == 6 { monthStart = 4 } else { return nil }
        guard let y0 = digit(b[0]), let y1 = digit(b[1]), let y2 = digit(b[2]), let y3 = digit(b[3]),
              let m0 = digit(b[monthStart]), let m1 = digit(b[monthStart + 1]) else { return nil }
        self.init(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1)
    }

    /// Creates the month with the given ``index`` (months since year 0).
    public init(index: Int) {
        self.year = index / 12
        self.month = index % 12 + 1
    }

    /// Months since January of year 0: consecutive months have consecutive indexes.
    public var index: Int { year * 12 + (month - 1) }

    /// The month `count` months later (earlier when negative).
    public func adding(_ count: Int) -> Month { Month(index: index + count) }

    /// The month before this one.
    public var previous: Month { adding(-1) }

    /// The same month one year earlier.
    public var yearAgo: Month { adding(-12) }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in the month, leap Februaries included.
    public var days: Int {
        switch month {
        case 2: return Month.isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The quarter of the year, 1...4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// `YYYY-MM`.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }

    /// A short label as MOMR tables print it, e.g. `Oct 18`.
    public var shortLabel: String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let yy = year % 100
        return "\(names[month - 1]) \(yy < 10 ? "0" : "")\(yy)"
    }

    /// Every month from `first` through `last`, inclusive; empty when `last` is before `first`.
    public static func range(_ first: Month, _ last: Month) -> [Month] {
        guard first <= last else { return [] }
        return (first.index...last.index).map(Month.init(index:))
    }

    public static func < (lhs: Month, rhs: Month) -> Bool { lhs.index < rhs.index }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let month = Month(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a month (YYYY-MM): \(text)"))
        }
        self = month
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
