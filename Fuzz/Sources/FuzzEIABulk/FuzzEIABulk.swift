import FuzzSupport
import OilStatImport

/// EIA bulk JSON lines (`INTL.txt`): ``EIAParser/parseBulk(_:fileName:)`` on the raw input.
/// Thrown errors are the expected answer to bad input; a trap or a sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? EIAParser.parseBulk(FuzzInput(data, size).data, fileName: "fuzz.txt")
    return 0
}

@_cdecl("FuzzEIABulk_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzz)
}
