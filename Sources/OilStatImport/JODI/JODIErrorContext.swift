import OilStatCore

/// Builds the one-line errors of a JODI file: `FILE:LINE: column 6 (OBS_VALUE): what is wrong`.
package struct JODIErrorContext: Sendable {
    /// The file name errors show.
    package let fileName: String
    /// The file's header.
    package let header: JODIHeader

    package init(fileName: String, header: JODIHeader) {
        self.fileName = fileName
        self.header = header
    }

    /// An error about `column` of the record starting on `line`.
    package func error(line: Int, column: JODIColumn, _ message: String) -> OilStatError {
        OilStatError(file: fileName, line: line, field: header.fieldLabel(column), message: message)
    }

    /// `"abc" is not a number` (for `OBS_VALUE`).
    package func badNumber(_ record: JODIRecord) -> OilStatError {
        error(
            line: record.line, column: .value,
            "\(InputText.quoted(record.field(.value).string)) is not a number (missing values are -, x, .. or empty)")
    }

    /// `"2024-13" is not a month (YYYY-MM or YYYYMM)` or `"9999-12" is outside 1900-01...2200-12`.
    package func badMonth(_ record: JODIRecord) -> OilStatError {
        let text = record.field(.period).string
        let reason: String
        do {
            _ = try Month(parsing: text, formats: JODIRecord.monthFormats)
            reason = "\"\(text)\" is not a month" // the byte parser and Month disagree: not reachable
        } catch {
            reason = error.description
        }
        return self.error(line: record.line, column: .period, reason)
    }

    /// `value` outside `range` (see `FigureBounds`), e.g.
    /// `"-5000" is below 0: INDPROD figures cannot be negative`.
    package func implausible(
        _ record: JODIRecord, _ value: Double, range: ClosedRange<Double>, unit: String,
        flow: String
    ) -> OilStatError {
        let problem =
            FigureBounds.problem(value, range: range, unit: unit, flow: flow, aggregate: false)
            ?? "is outside \(range)"
        return error(line: record.line, column: .value, "\(InputText.quoted(record.field(.value).string)) \(problem)")
    }

    /// A code that is not written as JODI writes codes.
    package func badCode(_ record: JODIRecord, _ column: JODIColumn, _ rule: String) -> OilStatError {
        error(
            line: record.line, column: column,
            "\(InputText.quoted(record.field(column).string)) is not a \(column.headerName) code (\(rule))")
    }

    /// A record longer than the scanner's limit, crossing it in the 0-based `column`.
    package func tooLong(line: Int, column: Int, limit: Int) -> OilStatError {
        let label =
            column < header.names.count
            ? "column \(column + 1) (\(header.names[column]))"
            : "column \(column + 1)"
        return OilStatError(
            file: fileName, line: line, field: label,
            message: "the line is longer than \(limit >> 20) MiB (a JODI record is a few dozen bytes)")
    }

    /// `"a" is not an assessment code`.
    package func badAssessment(_ record: JODIRecord) -> OilStatError {
        error(
            line: record.line, column: .assessment,
            "\(InputText.quoted(record.field(.assessment).string)) is not an assessment code (an integer such as 1)")
    }

    /// An empty code in a column that must have one.
    package func emptyCode(_ record: JODIRecord, _ column: JODIColumn) -> OilStatError {
        error(line: record.line, column: column, "empty \(column.headerName)")
    }
}
