import Foundation
import OilStatCore
import OilStatImport
import Testing

@testable import OilStatAnalysis

/// The share task over the stored database: after `import FILE` the same bytes as the file task, countries only,
/// the source chosen by a stated rule, and `changes` computing the same month-on-month change.
struct StoredShareTaskTests {
    /// A JODI file the tests import and read back.
    enum Input: String, CaseIterable, CustomTestStringConvertible {
        /// Real JODI rows (OpenBB's recorded sample): other units, flows and missing values beside the crude rows.
        case openBBSample
        /// Gaps, zeros, a zero month total and a missing `x` value.
        case gapsAndZeros

        var testDescription: String { rawValue }

        func path() throws -> String {
            switch self {
            case .openBBSample: return AnalysisTestSupport.importFixture("jodi_openbb_sample.csv")
            case .gapsAndZeros:
                return try AnalysisTestSupport.temporaryFile(
                    JODIShareTaskTests.jodiHeader + """
                        AO,2024-04,CRUDEOIL,INDPROD,KBD,5,1
                        AO,2024-04,CRUDEOIL,INDPROD,KBBL,150,1
                        NA,2024-01,CRUDEOIL,INDPROD,KBD,0.0000,1
                        NA,2024-02,CRUDEOIL,INDPROD,KBD,0,1
                        NA,2024-04,CRUDEOIL,INDPROD,KBD,5,1
                        NA,2024-05,CRUDEOIL,INDPROD,KBD,x,1
                        NA,2024-05,CRUDEOIL,INDPROD,KBBL,155,1
                        NA,2024-06,NGL,INDPROD,KBD,3,1
                        NA,2024-07,CRUDEOIL,INDPROD,KBD,4.5,1

                        """)
            }
        }
    }

    /// With the bundled data loaded too: its four JODI figures are the sample's, so the import replaces them.
    @Test(arguments: [(Input.openBBSample, false), (.openBBSample, true), (.gapsAndZeros, false)])
    func afterImportTheStoreGivesTheFileTasksBytes(input: Input, withBundledData: Bool) throws {
        let database = try withBundledData ? AnalysisTestSupport.bundledDatabase() : OilStatDatabase.inMemory()
        let path = try input.path()
        _ = try JODIImporter().importFile(path: path, into: database)
        let stored = try StoredShareTask.read(in: database, sourceName: nil, productCode: nil)
        #expect(stored.selection.source.name == "JODI")
        #expect(stored.selection.product.code == "CRUDEOIL")
        let fromFile = ShareHistory.csv(try JODIShareTask.rows(path: path))
        #expect(ShareHistory.csv(stored.rows) == fromFile)
        #expect(!stored.rows.isEmpty)
    }

