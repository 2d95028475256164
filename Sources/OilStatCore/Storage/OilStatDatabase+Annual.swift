import GRDB

/// One stored annual figure (e.g. the Energy Institute's `oilprod_mt` of a country in a year).
public struct AnnualFigure: Codable, Hashable, Sendable {
    public var producerID: Int
    public var year: Int
    public var value: Double
}

/// The years one annual variable of a source covers.
public struct AnnualVariableCoverage: Codable, Hashable, Sendable {
    /// The variable as the source names it, e.g. `oilprod_kbd`.
    public var variable: String
    public var firstYear: Int
    public var lastYear: Int
}

extension OilStatDatabase {
    /// The annual figures of `variable` from `source` in `years`, of producers of `kind` (nil: every producer).
    public func annualFigures(
        source: Int, variable: String, years: [Int],
        kind: ProducerKind? = .country
    ) throws -> [AnnualFigure] {
        guard !years.isEmpty else { return [] }
        return try read { db in
            var arguments: StatementArguments = [source, variable]
            arguments += StatementArguments(years)
            var kindFilter = ""
            if let kind {
                kindFilter = "AND p.kind = ?"
                arguments += [kind.rawValue]
            }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT a.producerId, a.year, a.value FROM annual_figure a JOIN producer p ON p.id = a.producerId
                    WHERE a.sourceId = ? AND a.variable = ? AND a.year IN (\(databaseQuestionMarks(count: years.count)))
                    \(kindFilter)
                    """, arguments: arguments
            ).map { row in AnnualFigure(producerID: row[0], year: row[1], value: row[2]) }
        }
    }

    /// The annual variables `source` has, by name, with the years each covers.
    public func annualVariables(source: Int) throws -> [AnnualVariableCoverage] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT variable, MIN(year), MAX(year) FROM annual_figure WHERE sourceId = ? GROUP BY variable
                    ORDER BY variable
                    """, arguments: [source]
            ).map { row in
                AnnualVariableCoverage(variable: row[0], firstYear: row[1], lastYear: row[2])
            }
        }
    }
}
