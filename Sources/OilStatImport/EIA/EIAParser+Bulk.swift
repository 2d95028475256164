import Foundation
import OilStatCore

extension EIAParser {
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

    /// How bulk files write monthly periods: `YYYYMM` (and `YYYY-MM`).
    static let bulkMonthFormats: Month.Format = [.compact, .dashed]

    /// Parses a bulk file: JSON lines (LF, CRLF or CR line ends), series first, then categories.
    ///
    /// - Throws: `OilStatError` with the line (and column, for JSON syntax) of the first problem:
    ///   a line that is not a JSON object, a series whose `data` is not a list of `[period, value]` pairs, a bad
    ///   month or value of a mapped series; and for a file with no series at all.
    public static func parseBulk(_ data: Data, fileName: String) throws -> Result {
        var result = Result()
        var lineNumber = 0
        var series = 0
        var objects = 0
        var start = data.startIndex
        while start < data.endIndex {
            let end =
                data[start...].firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? data.endIndex
            lineNumber += 1
            let line = data[start..<end]
            start = end
            if start < data.endIndex {
                let crlf =
                    data[start] == UInt8(ascii: "\r") && data.index(after: start) < data.endIndex
                    && data[data.index(after: start)] == UInt8(ascii: "\n")
                start = data.index(start, offsetBy: crlf ? 2 : 1)
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            objects += 1
            guard
                let object = try EIAJSON.parse(Data(line), fileName: fileName, firstLine: lineNumber) as? [String: Any]
            else {
                throw OilStatError(file: fileName, line: lineNumber, message: "expected a JSON object")
            }
            guard let seriesText = object["series_id"] as? String else { continue } // a category line
            series += 1
            if let updated = object["last_updated"] as? String,
                let day = try? PublicationDate(parsing: updated.prefix(10))
            {
                result.lastUpdated = max(result.lastUpdated ?? day, day)
            }
            try parseSeries(seriesText, object, line: lineNumber, fileName: fileName, into: &result)
        }
        guard series > 0 else {
            let what = objects == 0 ? "the file is empty" : "no series in the file"
            throw OilStatError(
                file: fileName,
                message: "\(what) (an EIA bulk file has one JSON object per line, "
                    + "with \"series_id\" and \"data\")")
        }
        return result
    }

    /// Reads the `data` pairs of one series line.
    private static func parseSeries(
        _ seriesText: String, _ object: [String: Any], line: Int, fileName: String,
        into result: inout Result
    ) throws {
        func fail(_ field: String, _ message: String) -> OilStatError {
            OilStatError(file: fileName, line: line, field: field, message: message)
        }
        guard let pairs = object["data"] as? [Any] else {
            throw fail(
                "\(seriesText) data",
                "expected a list of [period, value] pairs, found "
                    + (object["data"].map { "\(InputText.quoted(EIASeriesCodes.text($0)))" } ?? "none"))
        }
        result.read += pairs.count
        guard let series = SeriesID(seriesText), series.frequency == "M",
            let product = EIASeriesCodes.products[series.productID],
            let flow = EIASeriesCodes.activities[series.activityID],
            let unit = EIASeriesCodes.units[series.unit]
        else {
            result.unmapped += pairs.count
            return
        }
        if let problem = EIASeriesCodes.problem(code: series.region) { throw fail(seriesText, problem) }
        let producer = EIASeriesCodes.producer(region: series.region, typeID: nil, name: nil)
        for (index, item) in pairs.enumerated() {
            let place = "\(seriesText) data[\(index)]"
            guard let pair = item as? [Any], pair.count == 2 else { throw fail(place, "expected [period, value]") }
            let month: Month
            do { month = try Month(parsing: EIASeriesCodes.text(pair[0]), formats: bulkMonthFormats) } catch {
                throw fail(place, error.description)
            }
            do {
                result.figures.append(
                    try figure(
                        pair[1], producer: producer, month: month, product: product, flow: flow,
                        unit: unit, position: line))
            } catch {
                throw fail(place, error.description)
            }
        }
    }
}
