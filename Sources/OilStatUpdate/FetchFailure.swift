/// Why one attempt at a request failed, and whether another attempt may succeed.
struct FetchFailure: Error, Sendable {
    /// What went wrong, without the address (the caller adds it, with any key removed).
    var message: String
    /// Whether to try again (5xx, 429, timeouts, connection resets, a cut body).
    var retryable: Bool
    /// The server's `Retry-After`, in seconds.
    var retryAfter: Double? = nil
    /// The HTTP status, when the server answered.
    var status: Int? = nil
}
