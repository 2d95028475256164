import Synchronization

/// A token bucket per client, behind a lock: `rate` tokens a second, up to twice as many saved.
public final class RateBuckets: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    private let rate: Double
    private let state = Mutex<[String: Bucket]>([:])
    /// How many clients are remembered before the oldest buckets are dropped.
    static let maximumClients = 10_000

    /// Buckets refilled at `rate` tokens a second.
    public init(rate: Double) { self.rate = rate }

    /// Takes one token from `client`'s bucket: whether the request may go on.
    public func take(client: String, now: ContinuousClock.Instant) -> Bool {
        let capacity = rate * 2
        return state.withLock { buckets in
            if buckets.count > Self.maximumClients { buckets.removeAll(keepingCapacity: true) }
            var bucket = buckets[client] ?? Bucket(tokens: capacity, updated: now)
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(capacity, bucket.tokens + seconds * rate)
            bucket.updated = now
            let allowed = bucket.tokens >= 1
            if allowed { bucket.tokens -= 1 }
            buckets[client] = bucket
            return allowed
        }
    }
}
