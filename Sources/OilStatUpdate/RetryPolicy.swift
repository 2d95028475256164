import Foundation

/// When to try a request again and how long to wait first: exponential back-off with full jitter, and the
/// server's `Retry-After` (seconds or an HTTP date) for 429 and 503.
public struct RetryPolicy: Sendable {
    /// The settings (attempts, base and longest delay).
    public var settings: FetchSettings

    public init(settings: FetchSettings) { self.settings = settings }

    /// Whether a response with `status` is worth another attempt.
    public static func isRetryable(status: Int) -> Bool {
        status == 429 || status == 408 || (500...599).contains(status)
    }

    /// The wait before attempt `attempt + 1` (attempt counts from 1): the server's `retryAfter` when given (capped
    /// at the longest delay), else a random delay between half and all of `baseDelay * 2^(attempt-1)`.
    public func delay(afterAttempt attempt: Int, retryAfter: Double? = nil) -> Double {
        if let retryAfter { return min(max(retryAfter, 0), settings.maxDelay) }
        let ceiling = min(settings.baseDelay * pow(2, Double(max(attempt - 1, 0))), settings.maxDelay)
        return ceiling / 2 + Double.random(in: 0...1) * ceiling / 2
    }

    /// Parses a `Retry-After` value: delta-seconds (`120`) or an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`),
    /// as seconds from `now`; nil when it is neither.
    public static func retryAfterSeconds(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value), seconds >= 0 { return Double(seconds) }
        guard let date = HTTPDate.parse(value) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
