#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// OpenSSL's SHA-256 (which uses the CPU's SHA instructions), loaded at run time with `dlopen` when
/// `libcrypto.so.3` is installed; nil otherwise. No build-time dependency: ``SHA256Hasher`` falls back
/// to its portable code.
struct SystemSHA256: @unchecked Sendable {
    typealias Initialize = @convention(c) (UnsafeMutableRawPointer?) -> Int32
    typealias Update = @convention(c) (UnsafeMutableRawPointer?, UnsafeRawPointer?, Int) -> Int32
    typealias Finalize = @convention(c) (UnsafeMutablePointer<UInt8>?, UnsafeMutableRawPointer?) -> Int32

    let initialize: Initialize
    let update: Update
    let finalize: Finalize

    /// The library's functions, looked up once.
    static let shared: SystemSHA256? = {
        for name in ["libcrypto.so.3", "libcrypto.so"] {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            guard let initialize = dlsym(handle, "SHA256_Init"), let update = dlsym(handle, "SHA256_Update"),
                let finalize = dlsym(handle, "SHA256_Final")
            else { continue }
            return SystemSHA256(
                initialize: unsafeBitCast(initialize, to: Initialize.self),
                update: unsafeBitCast(update, to: Update.self),
                finalize: unsafeBitCast(finalize, to: Finalize.self))
        }
        return nil
    }()

    /// The digest of everything `feed` passes to its callback, as 32 bytes.
    func digest(_ feed: ((UnsafeRawBufferPointer) -> Void) throws -> Void) rethrows -> [UInt8] {
        let context = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16) // SHA256_CTX is 112 bytes
        defer { context.deallocate() }
        _ = initialize(context)
        try feed { buffer in _ = update(context, buffer.baseAddress, buffer.count) }
        var out = [UInt8](repeating: 0, count: 32)
        _ = out.withUnsafeMutableBufferPointer { finalize($0.baseAddress, context) }
        return out
    }
}
