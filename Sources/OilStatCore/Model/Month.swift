import Foundation

/// A calendar month, such as 2018-10, the time unit of every production figure.
///
/// Every month read from input (a file, a command-line option) is checked here and only here: it must be
/// written in an accepted ``Format`` and fall in ``validYears`` (1900...2200), so that every valid month fits
/// the 16-bit month field of ``FigureKey``. Months are ordered and can be stepped:
/// `Month(year: 2018, month: 12)!.adding(1)` is 2019-01.
public struct Month: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, e.g. 2018.
    public let year: Int
    /// The month of the year, 1...12.
    public let month: Int

    /// The years a month read from input may have. 2200-12 has index 26,411, well inside the 16 bits
    /// (65,535) that ``FigureKey`` gives the month.
    public static let validYears: ClosedRange<Int> = 1900...2200
    /// The first valid month, 1900-01.
    public static let first = Month(index: 1900 * 12)
    /// The last valid month, 2200-12.
    public static let last = Month(index: 2200 * 12 + 11)
    /// The ``index``es of the valid months.
    public static let validIndexes: ClosedRange<Int> = (1900 * 12)...(2200 * 12 + 11)

    /// Creates a month; nil when `month` is not 1...12 or `year` is outside ``validYears``.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), Month.validYears.contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM` or `YYYYMM` (as EIA bulk files write it); nil for anything else, or a month outside
    /// 1900-01...2200-12. Use ``init(parsing:formats:)`` to learn why a text is not a month.
    public init?(_ text: some StringProtocol) {
        guard let month = try? Month(parsing: text, formats: [.dashed, .compact]) else { return nil }
        self = month
    }

    /// Parses `text` in one of `formats`.
    ///
    /// - Throws: ``ParseError`` saying whether the text is not a month at all (`"2018-13" is not a month
    ///   (YYYY-MM)`) or a month outside the valid range (`"9999-12" is outside 1900-01...2200-12`).
    public init(parsing text: some StringProtocol, formats: Format = .dashed) throws(ParseError) {
        switch Array(text.utf8).withUnsafeBufferPointer({ Month.scan($0, formats) }) {
        case .month(let index): self.init(index: index)
        case .malformed: throw .notAMonth(String(text), formats: formats)
        case .outOfRange: throw .outOfRange(String(text))
        }
    }

    /// Creates the month with the given ``index`` (months since January of year 0).
    ///
    /// For month arithmetic and for keys read back from the database: any index gives a well-formed month
    /// (month 1...12), but only the parsers and ``init(year:month:)`` check the range. Input never comes
    /// here unchecked.
    public init(index: Int) {
        let (quotient, remainder) = index.quotientAndRemainder(dividingBy: 12)
        self.year = remainder < 0 ? quotient - 1 : quotient
        self.month = (remainder < 0 ? remainder + 12 : remainder) + 1
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
    @inlinable
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of `month` (1...12) in `year`, leap Februaries included.
    @inlinable
    public static func days(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The number of days in the month, leap Februaries included.
    public var days: Int { Month.days(year: year, month: month) }

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
        do { self = try Month(parsing: text, formats: [.dashed, .compact]) } catch {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: error.description))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
