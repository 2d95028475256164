import GRDB

/// One import's access to the store, inside its durable write
/// (``OilStatDatabase/importFigures(_:rowsPerStatement:pageCacheKiB:_:)``).
///
/// It resolves the codes of a file to database ids (adding the unknown ones) and stores figures of one vintage
/// (``PublicationDate``) keeping every published value: the source's current figures are read once
/// (``CurrentFigures``); a figure with no current row goes through the fast writer (many rows per statement); one
/// with the same value changes nothing; a changed value of a later vintage moves the earlier one to
/// `figure_revision` (valid until this vintage), of the same vintage replaces it. A figure this import gives twice
/// is thrown as ``RepeatedFigureCodes``. At the end, the figures earlier files of the same format gave but this
/// one no longer does are withdrawn (kept as revisions). An import older than something stored for the source
/// (out of order) takes the general path, ``VintageMerge``, figure by figure. It parks the figures of later
/// sources while it runs. Everything it does is committed with the import's ledger row, or not at all.
package struct FigureImportSession: ~Copyable {
    private let db: Database
    /// The id of the source the figures are filed under.
    package let sourceID: Int
    private let importID: Int64
    private let format: String
    /// The vintage of every figure of this import, packed (``PublicationDate/rawValue``).
    private let vintage: Int
    private var writer: BulkFigureWriter
    private var codes = LocalCodeMap()
    private var parked: ParkedFigures?
    private var annualInsert: Statement?
    private var annualStored = 0
    private var current: CurrentFigures
    /// False when something stored for the source is of a later vintage than this import (general path).
    private let inOrder: Bool
    /// Keys given so far on the general path (to catch a figure given twice).
    private var given: Set<Int64> = []
    private var reviseStatement: Statement?
    /// Changes to figures of the source that are parked, applied when they are back.
    private var deferred: [StoredChange] = []
    /// What the import did so far.
    package private(set) var counts = VintageCounts()

    init(
        db: Database, sourceID: Int, importID: Int64, format: String, vintage: PublicationDate, rowsPerStatement: Int
    ) throws {
        let range = FigureKey.range(source: sourceID)
        let current = try CurrentFigures(range: range, in: db)
        let revised =
            try Int.fetchOne(
                db, sql: "SELECT MAX(MAX(vintage), MAX(supersededBy)) FROM figure_revision WHERE id BETWEEN ? AND ?",
                arguments: [range.lowerBound, range.upperBound]) ?? 0
        let writer = try BulkFigureWriter(db: db, importID: importID, rowsPerStatement: rowsPerStatement)
        self.db = db
        self.sourceID = sourceID
        self.importID = importID
        self.format = format
        self.vintage = vintage.rawValue
        self.current = current
        inOrder = max(current.latestVintage, revised) <= vintage.rawValue
        self.writer = writer
    }

    /// Figures stored so far (monthly and annual).
    package var stored: Int { counts.given + annualStored }

    /// Figures of earlier imports withdrawn so far.
    package var withdrawn: Int { counts.withdrawn }

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
            try store(key: key.rawValue, value: value, assessment: -1)
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
            if inOrder && current.isEmpty {
                // Nothing stored for the source yet (a first import): every figure is new.
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
                counts.new += localKeys.count
                return
            }
            for index in localKeys.indices {
                let key = codes.figureKey(local: localKeys[index], source: source)
                try store(key: key.rawValue, value: values[index], assessment: assessments[index])
            }
        } catch let duplicate as DuplicateFigureKeys {
            throw RepeatedFigureCodes(candidates: try duplicate.codes(in: db))
        }
    }

    /// Stores one figure of this import's vintage against what is stored.
    @inline(__always)
    private mutating func store(key: Int64, value: Double, assessment: Int8) throws {
        guard inOrder else {
            guard given.insert(key).inserted else { throw DuplicateFigureKeys(candidates: [key]) }
            counts.count(
                try VintageMerge.merge(
                    key: key, value: value, assessment: assessment < 0 ? nil : Int(assessment), note: nil,
                    vintage: vintage, importID: importID, in: db))
            return
        }
        guard let index = current.find(key) else {
            try writer.add(key: key, value: value, assessment: assessment)
            counts.new += 1
            return
        }
        guard current.markSeen(index) else { throw DuplicateFigureKeys(candidates: [key]) }
        let unchanged = current.values[index] == value && current.assessments[index] == assessment
        let stored = Int(current.vintages[index])
        if unchanged {
            counts.unchanged += 1
            // An undated figure given again by a dated release takes that date (and this import).
            guard stored == 0 && vintage > 0 else { return }
        } else if stored < vintage {
            counts.revised += 1
        } else {
            counts.replaced += 1
        }
        let change = StoredChange(
            key: key, value: value, assessment: assessment, storedVintage: stored, redate: unchanged)
        // While the source's own figures are parked, their changes wait until they are back.
        if parked != nil { deferred.append(change) } else { try apply(change) }
    }

    /// A change to a current figure: a new value (the earlier one kept as a revision when of an earlier vintage),
    /// or the date of an undated one.
    private struct StoredChange {
        var key: Int64
        var value: Double
        var assessment: Int8
        var storedVintage: Int
        var redate: Bool
    }

    private mutating func apply(_ change: StoredChange) throws {
        if change.redate {
            // NULL: this import's vintage (import.vintageDay), so the row does not grow.
            try db.execute(
                sql: "UPDATE production_figure SET vintage = NULL, importId = ? WHERE id = ?",
                arguments: [importID, change.key])
            return
        }
        if change.storedVintage < vintage { try VintageMerge.supersede(key: change.key, at: vintage, in: db) }
        let update =
            try reviseStatement
            ?? db.makeStatement(
                sql: """
                    UPDATE production_figure SET value = ?, assessment = ?, importId = ?, vintage = NULL, note = NULL
                    WHERE id = ?
                    """)
        reviseStatement = update
        try update.execute(
            arguments: [
                change.value, change.assessment < 0 ? nil : Int(change.assessment), importID, change.key,
            ])
    }

    /// Before a large load: moves the figures at or after this source's first key aside when there are at most
    /// `limit` of them (bundled figures, other sources), so that the load appends to the table; they are put back
    /// by ``finishFigures(withdrawingIn:filter:)`` (changes to the source's own figures wait until then). With more,
    /// the load goes among them. An out-of-order import parks only the figures of later sources.
    package mutating func parkFollowingFigures(limit: Int) throws {
        let range = FigureKey.range(source: sourceID)
        let first = inOrder ? range.lowerBound : range.upperBound &+ 1
        guard first >= 0 else { return }
        parked = try ParkedFigures.park(from: first, limit: limit, in: db)
    }

    /// Writes the last figures, puts parked figures back, then withdraws the figures that earlier imports of this
    /// format stored for the source within `months` (``Month/index``es) and `filter` and that this import did
    /// not give again (``FigureWithdrawal``): they stay as revisions valid until this vintage.
    ///
    /// - Throws: ``RepeatedFigureCodes`` when the import gave a figure twice.
    package mutating func finishFigures(withdrawingIn months: ClosedRange<Int>?, filter: ImportFilter) throws {
        try writePendingFigures()
        // An out-of-order import does not withdraw: later releases already speak for the figures it leaves out.
        guard inOrder, let months else { return }
        counts.withdrawn += try FigureWithdrawal.withdraw(
            current: current, months: months, vintage: vintage, format: format, filter: filter, in: db)
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
        for change in deferred { try apply(change) }
        deferred = []
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
        counts.withdrawn += db.changesCount
    }
}
