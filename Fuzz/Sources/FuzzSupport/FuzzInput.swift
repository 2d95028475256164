import Foundation

/// The bytes libFuzzer hands to `LLVMFuzzerTestOneInput`, in the forms the parsers take.
public struct FuzzInput {
    /// The input, borrowed for the duration of the call.
    public let buffer: UnsafeBufferPointer<UInt8>

    public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        buffer = UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
    }

    /// A copy as an array.
    public var bytes: [UInt8] { Array(buffer) }

    /// A copy as `Data`.
    public var data: Data { Data(buffer: buffer) }

    /// Whether the input starts with `prefix`.
    public func starts(with prefix: [UInt8]) -> Bool { buffer.starts(with: prefix) }
}

/// Ends the run with a crash that libFuzzer records when a property of a parser does not hold
/// (as opposed to a thrown error, which is the expected answer to bad input).
public func fuzzCheck(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #file, line: UInt = #line
) {
    if !condition() { fatalError("fuzz property violated: " + message(), file: file, line: line) }
}
