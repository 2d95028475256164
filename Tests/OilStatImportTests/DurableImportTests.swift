import Foundation
import GRDB
import OilStatCore
import Testing

@testable import OilStatImport

/// An import leaves the database durable: WAL mode in the file, fsynced commits, the log checkpointed.
struct DurableImportTests {
    @Test(arguments: ["jodi_openbb_sample.csv", "eia_api_synthetic.json"])
    func afterAnImportTheDurabilitySettingsHoldAndTheLogIsEmpty(fixture: String) throws {
        let path = try ImportTestSupport.temporaryFolder().appendingPathComponent("t.sqlite").path
        let database = try OilStatDatabase(path: path)
        let outcome = try FileImporter.importFile(path: ImportTestSupport.fixture(fixture), into: database)
        #expect(!outcome.alreadyImported && outcome.record.rowsStored > 0)
        let connection = try database.queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Int.fetchOne(db, sql: "PRAGMA cache_size"))
        }
        #expect(connection.0 == 2) // FULL, never OFF
        #expect(connection.1 == -2000) // the load's larger cache is given back
        let log = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int
        #expect(log == 0) // checkpointed into the database file and truncated
        let other = try DatabaseQueue(path: path)
        let file = try other.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA user_version"),
                try Int.fetchOne(db, sql: "SELECT rowsStored FROM import WHERE id = ?", arguments: [outcome.record.id])
            )
        }
        #expect(file.0 == "wal")
        #expect(file.1 == OilStatSchema.version)
        #expect(file.2 == outcome.record.rowsStored)
    }
}
