import Foundation

/// HTTP dates (RFC 9110 IMF-fixdate, `Tue, 01 Dec 2026 05:00:00 GMT`), as `Last-Modified` and `Retry-After` carry
/// them.
public enum HTTPDate {
    /// Parses an IMF-fixdate; nil when `text` is not one.
    public static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }

    /// The day of `text` (an HTTP date) as `YYYY-MM-DD` in UTC, the vintage label of a download; nil when `text` is
    /// not an HTTP date.
    public static func day(of text: String) -> String? {
        parse(text).map(day(of:))
    }

    /// The UTC day of `date` as `YYYY-MM-DD`.
    public static func day(of date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
