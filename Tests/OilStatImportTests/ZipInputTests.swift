import Foundation
import OilStatCore
import Testing

@testable import OilStatImport

/// The in-process zip reader: the entry chosen by format, limits checked while streaming, and every broken,
/// encrypted or hostile archive one clear error naming the entry.
@Suite(.enabled(if: ZipTestArchives.python != nil, "python3 is not installed: the archives are made with zipfile"))
struct ZipInputTests {
    /// Writes the JODI sample and the EIA API sample beside the script, as `jodi` and `eia` (bytes) for it.
    private func archive(_ script: String) throws -> URL {
        try ZipTestArchives.make(
            """
            jodi = open(\(pythonString(ImportTestSupport.fixture("jodi_openbb_sample.csv"))), "rb").read()
            eia = open(\(pythonString(ImportTestSupport.fixture("eia_api_synthetic.json"))), "rb").read()
            \(script)
            """)
    }

    private func pythonString(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "\\'") + "'" }

    private func importError(_ path: URL, options: ImportOptions = ImportOptions()) throws -> OilStatError? {
        let database = try OilStatDatabase.inMemory()
        let before = try ImportTestSupport.figureCount(database)
        let error = #expect(throws: OilStatError.self) {
            try FileImporter.importFile(path: path.path, into: database, options: options)
        }
        #expect(try ImportTestSupport.figureCount(database) == before)
        return error
    }

    @Test func aReadmeBesideTheDataIsNotPicked() throws {
        let folder = try archive(
            """
            make("data.zip", [("README.txt", b"This archive holds JODI data.\\n"), ("data.csv", jodi)])
            """)
        let path = folder.appendingPathComponent("data.zip").path
        let outcome = try FileImporter.importFile(path: path, into: try OilStatDatabase.inMemory())
        #expect(outcome.record.fileName == path + ":data.csv")
        #expect(outcome.record.rowsStored == 12)
        #expect(try JODIProductionReader.read(path: path).observations.count == 4)
    }

    @Test(arguments: [
        "jodi_openbb_sample.csv", "eia_api_synthetic.json", "eia_bulk_synthetic.txt",
        "ei_narrow_comma.csv",
    ])
    func everyFormatImportsTheSameFromAZip(_ fixture: String) throws {
        let original = ImportTestSupport.fixture(fixture)
        let folder = try archive(
            """
            make("download.zip", [("LICENSE.txt", b"Terms of use\\n"), (\(pythonString(fixture)),
                                  open(\(pythonString(original)), "rb").read())])
            """)
        let zip = folder.appendingPathComponent("download.zip").path
        let fromZip = try FileImporter.importFile(path: zip, into: try OilStatDatabase.inMemory())
        let direct = try FileImporter.importFile(path: original, into: try OilStatDatabase.inMemory())
        #expect(fromZip.record.fileName == zip + ":" + fixture)
        #expect(fromZip.record.sha256 == direct.record.sha256)
        #expect(fromZip.record.rowsStored == direct.record.rowsStored)
        #expect(fromZip.record.rowsStored > 0)
    }

    @Test(arguments: ["data[1].csv", "*.csv", "a?b.csv", "folder/data [x].csv"])
    func entryNamesAreNamesNotPatterns(_ name: String) throws {
        let folder = try archive(
            """
            make("data.zip", [(\(pythonString(name)), jodi), ("notes.md", b"# notes\\n"), ("other.csv.bak", jodi)])
            """)
        let path = folder.appendingPathComponent("data.zip").path
        let outcome = try FileImporter.importFile(path: path, into: try OilStatDatabase.inMemory())
        #expect(outcome.record.fileName == path + ":" + name)
        #expect(outcome.record.rowsStored == 12)
    }

    @Test func theFormatChoosesAmongDataEntries() throws {
        let folder = try archive(
            """
            make("both.zip", [("prices.json", eia), ("world.csv", jodi)])
            """)
        let path = folder.appendingPathComponent("both.zip")
        let error = try importError(path)
        #expect(
            error?.description == path.path + ": several entries are in a known format (JODI, EIA API, EIA bulk, "
                + "Energy Institute) (prices.json, world.csv): extract the one to import, or give --format")
        let json = try FileImporter.importFile(
            path: path.path, into: try OilStatDatabase.inMemory(),
            options: ImportOptions(format: .eiaAPI))
        #expect(json.record.fileName == path.path + ":prices.json")
        let csv = try FileImporter.importFile(
            path: path.path, into: try OilStatDatabase.inMemory(),
            options: ImportOptions(format: .jodi))
        #expect(csv.record.fileName == path.path + ":world.csv")
    }

    @Test func noDataEntryListsTheEntries() throws {
        let folder = try archive(
            """
            make("docs.zip", [("README.txt", b"read me\\n"), ("LICENSE", b"MIT\\n")])
            make("empty.zip", [])
            make("folders.zip", [("data/", b"")])
            """)
        #expect(
            try importError(folder.appendingPathComponent("docs.zip"))?.message
                == "no entry is in a known format (JODI, EIA API, EIA bulk, Energy Institute) (README.txt, LICENSE): "
                + "extract the one to import, or give --format")
        let empty = try importError(folder.appendingPathComponent("empty.zip"))
        #expect(empty?.message == "the archive holds no files")
        #expect(empty?.kind == .badInput(file: folder.appendingPathComponent("empty.zip").path, line: nil, column: nil))
        #expect(try importError(folder.appendingPathComponent("folders.zip"))?.message == "the archive holds no files")
    }

    @Test func storedZip64AndMultiChunkEntriesExtractByteForByte() throws {
        let folder = try archive(
            """
            big = text(5)
            open("big.csv", "wb").write(big)
            make("stored.zip", [("big.csv", big)], method=zipfile.ZIP_STORED)
            make("deflated.zip", [("big.csv", big)], level=1)
            make("zip64.zip", [("big.csv", big)], zip64=True)
            """)
        let original = try InputFile(path: folder.appendingPathComponent("big.csv").path).readAll()
        for name in ["stored.zip", "deflated.zip", "zip64.zip"] {
            let archive = try InputFile(path: folder.appendingPathComponent(name).path)
            let (file, entry) = try ZipInput.extractDataFile(of: archive, expecting: .jodi)
            #expect(entry.name == "big.csv")
            #expect(file.name == archive.name + ":big.csv")
            #expect(try file.readAll() == original, "\(name)")
        }
    }

    @Test func aZipBombIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try ZipTestArchives.make("zeros(\"bomb.zip\", \"bomb.csv\", 200)")
        let archive = try InputFile(path: folder.appendingPathComponent("bomb.zip").path)
        #expect(archive.size < 300_000)
        let entry = try #require(try ZipInput.entries(of: archive).first)
        let scratch = try ScratchFile(name: "bomb", folder: folder.path)
        let started = Date()
        let error = #expect(throws: OilStatError.self) { try ZipInput.extract(entry, of: archive, into: scratch) }
        #expect(error?.message.hasPrefix("unpacks to more than 200 times its compressed size (200 MiB from ") == true)
        #expect(error?.message.hasSuffix("refused as a likely zip bomb") == true)
        #expect(scratch.size == 0)
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func aBombThatUnderstatesItsRatioIsStoppedWhileStreaming() throws {
        // The directory claims 1.5 MB of compressed data (a ratio of about 140:1, under the limit); the real stream
        // is 200 KB, so the ratio read while inflating passes 200:1 once 16 MiB are out.
        let folder = try ZipTestArchives.make(
            """
            zeros("bomb.zip", "bomb.csv", 200)
            with zipfile.ZipFile("bomb.zip", "a", zipfile.ZIP_STORED) as z:
                z.writestr("padding.bin", os.urandom(1_600_000))
            patch_central("bomb.zip", 20, "<I", 1_500_000)
            """)
        let archive = try InputFile(path: folder.appendingPathComponent("bomb.zip").path)
        let entry = try #require(try ZipInput.entries(of: archive).first { $0.name == "bomb.csv" })
        #expect(entry.compressedSize == 1_500_000)
        let scratch = try ScratchFile(name: "bomb", folder: folder.path)
        let error = #expect(throws: OilStatError.self) { try ZipInput.extract(entry, of: archive, into: scratch) }
        #expect(error?.message.hasSuffix("refused as a likely zip bomb") == true)
        // Streamed up to the 16 MiB allowance, and stopped before the chunk that passed it was written.
        #expect(scratch.size > 15 << 20 && scratch.size <= 16 << 20)
    }

    @Test func anEntryLargerThanItsDirectorySaysIsStopped() throws {
        let folder = try archive(
            """
            make("liar.zip", [("data.csv", text(3))])
            patch_central("liar.zip", 24, "<I", 1000)
            """)
        let archive = try InputFile(path: folder.appendingPathComponent("liar.zip").path)
        let entry = try #require(try ZipInput.entries(of: archive).first)
        let scratch = try ScratchFile(name: "liar", folder: folder.path)
        let error = #expect(throws: OilStatError.self) { try ZipInput.extract(entry, of: archive, into: scratch) }
        #expect(
            error?.description == archive.name + ":data.csv: the archive is corrupt: the entry holds more than the "
                + "1000 bytes its directory says")
        #expect(scratch.size == 0)
    }

    @Test func theSizeLimitIsConfigurable() throws {
        let folder = try archive("make(\"data.zip\", [(\"data.csv\", text(2))])")
        let path = folder.appendingPathComponent("data.zip")
        var options = ImportOptions()
        options.zipLimits = ZipLimits(maximumSize: 1 << 20)
        let error = try importError(path, options: options)
        #expect(
            error?.message
                == "unpacks to more than 1 MiB (the limit for a .zip entry): extract it yourself if it is genuine")
        #expect(error?.kind == .unsupported)
    }

    @Test func anEncryptedEntryIsAnErrorNotAPrompt() throws {
        let folder = try archive(
            """
            make("flagged.zip", [("data.csv", jodi)])
            patch_central("flagged.zip", 8, "<H", 1)
            make("local.zip", [("data.csv", jodi)])
            patch_local("local.zip", 6, "<H", 1)
            """)
        for name in ["flagged.zip", "local.zip"] {
            let path = folder.appendingPathComponent(name)
            let error = try importError(path)
            #expect(
                error?.description == path.path + ":data.csv: is encrypted (password-protected); "
                    + "oilstat does not ask for passwords: extract it with your zip tool and import the extracted file")
            #expect(error?.kind == .unsupported)
        }
    }

    @Test(
        .enabled(
            if: ZipTestArchives.zipTool != nil,
            "zip is not installed (.ci/run installs it): no real encrypted zip to read"))
    func aRealPasswordProtectedZipIsAnError() throws {
        let folder = try ImportTestSupport.temporaryFolder()
        try FileManager.default.copyItem(
            atPath: ImportTestSupport.fixture("jodi_openbb_sample.csv"),
            toPath: folder.appendingPathComponent("data.csv").path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ZipTestArchives.zipTool!)
        process.arguments = ["-q", "-e", "-P", "secret", "secret.zip", "data.csv"]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let error = try importError(folder.appendingPathComponent("secret.zip"))
        #expect(error?.message.hasPrefix("is encrypted (password-protected)") == true)
    }

    @Test func corruptAndTruncatedArchivesNameTheEntry() throws {
        let folder = try archive(
            """
            make("good.zip", [("data.csv", jodi)])
            good = open("good.zip", "rb").read()
            open("truncated.zip", "wb").write(good[:len(good) // 2])
            start = 30 + len("data.csv")
            corrupt = bytearray(good)
            for i in range(start, start + 40):
                corrupt[i] ^= 0x5A
            open("corrupt.zip", "wb").write(bytes(corrupt))
            make("stored.zip", [("data.csv", jodi)], method=zipfile.ZIP_STORED)
            flipped = bytearray(open("stored.zip", "rb").read())
            flipped[start + 5] ^= 1
            open("crc.zip", "wb").write(bytes(flipped))
            make("bzip2.zip", [("data.csv", jodi)], method=zipfile.ZIP_BZIP2)
            """)
        func message(_ name: String) throws -> String? {
            try importError(folder.appendingPathComponent(name))?.description
        }
        let base = folder.path + "/"
        #expect(
            try message("truncated.zip") == base + "truncated.zip: not a readable zip archive: no end-of-directory "
                + "record (the file is truncated, or not a zip)")
        #expect(try message("corrupt.zip")?.hasPrefix(base + "corrupt.zip:data.csv: the archive is corrupt: ") == true)
        #expect(
            try message("crc.zip")?.hasPrefix(base + "crc.zip:data.csv: the archive is corrupt: CRC-32 mismatch")
                == true)
        #expect(
            try message("bzip2.zip") == base + "bzip2.zip:data.csv: is compressed with bzip2, which oilstat cannot "
                + "read (it reads stored and deflate entries): extract it with your zip tool")
    }

    @Test func aDeflateStreamThatNeverEndsIsAnErrorNotALoop() throws {
        // A stored block that claims 65,535 bytes and then the archive ends: ZIPFoundation 0.9.20 spins forever here.
        let folder = try ZipTestArchives.make(
            """
            data = bytes([0x00, 0xff, 0xff, 0x00, 0x00]) + b"REF_AREA,x\\n"
            name = b"data.csv"
            local = struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0, 8, 0, 0, 0, len(data), 100, len(name), 0) + name
            central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 0, 8, 0, 0, 0, len(data), 100, len(name),
                                  0, 0, 0, 0, 0, 0) + name
            end = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, 1, 1, len(central), len(local) + len(data), 0)
            open("endless.zip", "wb").write(local + data + central + end)
            """)
        let started = Date()
        let path = folder.appendingPathComponent("endless.zip")
        #expect(
            try importError(path)?.description == path.path + ":data.csv: the entry's data ends early, at byte 54 "
                + "of the archive: the file is truncated or corrupt")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func bytesBeforeAndAfterTheArchiveAreTolerated() throws {
        // What unzip accepts with a warning: a self-extractor stub in front, and trailing bytes after the end.
        let folder = try archive(
            """
            make("plain.zip", [("data.csv", jodi)])
            plain = open("plain.zip", "rb").read()
            open("prefixed.zip", "wb").write(b"#!/bin/sh\\nexit 0\\n" + plain)
            open("trailing.zip", "wb").write(plain + b"\\0" * 100)
            """)
        for name in ["prefixed.zip", "trailing.zip"] {
            let archive = try InputFile(path: folder.appendingPathComponent(name).path)
            let (file, entry) = try ZipInput.extractDataFile(of: archive, expecting: nil)
            #expect(entry.name == "data.csv")
            let original = try InputFile(path: ImportTestSupport.fixture("jodi_openbb_sample.csv"))
            #expect(try file.readAll() == original.readAll())
        }
    }

    @Test func aFileNamedZipThatIsNotOneIsReadAsWhatItIs() throws {
        let folder = try ImportTestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("data.zip").path
        try FileManager.default.copyItem(atPath: ImportTestSupport.fixture("jodi_openbb_sample.csv"), toPath: path)
        let outcome = try FileImporter.importFile(path: path, into: try OilStatDatabase.inMemory())
        #expect(outcome.record.fileName == path)
        #expect(outcome.record.rowsStored == 12)
    }
}
