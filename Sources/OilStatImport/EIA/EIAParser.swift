import Foundation
import OilStatCore

/// Reads EIA international data: API v2 JSON responses and bulk-file JSON lines (see `EIAParser+Bulk.swift`).
///
/// - API v2: `response.data[]` rows with `period` (`YYYY-MM`), `productId`, `activityId`,
///   `countryRegionId`, `countryRegionTypeId` (`c` country, `r` region), `unit` and `value`, all strings;
///   `--`, `NA`, `ie` and null are missing.
/// - Bulk (`INTL.txt`): one JSON object per line; series ids `INTL.57-1-SAU-TBPD.M` with `data` pairs
///   `[["202401", "9011"], ...]`. Category lines are ignored.
///
/// Values of series that are not monthly production in kb/d of a mapped product (other products, activities
/// or units; annual `.A` and quarterly series; an API response whose `frequency` is not `monthly`) are counted
/// as ``Result/unmapped``, one per value. Everything else is checked: months by `Month`, numbers
/// by `NumberParser` and `FigureBounds`, region codes by ``EIASeriesCodes``; the
/// first problem stops the parse with its place (`data[3].period`, or the line of a bulk file).
public enum EIAParser {
    /// The figures of a file and its counts.
    public struct Result: Sendable, Equatable {
        /// Monthly figures (value nil = missing in the file).
        public var figures: [ParsedFigure] = []
        /// Values read.
        public var read = 0
        /// Values of series that are not monthly production in kb/d of a mapped product.
        public var unmapped = 0
        /// The latest `last_updated` day of the file's series (bulk files), its vintage when none is given.
        public var lastUpdated: PublicationDate?
    }

    /// Parses an API v2 JSON response.
    ///
    /// - Throws: `OilStatError` with the line and column of a JSON syntax error, or naming the row
    ///   (`data[3]`) and field at fault.
    public static func parseAPI(_ data: Data, fileName: String) throws -> Result {
        let root = try EIAJSON.parse(data, fileName: fileName)
        guard let object = root as? [String: Any], let response = object["response"] as? [String: Any],
            let rows = response["data"] as? [Any]
        else {
            throw OilStatError(file: fileName, message: "not an EIA API v2 response (expected response.data[])")
        }
        let frequency = response["frequency"] as? String
        let monthly = frequency == nil || frequency == "monthly"
        var result = Result()
        for (index, item) in rows.enumerated() {
            let place = "data[\(index)]"
            func fail(_ field: String, _ message: String) -> OilStatError {
                OilStatError(file: fileName, field: "\(place).\(field)", message: message)
            }
            guard let row = item as? [String: Any] else {
                throw OilStatError(file: fileName, field: place, message: "expected an object")
            }
            result.read += 1
            func text(_ key: String) -> String? {
                if let value = row[key] as? String { return value }
                if let value = row[key], !EIAJSON.isBoolean(value), let number = value as? NSNumber {
                    return number.stringValue
                }
                return nil
            }
            guard let period = text("period") else { throw fail("period", "missing period") }
            guard monthly else {
                result.unmapped += 1
                continue
            }
            let month: Month
            do { month = try Month(parsing: period, formats: .dashed) } catch {
                throw fail("period", error.description)
            }
            guard let product = text("productId").flatMap({ EIASeriesCodes.products[$0] }),
                let flow = text("activityId").flatMap({ EIASeriesCodes.activities[$0] }),
                let unit = text("unit").flatMap({ EIASeriesCodes.units[$0] })
            else {
                result.unmapped += 1
                continue
            }
            let region = text("countryRegionId") ?? ""
            if let problem = EIASeriesCodes.problem(code: region) { throw fail("countryRegionId", problem) }
            let name = text("countryRegionName")
            if let problem = name.flatMap(EIASeriesCodes.problem(name:)) { throw fail("countryRegionName", problem) }
            let producer = EIASeriesCodes.producer(region: region, typeID: text("countryRegionTypeId"), name: name)
            do {
                result.figures.append(
                    try figure(
                        row["value"], producer: producer, month: month, product: product,
                        flow: flow, unit: unit, position: index))
            } catch {
                throw fail("value", error.description)
            }
        }
        return result
    }

    /// Why a value cell is rejected, in words.
    struct CellProblem: Error, CustomStringConvertible {
        var description: String
    }

    /// The figure of a value cell: a number inside ``OilStatCore/FigureBounds`` or a missing marker.
    static func figure(
        _ cell: Any?, producer: ParsedFigure.ProducerReference, month: Month, product: String, flow: String,
        unit: String, position: Int
    ) throws(CellProblem) -> ParsedFigure {
        var figure = ParsedFigure(
            producer: producer, month: month, product: product, flow: flow, unit: unit, value: nil,
            position: position)
        switch EIASeriesCodes.value(cell) {
        case .missing:
            return figure
        case .invalid(let text):
            throw CellProblem(description: "\(InputText.quoted(text)) is not a number")
        case .number(let value):
            let aggregate: Bool
            if case .aggregate = producer { aggregate = true } else { aggregate = false }
            let range = FigureBounds.range(unit: unit, flow: flow, aggregate: aggregate)
            if let problem = FigureBounds.problem(value, range: range, unit: unit, flow: flow, aggregate: aggregate) {
                throw CellProblem(description: "\(InputText.quoted(EIASeriesCodes.text(cell))) \(problem)")
            }
            figure.value = value
            return figure
        }
    }
}
