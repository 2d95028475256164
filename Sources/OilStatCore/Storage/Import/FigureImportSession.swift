import GRDB

/// One import's access to the store, inside its durable write
/// (``OilStatDatabase/importFigures(_:rowsPerStatement:pageCacheKiB:_:)``).
///
/// It resolves the codes of a file to database ids (adding the unknown ones), adds figures through the fast
/// writer (many rows per statement, a figure of an earlier import replaced in place, a figure this import gives
/// twice thrown as ``RepeatedFigureCodes``), parks the figures that sort after the load while it runs, and
/// withdraws the figures earlier files of the same format gave but this one no longer does. Everything it
/// does is committed with the import's ledger row, or not at all.
package struct FigureImportSession: ~Copyable {
    private let db: Database
    /// The id of the source the figures are filed under.
    package let sourceID: Int
    private let importID: Int64
    private let format: String
    private var writer: BulkFigureWriter
    private var codes = LocalCodeMap()
    private var parked: ParkedFigures?
    private var annualInsert: Statement?
    private var annualStored = 0
    /// Figures of earlier imports withdrawn so far.
    package private(set) var withdrawn = 0

    init(db: Database, sourceID: Int, importID: Int64, format: String, rowsPerStatement: Int) throws {
        self.db = db
        self.sourceID = sourceID
        self.importID = importID
        self.format = format
        writer = try BulkFigureWriter(db: db, importID: importID, rowsPerStatement: rowsPerStatement)
    }

    /// Figures stored so far (monthly and annual).
    package var stored: Int { writer.stored + annualStored }

    // MARK: - Codes

    /// The id of the producer with `code` (an ISO alpha-2 code gets its fixed id), added when unknown.
    package func producerID(code: String) throws -> Int {
        try OilStatDatabase.producerID(forCode: code, in: db)
    }

    /// The producer of an ISO alpha-3 code, an alias or a code; an unknown one is added as a country under
    /// that code, named `name`.
    package func producerID(alpha3 code: String, name: String?) throws -> Int {
        if let id = try Int.fetchOne(
            db,
            sql: """
                SELECT id FROM producer WHERE alpha3 = ?1 COLLATE NOCASE
                UNION ALL SELECT producerId FROM producer_alias WHERE alias = ?1
                UNION ALL SELECT id FROM producer WHERE code = ?1
                LIMIT 1
                """, arguments: [code])
        {
            return id
        }
        return try OilStatDatabase.producerID(forCode: code, name: name, kind: "country", in: db)
    }

    /// The id of a regional or group total (EIA `WORL`, EI `Total World`), added as an aggregate when unknown.
    package func aggregateID(code: String, name: String?) throws -> Int {
        try OilStatDatabase.producerID(forCode: code, name: name, kind: "aggregate", in: db)
    }

    /// The id of a product, flow or unit code, added when unknown.
    package func codeID(_ table: OilStatDatabase.DimensionTable, code: String) throws -> Int {
        try OilStatDatabase.dimensionID(table, code: code, in: db)
    }

    // MARK: - Monthly figures

    /// Adds one figure (no assessment).
    ///
    /// - Throws: ``RepeatedFigureCodes`` when the import gave a figure twice.
    package mutating func add(_ key: FigureKey, value: Double) throws {
        do {
            try writer.add(key: key.rawValue, value: value, assessment: -1)
        } catch let duplicate as DuplicateFigureKeys {
            throw RepeatedFigureCodes(candidates: try duplicate.codes(in: db))
        }
    }

    /// Tells the session the code of a parser's local id met for the first time (``LocalFigureKey``).
    package mutating func define(_ dimension: LocalFigureKey.Dimension, localID: Int, code: String) throws {
        try codes.resolve(dimension, localID: localID, code: code, in: db)
    }

    /// Adds figures keyed by ``LocalFigureKey``s, whose codes have all been ``define(_:localID:code:)``d;
    /// an assessment below 0 stores none.
    ///
    /// - Throws: ``RepeatedFigureCodes`` when the import gave a figure twice.
    package mutating func add(localKeys: [UInt64], values: [Double], assessments: [Int8]) throws {
        let codes = self.codes
        let source = sourceID
        do {
            try localKeys.withUnsafeBufferPointer { keys in
                try values.withUnsafeBufferPointer { values in
                    try assessments.withUnsafeBufferPointer { assessments in
                        for index in 0..<keys.count {
                            let key = codes.figureKey(local: keys[index], source: source)
                            try writer.add(key: key.rawValue, value: values[index], assessment: assessments[index])
                        }
                    }
                }
            }
        } catch let duplicate as DuplicateFigureKeys {
            throw RepeatedFigureCodes(candidates: try duplicate.codes(in: db))
        }
    }

    /// Before a large load: moves the figures at or after this source's first key aside when there are at most
    /// `limit` of them (bundled figures, other sources), so that the load appends to the table; they are put
    /// back by ``finishFigures(withdrawingIn:filter:)``. With more (a re-import of a revised file), the load
    /// goes among them.
    package mutating func parkFollowingFigures(limit: Int) throws {
        parked = try ParkedFigures.park(
            from: FigureKey(
                source: sourceID, producer: 0, monthIndex: 0, product: 0,
                flow: 0, unit: 0
            ).rawValue,
            limit: limit, in: db)
    }

    /// Writes the last figures, puts parked figures back, then withdraws the figures that earlier imports of this
    /// format stored for the source within `months` (``Month/index``es) and `filter` and that this import did
    /// not store again (``FigureWithdrawal``).
    ///
    /// - Throws: ``RepeatedFigureCodes`` when the import gave a figure twice.
    package mutating func finishFigures(withdrawingIn months: ClosedRange<Int>?, filter: ImportFilter) throws {
        try writePendingFigures()
        withdrawn += try FigureWithdrawal.withdraw(
            source: sourceID, months: months, importID: importID,
            format: format, filter: filter, in: db)
    }

    /// Writes the figures of the last, partial statement and puts parked figures back; does nothing the second
    /// time. The import calls it after its body, so that no figure is left behind.
    mutating func writePendingFigures() throws {
        do {
            try writer.finish()
        } catch let duplicate as DuplicateFigureKeys {
            throw RepeatedFigureCodes(candidates: try duplicate.codes(in: db))
        }
        try parked?.restore(in: db)
        parked = nil
    }

    // MARK: - Annual figures

    /// Stores an annual figure (Energy Institute), replacing the one with the same source, producer, year and
    /// variable.
    package mutating func addAnnual(producer: Int, year: Int, variable: String, value: Double) throws {
        let insert =
            try annualInsert
            ?? db.makeStatement(
                sql: """
                    INSERT OR REPLACE INTO annual_figure (sourceId, producerId, year, variable, value, importId)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
        annualInsert = insert
        try insert.execute(arguments: [sourceID, producer, year, variable, value, importID])
        annualStored += 1
    }

    /// Withdraws the annual figures of earlier imports of this format and source, for `years` and `variables`,
    /// that this import did not store again; with `producers`, only theirs (a `--producer` import speaks only for
    /// the producers it kept).
    package mutating func withdrawAnnual(
        years: ClosedRange<Int>, variables: Set<String>,
        producers: Set<Int>?
    ) throws {
        let marks = Array(repeating: "?", count: variables.count).joined(separator: ",")
        let scope = producers.map { " AND producerId IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        try db.execute(
            sql: """
                DELETE FROM annual_figure WHERE sourceId = ? AND year BETWEEN ? AND ? AND variable IN (\(marks))
                  AND importId <> ? AND importId IN (SELECT id FROM import WHERE format = ?)\(scope)
                """,
            arguments: StatementArguments(
                [sourceID, years.lowerBound, years.upperBound] + Array(variables)
                    + [importID, format]))
        withdrawn += db.changesCount
    }
}
