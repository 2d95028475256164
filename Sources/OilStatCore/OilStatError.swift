/// An error about input, told as `FILE:LINE: field: what is wrong` on one line.
///
/// Every loader and importer throws this type for bad input, so the command line can print
/// one clear line and exit non-zero.
public struct OilStatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file the input came from, if any.
    public var file: String?
    /// The 1-based line, if the problem is on one line.
    public var line: Int?
    /// The field (column) at fault, if any.
    public var field: String?
    /// What is wrong, in words.
    public var message: String

    public init(file: String? = nil, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
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
