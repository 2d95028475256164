import Foundation

/// The day a figure was published: its *vintage* (an OPEC MOMR issue, a JODI release, an EIA file's date).
///
/// A figure has two time axes: the ``Month`` it is about, and the day it was published. Every vintage read from
/// input is checked here and only here: `YYYY-MM-DD`, a real calendar day in 1900-01-01...2200-12-31. It is
/// stored packed as the integer `YYYYMMDD` (so it sorts as the day does); ``undated`` (0) is a figure whose
/// publication date is not known, and sorts before every date.
public struct PublicationDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The packed day, `YYYYMMDD` (e.g. 20170412); 0 when undated.
    public let rawValue: Int

    /// A figure whose publication date is not known: it sorts before every date.
    public static let undated = PublicationDate(packed: 0)
    /// The first day a vintage may have.
    public static let first = PublicationDate(packed: 1900_01_01)
    /// The last day a vintage may have.
    public static let last = PublicationDate(packed: 2200_12_31)

    /// A date read back from the database (already checked when it was stored).
    package init(packed: Int) { rawValue = packed }

    /// Creates the day; nil when it is not a calendar day in 1900-01-01...2200-12-31.
    public init?(year: Int, month: Int, day: Int) {
        guard Month.validYears.contains(year), (1...12).contains(month), day >= 1,
            day <= Self.days(inMonth: month, year: year)
        else { return nil }
        rawValue = year * 10_000 + month * 100 + day
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// - Throws: ``OilStatError`` (bad input) saying why: not a date, or outside the range.
    public init(parsing text: some StringProtocol) throws {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45, let year = digits(0..<4),
            let month = digits(5..<7), let day = digits(8..<10), (1...12).contains(month), day >= 1,
            day <= Self.days(inMonth: month, year: year)
        else {
            throw OilStatError(message: "\"\(text)\" is not a date (YYYY-MM-DD)")
        }
        guard let date = PublicationDate(year: year, month: month, day: day) else {
            throw OilStatError(message: "\"\(text)\" is outside \(Self.first)...\(Self.last)")
        }
        self = date
    }

    /// The day (UTC) of `date`, e.g. a file's modification time; nil outside the valid range.
    public init?(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var isUndated: Bool { rawValue == 0 }
    public var year: Int { rawValue / 10_000 }
    public var month: Int { rawValue / 100 % 100 }
    public var day: Int { rawValue % 100 }

    /// `YYYY-MM-DD`, or `undated`.
    public var description: String {
        guard !isUndated else { return "undated" }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
