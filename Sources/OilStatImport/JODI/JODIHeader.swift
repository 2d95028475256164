import OilStatCore

/// The layout of a JODI file: where each `JODIColumn` is, found by header name in any order.
package struct JODIHeader: Sendable, Equatable {
    /// The header's column names as written (trimmed, quotes removed).
    package let names: [String]
    /// The 0-based position of each known column, indexed by `JODIColumn.rawValue`; -1 when absent.
    package let positions: [Int]

    /// The number of fields every record must have.
    package var columnCount: Int { names.count }

    /// The 0-based position of `column`, or nil when the file has no such column.
    package func position(of column: JODIColumn) -> Int? {
        let position = positions[column.rawValue]
        return position < 0 ? nil : position
    }

    /// Reads the header's column names and checks that every required column is there.
    ///
    /// Names are matched case-insensitively after trimming spaces; extra columns are allowed.
    /// - Throws: `OilStatError` naming the first missing column.
    package init(names: [String], fileName: String, line: Int = 1) throws {
        self.names = names
        var positions = [Int](repeating: -1, count: JODIColumn.allCases.count)
        let upper = names.map { $0.uppercased() }
        for column in JODIColumn.allCases {
            if let index = upper.firstIndex(of: column.headerName) { positions[column.rawValue] = index }
        }
        for column in JODIColumn.required where positions[column.rawValue] < 0 {
            throw OilStatError(
                file: fileName, line: line, field: "header",
                message: "missing column \(column.headerName) (a JODI file needs "
                    + JODIColumn.required.map(\.headerName).joined(separator: ",") + ")")
        }
        self.positions = positions
    }

    /// The `field` text of an error about `column`: `column 6 (OBS_VALUE)`.
    package func fieldLabel(_ column: JODIColumn) -> String {
        guard let position = position(of: column) else { return column.headerName }
        return "column \(position + 1) (\(names[position]))"
    }
}
