import Foundation

/// How patient the fetcher is: timeouts, retries and the back-off between them.
public struct FetchSettings: Sendable, Equatable {
    /// Seconds to wait for a connection.
    public var connectTimeout: Double = 15
    /// Seconds to wait for the next bytes of a response before giving up on the attempt.
    public var readTimeout: Double = 60
    /// Attempts per request (the first one included) on 5xx, 429, timeouts and connection resets.
    public var attempts = 3
    /// The back-off before the second attempt, in seconds; it doubles with each attempt (plus jitter).
    public var baseDelay: Double = 1
    /// The longest back-off, and the longest `Retry-After` honoured, in seconds.
    public var maxDelay: Double = 60
    /// Redirects followed per request.
    public var maxRedirects = 5
    /// The `User-Agent` sent (JODI's server answers 406 to clients that do not name themselves).
    public var userAgent = "Mozilla/5.0 (compatible; oilstat/0.1; +https://github.com/oilstat)"

    public init() {}

    /// The settings, with the test and expert overrides of the environment: `OILSTAT_UPDATE_READ_TIMEOUT`
    /// (seconds), `OILSTAT_UPDATE_ATTEMPTS` and `OILSTAT_UPDATE_BACKOFF` (seconds before the second attempt).
    public static func fromEnvironment(_ environment: [String: String]) -> FetchSettings {
        var settings = FetchSettings()
        if let text = environment["OILSTAT_UPDATE_READ_TIMEOUT"], let value = Double(text), value > 0 {
            settings.readTimeout = value
        }
        if let text = environment["OILSTAT_UPDATE_ATTEMPTS"], let value = Int(text), (1...20).contains(value) {
            settings.attempts = value
        }
        if let text = environment["OILSTAT_UPDATE_BACKOFF"], let value = Double(text), value >= 0 {
            settings.baseDelay = value
        }
        return settings
    }
}
