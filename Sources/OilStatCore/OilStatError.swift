/// Every failure OilStat reports, told as one line (`FILE:LINE: field: what is wrong`), with a ``kind`` callers can
/// match.
///
/// The command line prints ``description`` and exits non-zero; a library caller can also switch on ``kind``:
///
/// ```swift
/// do {
///     try LongCSVLoader().load(url, into: database)
/// } catch let error as OilStatError {
///     switch error.kind {
///     case .badInput(let file, let line, let column): mark(file, line, column, error.message)
///     case .notFound(let suggestions): offer(suggestions)
///     case .storage(let failure): retryLater(failure)
///     case .unsupported, .fileSystem, .output: show(error.description)
///     }
/// }
/// ```
///
/// | Kind | Means | Made by |
/// |---|---|---|
/// | ``Kind/badInput(file:line:column:)`` | the input is malformed | ``init(file:line:field:message:)`` |
/// | ``Kind/notFound(suggestions:)`` | what was asked for does not exist | ``notFound(_:suggestions:file:)`` |
/// | ``Kind/unsupported`` | valid, but OilStat does not handle it | ``unsupported(_:file:line:)`` |
/// | ``Kind/storage(underlying:)`` | the database file failed | ``init(storage:)``, `StorageError.wrapping` |
/// | ``Kind/fileSystem(errno:)`` | an input or scratch file failed | ``fileSystem(_:errno:file:)`` |
/// | ``Kind/output(underlying:)`` | a report or standard output failed | ``init(output:)`` |
///
/// ## Other error types
///
/// A few smaller error types stay, each for a reason; none reaches the command line's user unchanged:
/// - ``Month/ParseError`` and ``FigureKey/RangeError``: the typed errors of value-level parsers; the loaders and
///   importers turn them into ``Kind/badInput(file:line:column:)`` with the file, line and column.
/// - ``StorageError`` and ``OutputError``: the details of the storage and output kinds (the SQLite reason, the
///   output path and `errno`), carried as their `underlying` value.
/// - `OilStatReport.ReportTableError`: a table built wrongly by code (a bug), checked by `ReportTable.validate()`.
/// - Internal control flow, caught before it leaves the importer: `AlreadyImported` (becomes
///   ``ImportOutcome/alreadyImported``), `DuplicateFigureKeys` and `RepeatedFigureCodes` (become a
///   ``Kind/badInput(file:line:column:)`` naming the lines), `EIAParser.CellProblem` and `CancellationError` (the
///   parser thread stops when the writer failed).
/// - ArgumentParser's `ValidationError`, for command-line arguments only.
public struct OilStatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of failure an ``OilStatError`` is, for callers that handle some kinds themselves.
    public enum Kind: Equatable, Sendable {
        /// The input (a file, a row, a field, an argument) is malformed or implausible. `file`, `line` and `column`
        /// say where, as far as known; `column` as the message names it, e.g. `column 6 (OBS_VALUE)`, `header`.
        case badInput(file: String?, line: Int?, column: String?)
        /// A producer, group, agreement, product, source, month's figures or file asked for does not exist.
        /// `suggestions` are the nearest known names or months, best first; empty when there are none.
        case notFound(suggestions: [String])
        /// The input is valid but OilStat does not handle it: an unknown file format, a zip compression method or
        /// encryption, a device instead of a file, an archive over the extraction limits.
        case unsupported
        /// The database file could not be opened, read or written; `underlying` says which file, what and why.
        case storage(underlying: StorageError)
        /// The system refused to read an input file or to write a temporary one, with this `errno`.
        case fileSystem(errno: Int32)
        /// A report file or standard output could not be written; `underlying` says where and why.
        case output(underlying: OutputError)
    }

    /// The file the input came from, if any.
    public var file: String?
    /// The 1-based line, if the problem is on one line.
    public var line: Int?
    /// The field (column) at fault, if any.
    public var field: String?
    /// What is wrong, in words.
    public var message: String
    /// The kind without the location (which ``kind`` adds for bad input).
    private var category: Category

    /// ``Kind`` without the location fields the error keeps itself.
    private indirect enum Category: Equatable, Sendable {
        case badInput
        case notFound([String])
        case unsupported
        case storage(StorageError)
        case fileSystem(Int32)
        case output(OutputError)
    }

    /// Bad input (``Kind/badInput(file:line:column:)``) at `file`, `line` and `field`, as far as known.
    public init(file: String? = nil, line: Int? = nil, field: String? = nil, message: String) {
        self.init(.badInput, file: file, line: line, field: field, message: message)
    }

    private init(_ category: Category, file: String?, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.category = category
    }

    /// Something asked for does not exist (``Kind/notFound(suggestions:)``), e.g. `unknown producer "Saudi"
    /// (did you mean "Saudi Arabia"?)`, with the names the message suggests.
    public static func notFound(_ message: String, suggestions: [String] = [], file: String? = nil) -> OilStatError {
        OilStatError(.notFound(suggestions), file: file, message: message)
    }

    /// Valid input OilStat does not handle (``Kind/unsupported``).
    public static func unsupported(_ message: String, file: String? = nil, line: Int? = nil) -> OilStatError {
        OilStatError(.unsupported, file: file, line: line, message: message)
    }

    /// The system refused to read `file` or write a temporary file (``Kind/fileSystem(errno:)``).
    public static func fileSystem(_ message: String, errno code: Int32, file: String?) -> OilStatError {
        OilStatError(.fileSystem(code), file: file, message: message)
    }

    /// The database failure `storage` (``Kind/storage(underlying:)``), told as `FILE: action: reason`.
    public init(storage: StorageError) {
        self.init(.storage(storage), file: storage.file, message: "\(storage.action): \(storage.reason)")
    }

    /// The output failure `output` (``Kind/output(underlying:)``), told as `NAME: what went wrong (reason)`.
    public init(output: OutputError) {
        self.init(.output(output), file: output.name, message: output.explanation)
    }

    /// What kind of failure this is; bad input carries the location.
    public var kind: Kind {
        switch category {
        case .badInput: return .badInput(file: file, line: line, column: field)
        case .notFound(let suggestions): return .notFound(suggestions: suggestions)
        case .unsupported: return .unsupported
        case .storage(let underlying): return .storage(underlying: underlying)
        case .fileSystem(let code): return .fileSystem(errno: code)
        case .output(let underlying): return .output(underlying: underlying)
        }
    }

    public var description: String {
        var location = ""
        if let file { location += file }
        if let line { location += (location.isEmpty ? "line " : ":") + "\(line)" }
        var text = location.isEmpty ? "" : location + ": "
        if let field { text += "\(field): " }
        return text + message
    }
}
