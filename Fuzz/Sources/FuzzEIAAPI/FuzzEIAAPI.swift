import FuzzSupport
import OilStatImport

/// EIA API v2 JSON (`response.data[]`): ``EIAParser/parseAPI(_:fileName:)`` on the raw input.
/// Thrown errors are the expected answer to bad input; a trap or a sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? EIAParser.parseAPI(FuzzInput(data, size).data, fileName: "fuzz.json")
    return 0
}

@_cdecl("FuzzEIAAPI_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzz)
}
