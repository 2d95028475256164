import FuzzSupport
import GRDB

@testable import OilStatCore

/// The long CSV of `oilstat load` (`producer,month,value,unit,source[,product][,note]`):
/// (`@testable`: the in-transaction load is `package` API; scripts/fuzz builds with -enable-testing.)
/// ``CSVReader`` over the raw input, then ``LongCSVLoader/load(bytes:fileName:vintage:format:in:)`` into an
/// in-memory database holding the bundled data (so producer names resolve), inside a transaction that is
/// rolled back after every input, so each input meets the same database. Thrown errors are the expected
/// answer to bad input; a trap or a sanitizer report is a finding.
let database: OilStatDatabase = {
    do {
        let database = try OilStatDatabase.inMemory()
        try BundledData.standard.loadIfNeeded(into: database)
        return database
    } catch {
        fatalError("cannot set up the fuzz database: \(error)")
    }
}()

/// Sets the database up before the first input, outside libFuzzer's per-input timeout (loading the bundled
/// data takes seconds under the sanitizers).
@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = database
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).bytes
    var reader = CSVReader(bytes: bytes, fileName: "fuzz.csv")
    _ = try? reader.readAll()
    do {
        try database.queue.inTransaction { db in
            _ = try? LongCSVLoader().load(bytes: bytes, fileName: "fuzz.csv", in: db)
            return .rollback
        }
    } catch {
        fatalError("the fuzz database failed: \(error)")
    }
    return 0
}

@_cdecl("FuzzLongCSV_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzz)
}
