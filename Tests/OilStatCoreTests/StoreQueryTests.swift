import GRDB
import Testing

@testable import OilStatCore

/// The store's domain queries, checked against each other and against SQLite itself on the bundled data.
struct StoreQueryTests {
    /// Keys with every field at its largest value, at zero, and a real figure's key.
    static let keys: [FigureKey] = [
        FigureKey(source: 1023, producer: 4095, month: Month(index: 65535), product: 255, flow: 255, unit: 255),
        FigureKey(rawValue: 0),
        FigureKey(
            source: 3, producer: FigureKey.alpha2ProducerID("SA")!, month: Month("2018-10")!,
            product: Product.crude.id, flow: Flow.production.id, unit: UnitCode.kbd.id),
    ]

    @Test(arguments: keys)
    func sqlDecodesEveryFieldAsSwiftDoes(key: FigureKey) throws {
        let database = try OilStatDatabase.inMemory()
        for field in FigureKey.Field.allCases {
            let decoded = try database.queue.read { db in
                try Int.fetchOne(
                    db, sql: "SELECT \(field.sql(of: "k")) FROM (SELECT ? AS k)",
                    arguments: [key.rawValue])
            }
            #expect(decoded == field.value(in: key.rawValue), "\(field)")
            let placed = try database.queue.read { db in
                try Int64.fetchOne(
                    db, sql: "SELECT \(field.sqlPlacing("?"))",
                    arguments: [field.value(in: key.rawValue)])
            }
            #expect(placed == field.placing(field.value(in: key.rawValue)), "\(field)")
        }
        #expect(
            [key.source, key.producer, key.monthIndex, key.product, key.flow, key.unit]
                == FigureKey.Field.allCases.map { $0.value(in: key.rawValue) })
    }

    @Test func anIDBeyondItsFieldIsRefusedWithTheFieldsRange() throws {
        let month = Month("2018-10")!
        func refusal(source: Int = 1, producer: Int = 1, product: Int = 1, flow: Int = 1, unit: Int = 1) -> String {
            do {
                _ = try FigureKey.checked(
                    source: source, producer: producer, month: month, product: product,
                    flow: flow, unit: unit)
                return "packed"
            } catch {
                return error.description
            }
        }
        #expect(refusal(source: 1024) == "source id 1024 is outside 0...1023 (too many sources)")
        #expect(refusal(producer: 4096) == "producer id 4096 is outside 0...4095 (too many producers)")
        #expect(refusal(product: 256) == "product id 256 is outside 0...255 (too many products)")
        #expect(refusal(flow: -1) == "flow id -1 is outside 0...255 (too many flows)")
        #expect(refusal(unit: 300) == "unit id 300 is outside 0...255 (too many units)")
        #expect(refusal(source: 1023, producer: 4095, product: 255, flow: 255, unit: 255) == "packed")
    }

    @Test func theProductionViewKeepsTheDefinitionItShippedWith() throws {
        let database = try OilStatDatabase.inMemory()
        let sql = try database.queue.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'production'")
        }
        #expect(
            sql == """
                CREATE VIEW production AS
                    SELECT s.name AS source, p.code AS producer, p.name AS producerName,
                           printf('%04d-%02d', ((f.id >> 24) & 65535) / 12, ((f.id >> 24) & 65535) % 12 + 1) AS month,
                           pr.code AS product, fl.code AS flow, u.code AS unit,
                           f.value, f.assessment, f.importId, f.note
                    FROM production_figure f
                    JOIN source s ON s.id = (f.id >> 52) & 1023
                    JOIN producer p ON p.id = (f.id >> 40) & 4095
                    JOIN product pr ON pr.id = (f.id >> 16) & 255
                    JOIN flow fl ON fl.id = (f.id >> 8) & 255
                    JOIN unit u ON u.id = f.id & 255
                """)
    }

    @Test func theMonthLookupSeeksOneKeyPerProducer() throws {
        let database = try TestSupport.bundledDatabase()
        let plan = try database.queue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(OilStatDatabase.valuesQuery)", arguments: [0])
                .map { $0["detail"] as String }
        }.joined(separator: "; ")
        #expect(plan.hasPrefix("SCAN p"), "\(plan)")
        #expect(plan.contains("SEARCH f USING INTEGER PRIMARY KEY (rowid=?)"), "\(plan)")
    }

    @Test func selectionsReadWhatAFullScanFilteredInSwiftHolds() throws {
        let database = try TestSupport.bundledDatabase()
        let all = try database.figures(FigureSelection())
        #expect(all.count == (try database.figureCount()))
        let saudi = try database.producer(matching: "SA").id
        let reuters = try database.source(named: "Reuters survey").id
        let first = Month("2017-01")!
        let last = Month("2019-12")!
        let selections: [(FigureSelection, (FigureKey) -> Bool)] = [
            (FigureSelection(source: reuters), { $0.source == reuters }),
            (
                FigureSelection(source: reuters, producer: saudi, from: first, through: last),
                { $0.source == reuters && $0.producer == saudi && (first...last).contains($0.month) }
            ),
            (FigureSelection(producer: saudi, from: first), { $0.producer == saudi && $0.month >= first }),
            (
                FigureSelection(source: reuters, through: last, product: Product.crude.id),
                { $0.source == reuters && $0.month <= last && $0.product == Product.crude.id }
            ),
            (
                FigureSelection(flow: Flow.production.id, unit: UnitCode.kbd.id),
                { $0.flow == Flow.production.id && $0.unit == UnitCode.kbd.id }
            ),
        ]
        for (selection, matches) in selections {
            let read = try database.figures(selection)
            #expect(!read.isEmpty, "\(selection)")
            #expect(read == all.filter { matches($0.key) }, "\(selection)")
        }
        // An id that does not fit its field of the key names nothing (and does not trap).
        #expect(try database.figures(FigureSelection(source: 5000)).isEmpty)
        #expect(try database.figures(FigureSelection(source: reuters, producer: -1)).isEmpty)
        #expect(try database.figures(keys: all.prefix(3).map(\.key)) == Array(all.prefix(3)))
    }

    @Test func theMonthLookupAndTheSeriesAgree() throws {
        let database = try TestSupport.bundledDatabase()
        let saudi = try database.producer(matching: "SA").id
        let reuters = try database.source(named: "Reuters survey").id
        let months = Month.range(Month("2017-01")!, Month("2019-12")!)
        let series = try database.series(producer: saudi, from: months.first!, to: months.last!, source: reuters)
        #expect(!series.isEmpty && series.count < months.count) // both figures and gaps
        for month in months {
            #expect(try database.values(month: month, source: reuters)[saudi] == series[month], "\(month)")
        }
    }

    @Test func coverageCountsCountriesOnlyWhicheverWayItIsAsked() throws {
        let database = try TestSupport.bundledDatabase()
        let aggregates = try database.producerIDs(kind: .aggregate)
        #expect(aggregates.contains(try database.producer(matching: "OPEC").id))
        for source in try database.sources() {
            let coverage = try database.countryCoverage(source: source.id)
            for month in Set(coverage.map(\.month)) {
                let counted = Dictionary(
                    uniqueKeysWithValues: coverage.filter { $0.month == month }
                        .map { ($0.product, $0.countries) })
                #expect(
                    try database.productCoverage(month: month, source: source.id) == counted,
                    "\(source.name) \(month)")
                let countries = try database.values(month: month, source: source.id, product: Product.crude.id)
                    .keys.filter { !aggregates.contains($0) }.count
                #expect(countries == counted[Product.crude.id] ?? 0, "\(source.name) \(month)")
            }
        }
    }

    @Test func sourceSummariesAddUpToTheFigures() throws {
        let database = try TestSupport.bundledDatabase()
        let summaries = try database.sourceSummaries()
        #expect(summaries.map(\.source) == (try database.sources()))
        #expect(summaries.reduce(0) { $0 + $1.figures } == (try database.figureCount()))
        for summary in summaries {
            let months = try database.figures(FigureSelection(source: summary.source.id)).map(\.key.month)
            #expect(summary.firstMonth == months.min() && summary.lastMonth == months.max(), "\(summary.source.name)")
        }
    }

    @Test func groupMembershipFollowsTheMonth() throws {
        let database = try TestSupport.bundledDatabase()
        let qatar = try database.producer(matching: "Qatar").id
        #expect(try database.memberIDs(group: "opec", in: Month("2018-12")!).contains(qatar))
        #expect(try !database.memberIDs(group: "opec", in: Month("2019-01")!).contains(qatar))
        let memberships = try database.memberships(group: "opec")
        #expect(memberships.contains { $0.producerId == qatar && $0.toMonth == "2018-12" })
        let listed = try database.memberListings(in: Month("2019-01")!).filter { $0.group == "opec" }
        let members = try database.memberIDs(group: "opec", in: Month("2019-01")!)
        #expect(Set(listed.map(\.producerCode)).count == members.count)
        #expect(try database.group(id: "OPEC")?.id == "opec")
        #expect(try database.aggregate(code: "opec")?.code == "OPEC")
        #expect(try database.aggregate(code: "SA") == nil)
    }

    @Test func agreementTotalsSumTheQuotasOfEachSide() throws {
        let database = try TestSupport.bundledDatabase()
        let agreement = try #require(try database.agreements().first { $0.id == "opec-2016-12" })
        for phase in try database.phases(agreement: agreement.id) {
            let quotas = try database.quotas(agreement: agreement.id, phase: phase.phase)
            let totals = try database.agreementSideTotals()
                .filter { $0.agreementID == agreement.id && $0.phase == phase.phase }
            for total in totals {
                let side = quotas.filter { $0.side == total.side?.rawValue }
                #expect(total.participants == side.count)
                #expect(total.referenceKBD == side.filter { !$0.exempt }.compactMap(\.referenceKBD).reduce(0, +))
            }
            #expect(totals.first { $0.side == .opec }?.referenceKBD == 30968)
        }
    }
}
