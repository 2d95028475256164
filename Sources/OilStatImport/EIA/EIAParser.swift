import Foundation
import OilStatCore

/// Reads EIA international data: API v2 JSON responses and bulk-file JSON lines.
///
/// - API v2: `response.data[]` rows with `period` (`YYYY-MM`), `productId`, `activityId`,
///   `countryRegionId`, `countryRegionTypeId` (`c` country, `r` region), `unit` and `value`, all strings;
///   `--`, `NA`, `ie` and null are missing.
/// - Bulk (`INTL.txt`): one JSON object per line; series ids `INTL.57-1-SAU-TBPD.M` with `data` pairs
///   `[["202401", "9011"], ...]`. Category lines are ignored.
///
/// Series that cannot be mapped (other products, activities or units; annual `.A` and quarterly series)
/// are counted as skipped, one per value.
public enum EIAParser {
    /// The figures of a file and its counts.
    public struct Result: Sendable, Equatable {
        /// Monthly figures (value nil = missing in the file).
        public var figures: [ParsedFigure] = []
        /// Values read.
        public var read = 0
        /// Values of series that could not be mapped.
        public var skipped = 0
    }

    /// Parses an API v2 JSON response.
    ///
    /// - Throws: ``OilStatCore/OilStatError`` naming the row (`data[3]`) and field at fault.
    public static func parseAPI(_ data: Data, fileName: String) throws -> Result {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw OilStatError(file: fileName, message: "not valid JSON (\(error.localizedDescription))")
        }
        guard let object = root as? [String: Any], let response = object["response"] as? [String: Any],
              let rows = response["data"] as? [Any] else {
            throw OilStatError(file: fileName, message: "not an EIA API v2 response (expected response.data[])")
        }
        var result = Result()
        for (index, item) in rows.enumerated() {
            let place = "data[\(index)]"
            guard let row = item as? [String: Any] else {
                throw OilStatError(file: fileName, field: place, message: "expected an object")
            }
            result.read += 1
            func text(_ key: String) -> String? {
                if let value = row[key] as? String { return value }
                if let value = row[key] as? NSNumber { return value.stringValue }
                return nil
            }
            guard let period = text("period") else {
                throw OilStatError(file: fileName, field: "\(place).period", message: "missing period")
            }
            guard let product = text("productId").flatMap({ EIASeriesCodes.products[$0] }),
                  let flow = text("activityId").flatMap({ EIASeriesCodes.activities[$0] }),
                  let unit = text("unit").flatMap({ EIASeriesCodes.units[$0] }),
                  period.count == 7, let region = text("countryRegionId"), !region.isEmpty else {
                result.skipped += 1
                continue
            }
            guard let month = Month(period) else {
                throw OilStatError(file: fileName, field: "\(place).period", message: "\"\(period)\" is not a month (YYYY-MM)")
            }
            let producer = EIASeriesCodes.producer(region: region, typeID: text("countryRegionTypeId"), name: text("countryRegionName"))
            switch EIASeriesCodes.value(row["value"]) {
            case .number(let value):
                result.figures.append(ParsedFigure(producer: producer, month: month, product: product, flow: flow, unit: unit,
                                                   value: value, position: index))
            case .missing:
                result.figures.append(ParsedFigure(producer: producer, month: month, product: product, flow: flow, unit: unit,
                                                   value: nil, position: index))
            case .invalid(let text):
                throw OilStatError(file: fileName, field: "\(place).value", message: "\"\(text)\" is not a number")
            }
        }
        return result
    }

    /// The parts of a series id `INTL.{product}-{activity}-{region}-{unit}.{frequency}`.
    public struct SeriesID: Sendable, Equatable {
        public var productID: String
        public var activityID: String
        public var region: String
        public var unit: String
        public var frequency: String

        /// Parses `INTL.57-1-SAU-TBPD.M`; nil for other shapes.
        public init?(_ text: String) {
            let dotted = text.split(separator: ".", omittingEmptySubsequences: false)
            guard dotted.count == 3, dotted[0] == "INTL" else { return nil }
            let parts = dotted[1].split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 4 else { return nil }
            productID = String(parts[0])
            activityID = String(parts[1])
            region = String(parts[2])
            unit = String(parts[3])
            frequency = String(dotted[2])
        }
    }

    /// Parses a bulk file: JSON lines, series first.
    ///
    /// - Throws: ``OilStatCore/OilStatError`` with the line number for a line that is not JSON or a bad value.
    public static func parseBulk(_ data: Data, fileName: String) throws -> Result {
        var result = Result()
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            lineNumber += 1
            let line = data[start..<end]
            start = end < data.endIndex ? end + 1 : end
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let object: [String: Any]
            do {
                guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                    throw OilStatError(file: fileName, line: lineNumber, message: "expected a JSON object")
                }
                object = parsed
            } catch let error as OilStatError {
                throw error
            } catch {
                throw OilStatError(file: fileName, line: lineNumber, message: "not valid JSON")
            }
            guard let seriesText = object["series_id"] as? String else { continue }  // a category line
            let pairs = object["data"] as? [Any] ?? []
            result.read += pairs.count
            guard let series = SeriesID(seriesText), series.frequency == "M",
                  let product = EIASeriesCodes.products[series.productID],
                  let flow = EIASeriesCodes.activities[series.activityID],
                  let unit = EIASeriesCodes.units[series.unit] else {
                result.skipped += pairs.count
                continue
            }
            let producer = EIASeriesCodes.producer(region: series.region, typeID: nil, name: nil)
            for (index, item) in pairs.enumerated() {
                guard let pair = item as? [Any], pair.count >= 2 else {
                    throw OilStatError(file: fileName, line: lineNumber, field: "\(seriesText) data[\(index)]", message: "expected [period, value]")
                }
                let periodText = (pair[0] as? String) ?? (pair[0] as? NSNumber)?.stringValue ?? ""
                guard let month = Month(periodText) else {
                    throw OilStatError(file: fileName, line: lineNumber, field: "\(seriesText) data[\(index)]",
                                       message: "\"\(periodText)\" is not a month (YYYYMM)")
                }
                switch EIASeriesCodes.value(pair[1]) {
                case .number(let value):
                    result.figures.append(ParsedFigure(producer: producer, month: month, product: product, flow: flow,
                                                       unit: unit, value: value, position: lineNumber))
                case .missing:
                    result.figures.append(ParsedFigure(producer: producer, month: month, product: product, flow: flow,
                                                       unit: unit, value: nil, position: lineNumber))
                case .invalid(let text):
                    throw OilStatError(file: fileName, line: lineNumber, field: "\(seriesText) data[\(index)]", message: "\"\(text)\" is not a number")
                }
            }
        }
        return result
    }
}
