import Hummingbird
import NIOCore

/// A token bucket per client address: `rate` requests a second with bursts of twice as many; beyond that a 429
/// problem document with `Retry-After: 1`. Loopback clients (the user's own machine) are exempt unless asked.
public struct RateLimitMiddleware<Context: RemoteAddressRequestContext>: RouterMiddleware {
    private let buckets: RateBuckets
    private let limitLoopback: Bool
    private let clock: @Sendable () -> ContinuousClock.Instant

    /// A limit of `rate` requests a second per client address, timed by `clock` (the continuous clock).
    public init(
        rate: Int, limitLoopback: Bool, clock: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        buckets = RateBuckets(rate: Double(rate))
        self.limitLoopback = limitLoopback
        self.clock = clock
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let client = context.remoteAddress?.ipAddress ?? "unknown"
        if limitLoopback || !ServerSettings.isLoopback(client) {
            guard buckets.take(client: client, now: clock()) else {
                var response = ProblemDetails(status: .tooManyRequests, detail: "too many requests; slow down")
                    .response(instance: request.uri.path)
                response.headers[.retryAfter] = "1"
                return response
            }
        }
        return try await next(request, context)
    }
}
