import COilStatZlib
import OilStatCore

/// Streams one entry's data out of an archive, stored or deflated, with the ``ZipLimits``, the size and the
/// CRC-32 checked as it goes. Every way the data can be wrong (encrypted, an unknown method, truncated, corrupt,
/// too large) is one error naming `archive.zip:entry`; nothing prompts and nothing loops.
struct ZipEntryReader {
    /// The archive.
    let archive: InputFile
    /// The entry to read.
    let entry: ZipEntry

    private static let localSignature: UInt32 = 0x0403_4B50

    /// `archive.zip:entry`, the name errors show.
    var displayName: String { archive.name + ":" + entry.name }

    /// Calls `body` with the entry's bytes in order, a chunk at a time, until the end or until `body` returns false.
    /// Reading to the end checks the size and the CRC-32; `limits` are checked before each chunk reaches `body`.
    ///
    /// - Throws: ``OilStatCore/OilStatError`` naming the entry.
    func stream(
        limits: ZipLimits?, chunkSize: Int = 1 << 20,
        _ body: (UnsafeRawBufferPointer) throws -> Bool
    ) throws {
        try checkReadable(limits: limits)
        let start = try dataOffset()
        var tally = Tally(entry: entry, displayName: displayName, limits: limits)
        let output = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 64)
        defer { output.deallocate() }
        if entry.method == 0 {
            var position = start
            while tally.written < entry.uncompressedSize {
                let want = min(chunkSize, entry.uncompressedSize - tally.written)
                let got = try archive.read(into: output, count: want, at: position)
                guard got > 0 else { throw truncated(at: position) }
                position += got
                guard try tally.accept(output, count: got, compressedRead: tally.written + got, body) else { return }
            }
        } else {
            guard try inflate(from: start, into: output, chunkSize: chunkSize, tally: &tally, body) else { return }
        }
        try tally.finish()
    }

    /// The first `count` bytes of the entry (fewer when it is shorter).
    func head(_ count: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try stream(limits: nil, chunkSize: 1 << 16) { chunk in
            bytes.append(contentsOf: chunk.prefix(count - bytes.count))
            return bytes.count < count
        }
        return bytes
    }

    /// Refuses, before reading any data, what cannot or must not be extracted.
    func checkReadable(limits: ZipLimits?) throws {
        if entry.isEncrypted {
            throw encrypted
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw OilStatError.unsupported(
                "is compressed with \(entry.methodName), which oilstat cannot read (it "
                    + "reads stored and deflate entries): extract it with your zip tool",
                file: displayName)
        }
        if entry.method == 0 && entry.compressedSize != entry.uncompressedSize {
            throw corrupt("a stored entry whose sizes differ (\(entry.compressedSize) and \(entry.uncompressedSize))")
        }
        if let limits,
            let problem = limits.violation(
                extracted: entry.uncompressedSize,
                compressed: entry.compressedSize)
        {
            throw OilStatError.unsupported(problem, file: displayName)
        }
    }

    /// Where the entry's data starts: after its local header, checked against the archive.
    private func dataOffset() throws -> Int {
        let header = LittleEndianBytes(bytes: try archive.read(count: 30, at: entry.localHeaderOffset))
        guard header.uint32(at: 0) == Self.localSignature, let flags = header.uint16(at: 6),
            let nameLength = header.uint16(at: 26), let extraLength = header.uint16(at: 28)
        else {
            throw corrupt("no local header at byte \(entry.localHeaderOffset)")
        }
        if flags & 1 != 0 {
            throw encrypted
        }
        let start = entry.localHeaderOffset + 30 + Int(nameLength) + Int(extraLength)
        guard start + entry.compressedSize <= archive.size else {
            throw OilStatError(
                file: displayName,
                message: "the entry's data runs past the end of the archive "
                    + "(\(archive.size) bytes): the file is truncated")
        }
        return start
    }

    /// Inflates the deflate stream at `start`; false when `body` stopped early.
    private func inflate(
        from start: Int, into output: UnsafeMutableRawPointer, chunkSize: Int, tally: inout Tally,
        _ body: (UnsafeRawBufferPointer) throws -> Bool
    ) throws -> Bool {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw OilStatError.unsupported("cannot start zlib to inflate the entry", file: displayName)
        }
        defer { inflateEnd(&stream) }
        let input = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { input.deallocate() }
        var position = start
        var remaining = entry.compressedSize
        while true {
            if stream.avail_in == 0 && remaining > 0 {
                let got = try archive.read(into: input, count: min(chunkSize, remaining), at: position)
                guard got > 0 else { throw truncated(at: position) }
                position += got
                remaining -= got
                stream.next_in = input
                stream.avail_in = UInt32(got)
            }
            stream.next_out = output.assumingMemoryBound(to: UInt8.self)
            stream.avail_out = UInt32(chunkSize)
            let status = COilStatZlib.inflate(&stream, Z_NO_FLUSH)
            let produced = chunkSize - Int(stream.avail_out)
            if produced > 0 {
                let read = entry.compressedSize - remaining - Int(stream.avail_in)
                guard try tally.accept(output, count: produced, compressedRead: read, body) else { return false }
            }
            switch status {
            case Z_STREAM_END:
                return true
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.avail_in == 0 && remaining == 0:
                throw truncated(at: position)
            default:
                let reason = stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                throw corrupt(
                    "\(reason) in the compressed data near byte \(position - Int(stream.avail_in)) of the "
                        + "archive")
            }
        }
    }

    private var encrypted: OilStatError {
        OilStatError.unsupported(
            "is encrypted (password-protected); oilstat does not ask for passwords: extract it "
                + "with your zip tool and import the extracted file", file: displayName)
    }

    private func corrupt(_ what: String) -> OilStatError {
        OilStatError(file: displayName, message: "the archive is corrupt: \(what)")
    }

    private func truncated(at position: Int) -> OilStatError {
        OilStatError(
            file: displayName,
            message: "the entry's data ends early, at byte \(position) of the archive: "
                + "the file is truncated or corrupt")
    }

    /// What has come out so far: the count, checked against the directory and the limits, and the CRC-32.
    private struct Tally {
        let entry: ZipEntry
        let displayName: String
        let limits: ZipLimits?
        var written = 0
        var checksum: UInt = 0

        /// Counts and checks `count` bytes at `bytes`, then hands them to `body`; false when `body` stops.
        mutating func accept(
            _ bytes: UnsafeMutableRawPointer, count: Int, compressedRead: Int,
            _ body: (UnsafeRawBufferPointer) throws -> Bool
        ) throws -> Bool {
            written += count
            guard written <= entry.uncompressedSize else {
                throw OilStatError(
                    file: displayName,
                    message: "the archive is corrupt: the entry holds more than the "
                        + "\(entry.uncompressedSize) bytes its directory says")
            }
            if let limits, let problem = limits.violation(extracted: written, compressed: compressedRead) {
                throw OilStatError.unsupported(problem, file: displayName)
            }
            checksum = crc32(checksum, bytes.assumingMemoryBound(to: UInt8.self), UInt32(count))
            return try body(UnsafeRawBufferPointer(start: bytes, count: count))
        }

        /// Checks the size and the CRC-32 at the end of the data.
        func finish() throws {
            guard written == entry.uncompressedSize else {
                throw OilStatError(
                    file: displayName,
                    message: "the archive is corrupt: the entry holds \(written) "
                        + "bytes, not the \(entry.uncompressedSize) its directory says")
            }
            let computed = UInt32(truncatingIfNeeded: checksum)
            guard computed == entry.crc32 else {
                throw OilStatError(
                    file: displayName,
                    message: "the archive is corrupt: CRC-32 mismatch (the directory "
                        + "says \(hex(entry.crc32)), the data gives \(hex(computed)))")
            }
        }

        private func hex(_ value: UInt32) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }
    }
}
