/// Receives the records of a `JODIScanner` scan, one at a time, in file order.
///
/// The scan is generic over the visitor, so the compiler specializes and inlines ``visit(_:)``
/// into the scanner's loop.
package protocol JODIRecordVisitor {
    /// Handles one record; throwing stops the scan with that error.
    mutating func visit(_ record: JODIRecord) throws

    /// Called after each block of the file is done, with the file offset reached (for progress).
    mutating func didReach(offset: Int) throws
}

extension JODIRecordVisitor {
    package mutating func didReach(offset: Int) throws {}
}

/// A visitor that calls a closure (for callers that do not need the last bit of speed).
struct ClosureVisitor: JODIRecordVisitor {
    let body: (JODIRecord) throws -> Void

    mutating func visit(_ record: JODIRecord) throws { try body(record) }
}
