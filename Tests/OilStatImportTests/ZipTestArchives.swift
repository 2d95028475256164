import Foundation

/// Zip archives made at test time with Python's `zipfile` (no binary fixtures to trust), plus byte patches for
/// what `zipfile` will not write (encryption flags, lying sizes).
enum ZipTestArchives {
    /// `python3` on this machine, if any (`.ci/run` installs it).
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "/root/.pyenv/shims/python3"]
        .first(where: FileManager.default.isExecutableFile(atPath:))

    /// `zip` on this machine, if any (`.ci/run` installs it): Python cannot write an encrypted archive.
    static let zipTool: String? = ["/usr/bin/zip", "/usr/local/bin/zip"]
        .first(where: FileManager.default.isExecutableFile(atPath:))

    /// Functions the scripts use: `make(path, [(name, bytes)], method)`, `patch_central(path, field, value)`.
    static let prelude = """
        import os, struct, sys, zipfile
        def make(path, entries, method=zipfile.ZIP_DEFLATED, level=None, zip64=False):
            with zipfile.ZipFile(path, "w", method, compresslevel=level) as z:
                for name, data in entries:
                    info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
                    info.compress_type = method
                    with z.open(info, "w", force_zip64=zip64) as f:
                        f.write(data)
        def zeros(path, name, megabytes):
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
                with z.open(name, "w", force_zip64=True) as f:
                    block = bytes(1 << 20)
                    for _ in range(megabytes):
                        f.write(block)
        def patch_central(path, offset_in_record, fmt, value, which=0):
            data = bytearray(open(path, "rb").read())
            position = -1
            for _ in range(which + 1):
                position = data.index(b"PK\\x01\\x02", position + 1)
            struct.pack_into(fmt, data, position + offset_in_record, value)
            open(path, "wb").write(bytes(data))
        def patch_local(path, offset_in_header, fmt, value):
            data = bytearray(open(path, "rb").read())
            struct.pack_into(fmt, data, offset_in_header, value)
            open(path, "wb").write(bytes(data))
        def text(megabytes, seed=1):
            import random
            r = random.Random(seed)
            lines = []
            size = 0
            while size < megabytes << 20:
                line = "SA,%04d-%02d,CRUDEOIL,INDPROD,KBD,%d.%04d,1\\n" % (
                    r.randint(1950, 2025), r.randint(1, 12), r.randint(0, 12000), r.randint(0, 9999))
                lines.append(line)
                size += len(line)
            return "".join(lines).encode()
        """

    /// Runs `script` (after ``prelude``) with the working directory a new temporary folder; returns that folder.
    static func make(_ script: String) throws -> URL {
        guard let python else { throw MissingTool(name: "python3") }
        let folder = try ImportTestSupport.temporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", prelude + "\n" + script]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ScriptFailed(output: String(decoding: message, as: UTF8.self))
        }
        return folder
    }

    struct MissingTool: Error { var name: String }
    struct ScriptFailed: Error { var output: String }
}
