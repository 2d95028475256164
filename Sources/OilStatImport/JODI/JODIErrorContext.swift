import OilStatCore

/// Builds the one-line errors of a JODI file: `FILE:LINE: column 6 (OBS_VALUE): what is wrong`.
public struct JODIErrorContext: Sendable {
    /// The file name errors show.
    public let fileName: String
    /// The file's header.
    public let header: JODIHeader

    public init(fileName: String, header: JODIHeader) {
        self.fileName = fileName
        self.header = header
    }

    /// An error about `column` of the record starting on `line`.
    public func error(line: Int, column: JODIColumn, _ message: String) -> OilStatError {
        OilStatError(file: fileName, line: line, field: header.fieldLabel(column), message: message)
    }

    /// `"abc" is not a number` (for `OBS_VALUE`).
    public func badNumber(_ record: JODIRecord) -> OilStatError {
        error(line: record.line, column: .value,
              "\"\(record.field(.value).string)\" is not a number (missing values are -, x, .. or empty)")
    }

    /// `"2024-13" is not a month (YYYY-MM)`.
    public func badMonth(_ record: JODIRecord) -> OilStatError {
        error(line: record.line, column: .period, "\"\(record.field(.period).string)\" is not a month (YYYY-MM)")
    }

    /// `"a" is not an assessment code`.
    public func badAssessment(_ record: JODIRecord) -> OilStatError {
        error(line: record.line, column: .assessment,
              "\"\(record.field(.assessment).string)\" is not an assessment code (an integer such as 1)")
    }

    /// An empty code in a column that must have one.
    public func emptyCode(_ record: JODIRecord, _ column: JODIColumn) -> OilStatError {
        error(line: record.line, column: column, "empty \(column.headerName)")
    }
}
