import FuzzSupport
import OilStatAnalysis
import OilStatCore

@testable import OilStatImport

/// The JODI scanner. The input is written to a scratch file (the scanner reads a path) and scanned
///
/// 1. in one block (larger than any input), decoding every field of every record (text, month, number,
///    assessment code);
/// 2. with 1-byte and 13-byte blocks (a refill, and growth, inside every record), which must visit the same
///    records with the same fields and end with the same error;
/// 3. in two ranges split at `lineStart(atOrAfter:)` of the middle, the second resumed where the first stopped
///    (how the share task splits a file for two cores), which together must equal the whole scan;
///
/// then, for one input in four with a record of crude oil production in kb/d, through the share task
/// (``JODIShareTask/rows(path:displayName:workers:)``) and its CSV. Thrown errors are the expected answer to
/// bad input; a trap, a sanitizer report or a property that does not hold is a finding.
let scratch = ScratchFile(name: "jodi", extension: "csv")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    scratch.write(input.buffer)
    guard var scanner = try? JODIScanner(path: scratch.path, displayName: "fuzz.csv") else { return 0 }
    // One block holds any input (-max_len is 64 KB); the default 4 MB block costs more to allocate than to scan.
    scanner.blockSize = 1 << 17
    let whole = ScanSummary(scanner, decodingText: true)
    for blockSize in [1, 13] {
        var small = scanner
        small.blockSize = blockSize
        let summary = ScanSummary(small)
        fuzzCheck(summary == whole, "with \(blockSize)-byte blocks the scan gives \(summary), in one block \(whole)")
    }
    let middle = scanner.dataStart + (scanner.fileSize - scanner.dataStart) / 2
    if let split = try? scanner.lineStart(atOrAfter: middle) {
        let halves = ScanSummary(scanner, splitAt: split)
        fuzzCheck(halves == whole, "split at byte \(split) the scan gives \(halves), whole \(whole)")
    }
    // The share task's scanner fills a 4 MB block per call, which under coverage instrumentation costs three
    // times the rest: it runs for one input in four (chosen by the digest, so a replay does the same), and only
    // when it keeps a record. A zip it would hand to the system unzip, which is not what this target fuzzes.
    if whole.hasCrudeProduction, whole.digest % 4 == 0, !input.starts(with: [0x50, 0x4B, 0x03, 0x04]),
        let rows = try? JODIShareTask.rows(path: scratch.path, workers: 2)
    {
        _ = JODIShareTask.csv(rows)
    }
    return 0
}

@_cdecl("FuzzJODI_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzz)
}
