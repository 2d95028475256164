import Foundation

/// A bounded, blocking hand-off of ``FigureBatch``es from one producer thread to one consumer.
///
/// The producer blocks when `capacity` batches wait; the consumer blocks when none do. Either side
/// can end the exchange: the producer with ``finish(_:)`` (counts or an error), the consumer with
/// ``cancel()``, after which ``put(_:)`` returns false so the producer stops early.
final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [FigureBatch] = []
    private var outcome: Result<ParseCounts, Error>?
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 4) { self.capacity = capacity }

    /// Hands over a batch; false when the consumer has cancelled.
    func put(_ batch: FigureBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    /// Ends the exchange from the producer's side.
    func finish(_ result: Result<ParseCounts, Error>) {
        condition.lock()
        outcome = result
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the producer at its next ``put(_:)``.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, or nil when the producer has finished (then see ``result``).
    func take() -> FigureBatch? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && outcome == nil { condition.wait() }
        if queue.isEmpty { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    /// The producer's outcome; valid after ``take()`` returned nil.
    var result: Result<ParseCounts, Error> {
        condition.lock()
        defer { condition.unlock() }
        return outcome ?? .failure(CancellationError())
    }
}
