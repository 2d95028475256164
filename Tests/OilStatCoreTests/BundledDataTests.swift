import GRDB
import Testing

@testable import OilStatCore

struct BundledDataTests {
    @Test func aliasesNameOneProducer() throws {
        let database = try TestSupport.bundledDatabase()
        let names = ["Saudi Arabia", "SA", "sau", "KSA"]
        let ids = try Set(names.map { try database.producer(matching: $0).id })
        #expect(ids.count == 1)
        #expect(try database.producer(matching: "SA").name == "Saudi Arabia")
    }

    @Test func loadingTwiceIsANoOp() throws {
        let database = try TestSupport.bundledDatabase()
        let count = try database.figureCount()
        #expect(count > 50)
        #expect(try BundledData(directory: TestSupport.dataDirectory).loadIfNeeded(into: database) == false)
        #expect(try database.figureCount() == count)
    }

    @Test func theDecember2016AgreementSumsToThePublishedTotals() throws {
        let database = try TestSupport.bundledDatabase()
        let sums = try database.queue.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT SUM(referenceKBD), SUM(adjustmentKBD), SUM(requiredKBD), COUNT(*) FROM agreement_quota
                    WHERE agreementId = 'opec-2016-12' AND NOT exempt
                    """)!
        }
        #expect(sums[0] as Double == 30968)
        #expect(sums[1] as Double == -1164)
        #expect(sums[2] as Double == 29804)
        #expect(sums[3] as Int == 11)
    }
}
