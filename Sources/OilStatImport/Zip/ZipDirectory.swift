import OilStatCore

/// The entries of a zip archive, read from its central directory (ZIP64 included), every offset and size checked
/// against the file so that a truncated or corrupt archive is one clear error.
enum ZipDirectory {
    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let entrySignature: UInt32 = 0x0201_4B50
    /// The end record (22 bytes) plus the longest comment.
    private static let longestEnd = 22 + 0xFFFF

    /// The entries of the archive `file`, in directory order.
    ///
    /// - Throws: ``OilStatCore/OilStatError`` naming the archive when it is truncated, corrupt or split.
    static func entries(of file: InputFile) throws -> [ZipEntry] {
        let corrupt = { (what: String) in
            OilStatError(file: file.name, message: "not a readable zip archive: \(what)")
        }
        let tailStart = max(0, file.size - longestEnd - 20)
        let tail = LittleEndianBytes(bytes: try file.read(count: file.size - tailStart, at: tailStart))
        guard let end = findEnd(in: tail) else {
            throw corrupt("no end-of-directory record (the file is truncated, or not a zip)")
        }
        guard tail.uint16(at: end + 4) == 0, tail.uint16(at: end + 6) == 0 else {
            throw corrupt("a split (multi-part) archive, which is not supported: join the parts first")
        }
        var count = Int(tail.uint16(at: end + 10) ?? 0)
        var directorySize = Int(tail.uint32(at: end + 12) ?? 0)
        var directoryOffset = Int(tail.uint32(at: end + 16) ?? 0)
        var shift = 0
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF,
            tail.uint32(at: end - 20) == zip64LocatorSignature
        {
            guard let recordOffset = tail.uint64(at: end - 12), recordOffset <= UInt64(max(0, file.size - 56)) else {
                throw corrupt("the ZIP64 end record is missing")
            }
            let record = LittleEndianBytes(bytes: try file.read(count: 56, at: Int(recordOffset)))
            guard record.uint32(at: 0) == zip64EndSignature, let entries = record.uint64(at: 32),
                let size = record.uint64(at: 40), let offset = record.uint64(at: 48),
                entries < UInt64(Int32.max), size < UInt64(file.size), offset < UInt64(file.size)
            else {
                throw corrupt("the ZIP64 end record is damaged")
            }
            (count, directorySize, directoryOffset) = (Int(entries), Int(size), Int(offset))
        } else {
            shift = try prefixLength(
                of: file, directoryOffset: directoryOffset,
                directoryStart: tailStart + end - directorySize)
            directoryOffset += shift
        }
        guard directoryOffset + directorySize <= tailStart + end else {
            throw corrupt("the directory runs past the end of the file (truncated)")
        }
        let directory = LittleEndianBytes(bytes: try file.read(count: directorySize, at: directoryOffset))
        var entries: [ZipEntry] = []
        var position = 0
        for index in 0..<count {
            guard var entry = parseEntry(in: directory, at: &position, archiveSize: file.size) else {
                throw corrupt("directory entry \(index + 1) of \(count) is damaged")
            }
            entry.localHeaderOffset += shift
            entries.append(entry)
        }
        return entries
    }

    /// How many bytes precede the archive proper (a self-extractor stub, a header added by a download tool): the
    /// directory is found where it ends, just before the end record, and every offset moves by the difference.
    private static func prefixLength(
        of file: InputFile, directoryOffset: Int,
        directoryStart actual: Int
    ) throws -> Int {
        guard actual > directoryOffset else { return 0 }
        let found = LittleEndianBytes(bytes: try file.read(count: 4, at: actual)).uint32(at: 0)
        return found == entrySignature ? actual - directoryOffset : 0
    }

    /// The offset in `tail` of the end record: the last signature whose comment ends within the file.
    private static func findEnd(in tail: LittleEndianBytes) -> Int? {
        var offset = tail.bytes.count - 22
        while offset >= 0 {
            if tail.uint32(at: offset) == endSignature, let comment = tail.uint16(at: offset + 20),
                offset + 22 + Int(comment) <= tail.bytes.count
            {
                return offset
            }
            offset -= 1
        }
        return nil
    }

    /// The entry at `position` of the directory; moves `position` past it.
    private static func parseEntry(
        in directory: LittleEndianBytes, at position: inout Int,
        archiveSize: Int
    ) -> ZipEntry? {
        let start = position
        guard directory.uint32(at: start) == entrySignature,
            let flags = directory.uint16(at: start + 8), let method = directory.uint16(at: start + 10),
            let crc = directory.uint32(at: start + 16), let compressed32 = directory.uint32(at: start + 20),
            let uncompressed32 = directory.uint32(at: start + 24), let nameLength = directory.uint16(at: start + 28),
            let extraLength = directory.uint16(at: start + 30), let commentLength = directory.uint16(at: start + 32),
            let offset32 = directory.uint32(at: start + 42),
            let nameBytes = directory.slice(at: start + 46, count: Int(nameLength)),
            let extra = directory.slice(at: start + 46 + Int(nameLength), count: Int(extraLength))
        else { return nil }
        position = start + 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        guard position <= directory.bytes.count else { return nil }
        var sizes: Sizes = (UInt64(uncompressed32), UInt64(compressed32), UInt64(offset32))
        if !readZip64Sizes(LittleEndianBytes(bytes: Array(extra)), into: &sizes) { return nil }
        let limit = UInt64(Int.max / 2)
        guard sizes.uncompressed < limit, sizes.compressed < UInt64(archiveSize), sizes.offset < UInt64(archiveSize)
        else { return nil }
        // Bit 11 marks UTF-8 names; older tools wrote code page 437, whose ASCII part is all a data file name needs.
        let name = String(decoding: nameBytes, as: UTF8.self)
        return ZipEntry(
            name: name, flags: flags, method: method, crc32: crc, compressedSize: Int(sizes.compressed),
            uncompressedSize: Int(sizes.uncompressed), localHeaderOffset: Int(sizes.offset))
    }

    /// An entry's sizes and local header offset.
    private typealias Sizes = (uncompressed: UInt64, compressed: UInt64, offset: UInt64)

    /// Replaces each size or offset that reads 0xFFFFFFFF by its value in the ZIP64 extra field (id 1).
    private static func readZip64Sizes(_ extra: LittleEndianBytes, into sizes: inout Sizes) -> Bool {
        let marker: UInt64 = 0xFFFF_FFFF
        guard sizes.uncompressed == marker || sizes.compressed == marker || sizes.offset == marker else { return true }
        var position = 0
        while let id = extra.uint16(at: position), let length = extra.uint16(at: position + 2) {
            if id == 1 {
                var values = [sizes.uncompressed, sizes.compressed, sizes.offset]
                var field = position + 4
                for index in values.indices where values[index] == marker {
                    guard field + 8 <= position + 4 + Int(length), let value = extra.uint64(at: field) else {
                        return false
                    }
                    values[index] = value
                    field += 8
                }
                sizes = (values[0], values[1], values[2])
                return true
            }
            position += 4 + Int(length)
        }
        return false
    }
}
