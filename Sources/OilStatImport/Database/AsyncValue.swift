import Foundation

/// A value computed on another thread: ``wait()`` blocks until it is set, ``peek()`` does not.
final class AsyncValue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Result<Value, Error>?

    /// Sets the value (once).
    func set(_ result: Result<Value, Error>) {
        condition.lock()
        value = result
        condition.broadcast()
        condition.unlock()
    }

    /// The value if it is ready.
    func peek() -> Result<Value, Error>? {
        condition.lock()
        defer { condition.unlock() }
        return value
    }

    /// Blocks until the value is ready.
    func wait() throws -> Value {
        condition.lock()
        while value == nil { condition.wait() }
        let result = value!
        condition.unlock()
        return try result.get()
    }

    /// Runs `work` on a global queue and keeps its result.
    static func start(_ work: @escaping @Sendable () throws -> Value) -> AsyncValue<Value> {
        let box = AsyncValue<Value>()
        DispatchQueue.global().async { box.set(Result { try work() }) }
        return box
    }
}
