/// The one month grammar of every input path: `YYYY-MM`, `YYYYMM` or `YYYY-MM-DD`, years 1900...2200.
extension Month {
    /// The ways a month may be written; each input path states which it accepts.
    public struct Format: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// `YYYY-MM`, as JODI, the long CSV, EIA's API and the command line write it.
        public static let dashed = Format(rawValue: 1)
        /// `YYYYMM`, as EIA bulk files write it.
        public static let compact = Format(rawValue: 2)
        /// `YYYY-MM-DD`: the day must exist in that month and is then ignored.
        public static let date = Format(rawValue: 4)

        /// The forms as a message shows them, e.g. `YYYY-MM or YYYYMM`.
        public var names: String {
            var names: [String] = []
            if contains(.dashed) { names.append("YYYY-MM") }
            if contains(.compact) { names.append("YYYYMM") }
            if contains(.date) { names.append("YYYY-MM-DD") }
            return names.joined(separator: " or ")
        }
    }

    /// Why a text is not a valid month.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        /// Not a month in the accepted forms, e.g. `2018-13`, `2018/10`, `2018`.
        case notAMonth(String, formats: Format)
        /// A well-formed month outside ``Month/first``...``Month/last``, e.g. `9999-12`, `1899-12`.
        case outOfRange(String)

        /// `"2018-13" is not a month (YYYY-MM)` or `"9999-12" is outside 1900-01...2200-12`.
        public var description: String {
            switch self {
            case .notAMonth(let text, let formats): return "\(InputText.quoted(text)) is not a month (\(formats.names))"
            case .outOfRange(let text): return "\(InputText.quoted(text)) is outside \(Month.first)...\(Month.last)"
            }
        }
    }

    /// What ``scan(_:_:)`` found.
    @usableFromInline
    enum Scan {
        case month(Int)
        case malformed
        case outOfRange
    }

    /// The index of the month written in `bytes` in one of `formats`, or nil when it is not a valid month.
    ///
    /// Allocation-free, for the importers' inner loops; ``init(parsing:formats:)`` says why a text fails.
    @inlinable
    public static func index(ascii bytes: UnsafeBufferPointer<UInt8>, formats: Format) -> Int? {
        if case .month(let index) = scan(bytes, formats) { return index }
        return nil
    }

    /// The grammar itself: shape, digits, month 1...12, day of the month, then the year range.
    @inlinable
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ formats: Format) -> Scan {
        let dash = UInt8(ascii: "-")
        let count = bytes.count
        let monthStart: Int
        let dayStart: Int?
        if count == 7 && formats.contains(.dashed) && bytes[4] == dash {
            (monthStart, dayStart) = (5, nil)
        } else if count == 6 && formats.contains(.compact) {
            (monthStart, dayStart) = (4, nil)
        } else if count == 10 && formats.contains(.date) && bytes[4] == dash && bytes[7] == dash {
            (monthStart, dayStart) = (5, 8)
        } else {
            return .malformed
        }
        func number(_ start: Int, _ length: Int) -> Int? {
            var value = 0
            for offset in start..<(start + length) {
                let digit = bytes[offset] &- 48
                guard digit <= 9 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(monthStart, 2), (1...12).contains(month) else {
            return .malformed
        }
        if let dayStart {
            guard let day = number(dayStart, 2), (1...days(year: year, month: month)).contains(day) else {
                return .malformed
            }
        }
        guard validYears.contains(year) else { return .outOfRange }
        return .month(year * 12 + month - 1)
    }
}
