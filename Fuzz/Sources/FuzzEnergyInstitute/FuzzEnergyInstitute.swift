import FuzzSupport
import OilStatImport

/// Energy Institute narrow CSV (`,` or `;` with decimal commas):
/// ``EnergyInstituteParser/parse(bytes:fileName:variables:)`` on the raw input, once for every variable and
/// once filtered to `oilprod_kbd`. Thrown errors are the expected answer to bad input; a trap or a sanitizer
/// report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).bytes
    _ = try? EnergyInstituteParser.parse(bytes: bytes, fileName: "fuzz.csv")
    _ = try? EnergyInstituteParser.parse(bytes: bytes, fileName: "fuzz.csv", variables: ["oilprod_kbd"])
    return 0
}

@_cdecl("FuzzEnergyInstitute_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzz)
}
