/// libFuzzer's driver, from `libclang_rt.fuzzer_no_main` (linked into the fuzz targets by scripts/fuzz).
@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Runs libFuzzer on `testOneInput` with the process's arguments: the entry point of every fuzz target.
///
/// SwiftPM links a Linux executable with its entry point renamed (`main` = `<Target>_main`), and libFuzzer's own
/// `main` would also end up in the build plugin's tool if the whole build were linked with `-sanitize=fuzzer`; so
/// each target defines `<Target>_main` and hands over to libFuzzer's driver here.
public func runFuzzer(
    argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return llvmFuzzerRunDriver(&count, &arguments, testOneInput)
}