    @Test func realJODIRowsFromTheStore() throws {
        let database = try OilStatDatabase.inMemory()
        _ = try JODIImporter().importFile(
            path: AnalysisTestSupport.importFixture("jodi_openbb_sample.csv"), into: database)
        let rows = try StoredShareTask.read(in: database, sourceName: "jodi", productCode: "crude").rows
        // The file's own rows (Tests/OilStatImportTests/Fixtures/README.md), with the reference's arithmetic:
        // Russia's `-` is no row, never 0.
        #expect(
            String(decoding: ShareHistory.csv(rows), as: UTF8.self) == """
                country,month,kbd,share_pct,mom_change_kbd,mom_change_pct
                US,2024-01,12553.5806,58.3627,,
                SA,2024-01,8956.0000,41.6373,,
                US,2024-02,13102.0690,59.2503,548.4884,4.3692
                SA,2024-02,9011.0000,40.7497,55.0000,0.6141

                """)
    }

    @Test func publishedTotalsAreNotCountries() throws {
        // Reuters survey, December 2019: the members sum to the published OPEC total of 29,500 kb/d (stored as the
        // aggregate OPEC). Saudi Arabia's 9,800 kb/d is 33.22 % of the members (the `compare` README example), not
        // 16.61 % of members plus the total.
        let database = try AnalysisTestSupport.bundledDatabase()
        let rows = try StoredShareTask.read(in: database, sourceName: "Reuters survey", productCode: nil).rows
        let aggregates = try database.producers(ids: try database.producerIDs(kind: .aggregate)).values.map(\.code)
        #expect(!aggregates.isEmpty)
        #expect(rows.allSatisfy { !aggregates.contains($0.country) })
        let saudi = try #require(rows.first { $0.country == "SA" && $0.month == "2019-12" })
        #expect(saudi.kbd == 9_800)
        #expect(try #require(saudi.sharePct) == 9_800 / 29_500 * 100)
        let december = rows.filter { $0.month == "2019-12" }
        #expect(december.reduce(0) { $0 + $1.kbd } == 29_500)
        #expect(december.first?.country == "SA")
    }

    @Test func theSeedComparisonFromTheStore() throws {
        // October 2018: Saudi Arabia 10,700, Russia and the United States 11,400 kb/d each (data-anchors §6); the
        // README's `share --month 2018-10 --source "news report"` gives Saudi Arabia 31.94 %.
        let database = try AnalysisTestSupport.bundledDatabase()
        let rows = try StoredShareTask.read(in: database, sourceName: "news report", productCode: nil).rows
        #expect(
            String(decoding: ShareHistory.csv(rows), as: UTF8.self) == """
                country,month,kbd,share_pct,mom_change_kbd,mom_change_pct
                RU,2018-10,11400.0000,34.0299,,
                US,2018-10,11400.0000,34.0299,,
                SA,2018-10,10700.0000,31.9403,,

                """)
    }

    @Test func changesOverARangeUseTheSameMonthOnMonthChange() throws {
        // `oilstat changes --producer KSA --from 2019-05 --to 2020-01 --source "Reuters survey"` (README): -20, -580,
        // -50 and -80 kb/d where the month before has a figure, `..` after a gap (2019-06, 2019-10).
        let database = try AnalysisTestSupport.bundledDatabase()
        let result = try StoredShareTask.read(in: database, sourceName: "Reuters survey", productCode: nil)
        let saudi = try database.producer(matching: "KSA")
        let changes = try ProducerChanges.compute(
            producer: saudi, from: Month("2016-01")!, to: Month("2020-12")!, selection: result.selection,
            database: database)
        let rows = Dictionary(
            uniqueKeysWithValues: result.rows.filter { $0.country == "SA" && $0.month <= "2020-12" }.map {
                ($0.month, $0)
            })
        var compared = 0
        for entry in changes.entries {
            let row = rows[entry.month.description]
            #expect(row?.kbd == entry.kbd, "\(entry.month)")
            #expect(row?.momChangeKBD == entry.monthOnMonth, "\(entry.month)")
            #expect(row?.momChangePct == entry.monthOnMonthPercent, "\(entry.month)")
            if entry.monthOnMonth != nil { compared += 1 }
        }
        #expect(compared >= 4)
        #expect(rows.count == changes.entries.filter { $0.kbd != nil }.count)
        #expect(
            ["2019-08", "2019-09", "2019-12", "2020-01"].map { rows[$0]?.momChangeKBD } == [-20, -580, -50, -80])
        #expect(rows["2019-07"]?.momChangeKBD == nil)
        #expect(rows["2019-11"]?.momChangeKBD == nil)
    }

    @Test func theDefaultSourceIsJODIElseTheOneWithMostCountryFigures() throws {
        let bundled = try AnalysisTestSupport.bundledDatabase()
        // The bundled JODI rows (Saudi Arabia and the United States, 2024-01 and 2024-02).
        let jodi = try StoredShareTask.read(in: bundled, sourceName: nil, productCode: nil)
        #expect(jodi.selection.source.name == "JODI")
        #expect(jodi.selection.sourceWasDefaulted)
        #expect(jodi.rows.count == 4)
        // JODI has no NGL: the source with the most country figures of it, else a clear error.
        let error = #expect(throws: OilStatError.self) {
            try StoredShareTask.read(in: bundled, sourceName: nil, productCode: "NGL")
        }
        #expect(error?.kind == .notFound(suggestions: []))
        #expect(error?.message.contains("no NGL production figures in kb/d from any source") == true)
        // Crude with condensate: only EIA has it (US 2018-09: 11,458 kb/d, the revised PSM figure).
        let eia = try StoredShareTask.read(in: bundled, sourceName: nil, productCode: "CRUDECOND")
        #expect(eia.selection.source.name == "EIA")
        #expect(eia.rows.contains { $0.country == "US" && $0.month == "2018-09" && $0.kbd == 11_458 })
    }

    @Test func unknownProductsAndSourcesWithoutTheSeriesAreErrors() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let product = #expect(throws: OilStatError.self) {
            try StoredShareTask.read(in: database, sourceName: nil, productCode: "BUTTER")
        }
        #expect(product?.message.hasPrefix("unknown product \"BUTTER\" (known: CRUDEOIL, NGL") == true)
        let source = #expect(throws: OilStatError.self) {
            try StoredShareTask.read(in: database, sourceName: "EIA", productCode: nil)
        }
        #expect(
            source?.message == "no CRUDEOIL production figures in kb/d from source \"EIA\" "
                + "(import a JODI file with oilstat import FILE)")
    }

    @Test(
        .enabled(
            if: JODIShareTaskTests.python != nil, "python3 is not installed: scripts/bench/gen_jodi.py makes the file"))
    func smallGeneratedFileFromTheStoreMatchesThePeersHash() throws {
        let folder = try AnalysisTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try JODIShareTaskTests.generateSmallFile(in: folder)
        let database = try OilStatDatabase(path: folder.appendingPathComponent("small.sqlite").path)
        _ = try JODIImporter().importFile(path: input, into: database)
        let rows = try StoredShareTask.read(in: database, sourceName: nil, productCode: nil).rows
        #expect(rows.count == 1271)
        // The sha256 of the peers' byte-identical output (pandas, polars, DuckDB, sqlite3; scripts/bench/README).
        #expect(
            SHA256Hasher.hex(of: ShareHistory.csv(rows))
                == "14b0d6cfa7b99510b07b0dcd6adecb463134d34a5f443f2fb4ebb839701b91b8")
    }
}
