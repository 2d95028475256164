import OilStatCore

/// Renders a ``ReportTable`` as one JSON object, pretty-printed with two-space indentation.
///
/// The shape, with keys in this order and columns in table order:
///
/// ```json
/// {
///   "title": "Crude oil production, March 2024",
///   "columns": [
///     "producer",
///     "output_kbd"
///   ],
///   "rows": [
///     {
///       "producer": "Saudi Arabia",
///       "output_kbd": 10700
///     }
///   ],
///   "totals": {
///     "producer": "Total",
///     "output_kbd": 33500
///   },
///   "notes": []
/// }
/// ```
///
/// Numbers are JSON numbers written with their column's decimals (`100.00` at 2 decimals), never in exponent
/// notation; missing values (and NaN or infinities) are `null`. `"totals"` is left out when the table has none.
/// Non-ASCII text is written as UTF-8; control characters, `"` and `\` are escaped. The text ends with a newline.
public struct JSONRenderer: Equatable, Sendable {
    /// A renderer; JSON output has no options.
    public init() {}

    /// Renders `table` as a JSON object followed by a newline.
    public func render(_ table: ReportTable) -> String {
        var members: [(String, String)] = []
        members.append(("title", JSONRenderer.string(table.title)))
        members.append(("columns", array(table.columns.map { JSONRenderer.string($0.key) }, level: 1)))
        members.append(("rows", array(table.rows.map { object(for: $0, in: table, level: 2) }, level: 1)))
        if let totals = table.totals {
            members.append(("totals", object(for: totals, in: table, level: 1)))
        }
        members.append(("notes", array(table.notes.map(JSONRenderer.string), level: 1)))
        return object(members, level: 0) + "\n"
    }

    /// The object `{key: value, ...}` for one row, keys in column order.
    private func object(for row: [ReportValue], in table: ReportTable, level: Int) -> String {
        let members = table.columns.enumerated().map { index, column in
            (column.key, value(table.cell(row, index), decimals: column.decimals))
        }
        return object(members, level: level)
    }

    private func value(_ value: ReportValue, decimals: Int) -> String {
        switch value {
        case .text(let text):
            return JSONRenderer.string(text)
        case .number(let number) where number.isFinite:
            return NumberText.fixed(number, decimals: decimals)
        case .number, .missing:
            return "null"
        }
    }

    /// An object whose member values are already JSON text, indented for nesting depth `level`.
    private func object(_ members: [(String, String)], level: Int) -> String {
        guard !members.isEmpty else { return "{}" }
        let inner = indent(level + 1)
        let body = members.map { inner + JSONRenderer.string($0.0) + ": " + $0.1 }.joined(separator: ",\n")
        return "{\n" + body + "\n" + indent(level) + "}"
    }

    /// An array whose elements are already JSON text, indented for nesting depth `level`.
    private func array(_ elements: [String], level: Int) -> String {
        guard !elements.isEmpty else { return "[]" }
        let inner = indent(level + 1)
        return "[\n" + elements.map { inner + $0 }.joined(separator: ",\n") + "\n" + indent(level) + "]"
    }

    private func indent(_ level: Int) -> String {
        String(repeating: "  ", count: level)
    }

    /// `text` as a JSON string literal, quotes included.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16, uppercase: false)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
