import Foundation
import OilStatCore

/// Reads the Energy Institute's consolidated dataset, narrow format
/// (`Country,Year,ISO3166_alpha3,ISO3166_numeric,Region,...,Var,Value`).
///
/// Both EI's comma-separated file and the `;`-separated, decimal-comma variant that European spreadsheet
/// locales save are read: a header with `;` and no `,` selects the latter. Columns are found by name.
/// Empty, `-`, `n/a`, `x`, `..` and `^` (EI's "less than 0.05") values are missing.
///
/// Checked: years are 1 to 4 digits in `Month.validYears` (1900...2200); values follow
/// `NumberParser` (plain, or with a decimal comma: no hex, no trailing text) and, for production
/// variables, `FigureBounds.annualRange(variable:aggregate:)`; `ISO3166_alpha3` is empty or three
/// capital letters. A NUL byte anywhere is an error (`CSVReader`).
public enum EnergyInstituteParser {
    /// The figures of a file and its counts.
    public struct Result: Sendable, Equatable {
        /// Annual figures, in file order (value nil = missing).
        public var figures: [AnnualFigure] = []
        /// The separator detected.
        public var separator: Character = ","
        /// Whether values use decimal commas.
        public var decimalComma = false
    }

    /// Parses the CSV `bytes`; `variables` keeps only those `Var`s when not empty.
    ///
    /// - Throws: `OilStatError` for a missing column, a bad year or a bad number.
    public static func parse(bytes: [UInt8], fileName: String, variables: Set<String> = []) throws -> Result {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let headerEnd =
            bytes[start...].firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? bytes.endIndex
        let headerLine = bytes[start..<headerEnd]
        let semicolon = headerLine.contains(UInt8(ascii: ";")) && !headerLine.contains(UInt8(ascii: ","))
        var result = Result()
        result.separator = semicolon ? ";" : ","
        result.decimalComma = semicolon
        var reader = CSVReader(
            bytes: Array(bytes[start...]), fileName: fileName, delimiter: UInt8(ascii: semicolon ? ";" : ","))
        guard let header = try reader.next() else {
            throw OilStatError(
                file: fileName, line: 1,
                message: "the file is empty (expected Country,Year,ISO3166_alpha3,...,Var,Value)")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        reader.columnNames = header.fields
        func column(_ name: String) throws -> Int {
            guard let index = names.firstIndex(of: name.lowercased()) else {
                throw OilStatError(
                    file: fileName, line: 1, field: "header",
                    message:
                        "missing column \(name) (an Energy Institute narrow file has "
                        + "Country,Year,ISO3166_alpha3,...,Var,Value)"
                )
            }
            return index
        }
        let country = try column("Country")
        let year = try column("Year")
        let variable = try column("Var")
        let value = try column("Value")
        let alpha3 = names.firstIndex(of: "iso3166_alpha3")
        while let record = try reader.next() {
            let fields = record.fields
            guard fields.count == names.count else {
                throw OilStatError(
                    file: fileName, line: record.line,
                    message: "expected \(names.count) fields (as in the header), found \(fields.count)")
            }
            let variableName = fields[variable].trimmingCharacters(in: .whitespaces)
            if !variables.isEmpty && !variables.contains(variableName) { continue }
            func fail(_ index: Int, _ message: String) -> OilStatError {
                OilStatError(file: fileName, line: record.line, field: reader.columnLabel(index), message: message)
            }
            let yearText = fields[year].trimmingCharacters(in: .whitespaces)
            guard (1...4).contains(yearText.utf8.count), yearText.utf8.allSatisfy({ (48...57).contains($0) }),
                let yearValue = Int(yearText), Month.validYears.contains(yearValue)
            else {
                throw fail(year, "\(InputText.quoted(yearText)) is not a year in \(Month.validYears)")
            }
            let code = alpha3.map { fields[$0].trimmingCharacters(in: .whitespaces) } ?? ""
            if let alpha3, !code.isEmpty, !(code.utf8.count == 3 && code.utf8.allSatisfy({ (65...90).contains($0) })) {
                throw fail(alpha3, "\(InputText.quoted(code)) is not an ISO 3166 alpha-3 code (three capital letters)")
            }
            var figure = AnnualFigure(
                country: fields[country].trimmingCharacters(in: .whitespaces),
                alpha3: code.isEmpty ? nil : code, year: yearValue, variable: variableName, value: nil,
                line: record.line)
            let text = fields[value].trimmingCharacters(in: .whitespaces)
            if !MissingValuePolicy.energyInstitute.isMissing(text) {
                guard let number = NumberParser.parse(text, style: semicolon ? .decimalComma : .plain) else {
                    throw fail(value, "\(InputText.quoted(text)) is not a number")
                }
                if let range = FigureBounds.annualRange(variable: variableName, aggregate: figure.isAggregate),
                    let problem = FigureBounds.problem(
                        number, range: range, unit: "", flow: variableName,
                        aggregate: figure.isAggregate)
                {
                    throw fail(value, "\(InputText.quoted(text)) \(problem)")
                }
                figure.value = number
            }
            result.figures.append(figure)
        }
        return result
    }

    /// The change from `earlier` to `later` in percent (`100 · (later − earlier) / earlier`); nil when `earlier` is 0.
    public static func percentChange(from earlier: Double, to later: Double) -> Double? {
        earlier == 0 ? nil : (later - earlier) / earlier * 100
    }
}
