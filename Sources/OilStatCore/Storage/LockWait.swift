import Foundation

/// How a connection waits when another process holds the database lock (SQLite's busy handler).
///
/// It retries with a short, growing sleep for up to `timeout` seconds, and tells the user once, through
/// `notice`, when a wait has lasted a moment (so a lock held for a few milliseconds stays silent). A
/// checkpoint runs with waiting switched off: it then does what it can without blocking anyone.
final class LockWait: @unchecked Sendable { // its mutable state is behind `lock`
    /// How long one wait may last, in seconds.
    let timeout: Double
    private let notice: @Sendable () -> Void
    private let lock = NSLock()
    private var state = State()

    private struct State {
        var waitStarted = 0.0
        var noticeGiven = false
        var waitingAllowed = true
    }

    /// How long a wait lasts before the notice is given, in seconds.
    static let noticeDelay = 0.2

    init(timeout: Double, notice: @escaping @Sendable () -> Void) {
        self.timeout = timeout
        self.notice = notice
    }

    /// SQLite's busy callback: whether to try again; `tries` is 0 at the start of each wait.
    func shouldRetry(tries: Int) -> Bool {
        let now = Self.now()
        let (allowed, waited, announce) = lock.withLock { () -> (Bool, Double, Bool) in
            if tries == 0 { state.waitStarted = now }
            let waited = now - state.waitStarted
            let announce = state.waitingAllowed && !state.noticeGiven && waited >= Self.noticeDelay
            if announce { state.noticeGiven = true }
            return (state.waitingAllowed, waited, announce)
        }
        guard allowed, waited < timeout else { return false }
        if announce { notice() }
        usleep(UInt32(min(tries + 1, 50)) * 1000)
        return true
    }

    /// Runs `body` with waiting switched off: a busy lock fails at once.
    func withoutWaiting<T>(_ body: () throws -> T) rethrows -> T {
        lock.withLock { state.waitingAllowed = false }
        defer { lock.withLock { state.waitingAllowed = true } }
        return try body()
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
