import OilStatCore
import OilStatReport
import Testing

@testable import OilStatAnalysis

struct UnitTests {
    let january2024 = Month("2024-01")!
    let february2024 = Month("2024-02")!

    @Test func kbdAndKbblFollowTheDaysOfTheMonth() {
        // JODI's Saudi rows: 8,956 kb/d = 277,636 kbbl in January; 9,011 kb/d = 261,319 kbbl in leap February 2024.
        #expect(ProductionUnit.kbbl.fromKBD(8_956, in: january2024) == 277_636)
        #expect(ProductionUnit.kbbl.fromKBD(9_011, in: february2024) == 261_319)
        #expect(ProductionUnit.kbbl.fromKBD(9_011, in: Month("2023-02")!) == 9_011 * 28)
        #expect(ProductionUnit.kbbl.toKBD(261_319, in: february2024) == 9_011)
        #expect(ProductionUnit.mbd.fromKBD(10_633, in: january2024) == 10.633)
        #expect(ProductionUnit.bd.fromKBD(10_633, in: january2024) == 10_633_000)
    }

    @Test(arguments: ["2023-02", "2024-02", "2024-01", "2100-02", "2000-02"])
    func everyUnitRoundTripsThroughKBD(month text: String) {
        let month = Month(text)!
        for unit in ProductionUnit.allCases {
            for factor in [7.33, 7.323] {
                let value = unit.fromKBD(9_011, in: month, barrelsPerTonne: factor)
                #expect(abs(unit.toKBD(value, in: month, barrelsPerTonne: factor) - 9_011) < 1e-9)
            }
        }
        // kbbl ↔ kt directly, through kb/d.
        let kt = ProductionUnit.kt.fromKBD(
            ProductionUnit.kbbl.toKBD(277_636, in: month), in: month, barrelsPerTonne: 7.323)
        #expect(abs(kt - 277_636 / 7.323) < 1e-9)
    }

    @Test func tonnesUseJODIsConversionFactorWhenTheDataHasOne() throws {
        // JODI: SA Jan 2024 CONVBBL 7,323 bbl/kt and 37,912.8772 kt for 277,636 kbbl.
        let database = try AnalysisTestSupport.bundledDatabase()
        let saudi = try database.producer(matching: "SA")
        let us = try database.producer(matching: "US")
        let jodi = try database.source(named: "JODI")
        try database.queue.write { db in
            let key = FigureKey(
                source: jodi.id, producer: saudi.id, month: january2024, product: Product.crude.id,
                flow: Flow.production.id, unit: 5)
            try db.execute(
                sql: "INSERT INTO production_figure (id, value, importId) VALUES (?, 7323, 0)",
                arguments: [key.rawValue])
        }
        let conversion = try UnitConversion.load(
            unit: .kt, producers: [saudi.id, us.id], preferredSource: jodi.id, database: database)
        #expect(conversion.barrelsPerTonne(producer: saudi.id, month: january2024) == (7.323, true))
        #expect(conversion.barrelsPerTonne(producer: saudi.id, month: february2024) == (7.323, true)) // nearest month
        #expect(conversion.barrelsPerTonne(producer: us.id, month: january2024) == (7.33, false))
        #expect(abs(conversion.convert(8_956, producer: saudi.id, month: january2024) - 37_912.8772) < 0.001)
        #expect(
            conversion.notes(producers: [saudi, us]).contains(
                "Barrels per tonne: JODI CONVBBL for SA 7.323; 7.33 (default) for the others."))
        #expect(
            UnitConversion(unit: .kt).notes() == [
                "Unit: kt (thousand tonnes) in each month, kb/d × days of the month / barrels per tonne.",
                "Barrels per tonne: 7.33 (default; no JODI CONVBBL factor in the data).",
            ])
    }

    @Test func everyUnitStatesItselfInTheNotes() {
        for unit in ProductionUnit.allCases {
            #expect(UnitConversion(unit: unit).notes().first?.hasPrefix("Unit: ") == true)
        }
    }

    @Test func rankingsShowTheirUnit() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let selection = try SeriesSelection.named(source: "JODI", product: "CRUDEOIL", in: database)
        let ranking = try Ranking.compute(month: february2024, scope: .world, selection: selection, database: database)
        let table = ranking.reportTable(conversion: UnitConversion(unit: .kbbl))
        #expect(table.columns[3].key == "kbbl_2024-02")
        #expect(table.rows[1][3] == .number(261_319))
        #expect(table.notes.contains { $0.hasPrefix("Unit: kbbl") })
    }

    /// CONVBBL as JODI's file gives it (SA Jan 2024: 7,323 barrels per thousand tonnes, OpenBB fixture) and as the
    /// generated benchmark file gives it (AO Jan 2024: 7.2605 barrels per tonne); implausible factors are ignored.
    @Test(arguments: [(7_323.0, 7.323), (7.2605, 7.2605), (10.3431, 10.3431)])
    func convbblIsReadInEitherScale(value: Double, barrelsPerTonne: Double) {
        #expect(UnitConversion.barrelsPerTonne(convbbl: value) == barrelsPerTonne)
    }

    @Test(arguments: [0.0, -7.3, 0.0073, 7_323_000.0, 50.0])
    func implausibleConvbblIsIgnored(value: Double) {
        #expect(UnitConversion.barrelsPerTonne(convbbl: value) == nil)
    }
}
