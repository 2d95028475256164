import Foundation
import Testing

/// Inputs that are not data files, and hostile archives, through the built binary: one clear line on standard
/// error, a non-zero exit, no trap, no hang, and nothing left in the temporary folder.
struct HostileInputCommandTests {
    /// The commands that read an input file, without the file.
    static let readers: [[String]] = [
        ["import"], ["import", "--format", "jodi"], ["load"], ["share", "--all-months", "--jodi"],
    ]
    static let fixtures = CommandRunner.repository.appendingPathComponent("Tests/OilStatImportTests/Fixtures")

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Expects a clean failure: exit 1 by itself, within the bound, with `message` as the one line on standard error.
    private func expectCleanError(
        _ outcome: BoundedCommand.Outcome, _ message: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(!outcome.timedOut, "hung", sourceLocation: sourceLocation)
        #expect(!outcome.endedBySignal, "trapped: \(outcome.errorOutput)", sourceLocation: sourceLocation)
        #expect(outcome.status == 1, sourceLocation: sourceLocation)
        #expect(outcome.errorOutput == "Error: \(message)\n", sourceLocation: sourceLocation)
    }

    @Test(arguments: readers)
    func aDirectoryIsAClearError(_ command: [String]) throws {
        let directory = try folder().path
        expectCleanError(try BoundedCommand.run(command + [directory]), "\(directory): is a directory, not a data file")
    }

    @Test(arguments: readers)
    func devicesAreClearErrors(_ command: [String]) throws {
        expectCleanError(
            try BoundedCommand.run(command + ["/dev/zero"]),
            "/dev/zero: is a character device (such as "
                + "/dev/zero or a terminal), not a data file: save the data to a file first")
        expectCleanError(
            try BoundedCommand.run(command + ["/proc/self/mem"]),
            "/proc/self/mem: cannot read the file (Input/output error)")
    }

    @Test(arguments: readers)
    func aFIFOWithNoWriterReturnsWithinSeconds(_ command: [String]) throws {
        let fifo = try folder().appendingPathComponent("fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let outcome = try BoundedCommand.run(command + [fifo], within: 10)
        expectCleanError(
            outcome,
            "\(fifo): is a FIFO or pipe with nothing written to it: save the data to a file "
                + "first")
        #expect(outcome.seconds < 5)
    }

    @Test func aPipeIsReadLikeAFile() throws {
        let csv = try Data(contentsOf: Self.fixtures.appendingPathComponent("jodi_openbb_sample.csv"))
        let imported = try BoundedCommand.run(["import", "/dev/stdin"], input: csv)
        #expect(imported.status == 0)
        #expect(imported.output.hasPrefix("/dev/stdin: 15 rows read, 12 stored, 3 missing"))
        let zip = try Data(contentsOf: Self.fixtures.appendingPathComponent("jodi_openbb_sample.zip"))
        let shared = try BoundedCommand.run(["share", "--all-months", "--jodi", "/dev/stdin"], input: zip)
        #expect(shared.status == 0)
        #expect(shared.output.hasPrefix("country,month,kbd,share_pct,mom_change_kbd,mom_change_pct\nUS,2024-01,"))
    }

    @Test func loadSaysItDoesNotReadZip() throws {
        let zip = Self.fixtures.appendingPathComponent("jodi_openbb_sample.zip").path
        expectCleanError(
            try BoundedCommand.run(["load", zip]),
            "\(zip): is a .zip archive, which load does not read: "
                + "unzip it and load the CSV, or use oilstat import for JODI, EIA and Energy Institute "
                + "downloads")
    }

    @Test(
        .enabled(if: Self.python != nil, "python3 is not installed: the zip bomb is made with zipfile"),
        arguments: [["import"], ["share", "--all-months", "--jodi"]])
    func aZipBombFailsFastAndLeavesNothing(_ command: [String]) throws {
        let work = try folder()
        try Self.runPython(
            """
            import zipfile
            with zipfile.ZipFile("bomb.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
                with z.open("bomb.csv", "w", force_zip64=True) as f:
                    for _ in range(200):
                        f.write(bytes(1 << 20))
            """, in: work)
        let temporary = try folder()
        let bomb = work.appendingPathComponent("bomb.zip").path
        let outcome = try BoundedCommand.run(command + [bomb], environment: ["TMPDIR": temporary.path])
        #expect(
            outcome.errorOutput.hasPrefix(
                "Error: \(bomb):bomb.csv: unpacks to more than 200 times its "
                    + "compressed size"))
        #expect(outcome.status == 1)
        #expect(outcome.seconds < 5)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
    }

    @Test(
        .enabled(if: Self.python != nil, "python3 is not installed: the large zip is made with zipfile"),
        arguments: [SIGINT, SIGTERM, SIGKILL])
    func killedDuringExtractionLeavesNothingBehind(_ signal: Int32) throws {
        let archive = try Self.largeArchive.get()
        let temporary = try folder()
        let running = try BoundedCommand(["import", archive.path], environment: ["TMPDIR": temporary.path])
        // Wait for the extraction's temporary file, freeze the process there, and check it is mid-way.
        var open: [String] = []
        let deadline = Date().addingTimeInterval(20)
        while open.isEmpty && kill(running.pid, 0) == 0 && Date() < deadline {
            open = running.openFiles(under: temporary.path)
            if open.isEmpty { usleep(500) }
        }
        try #require(!open.isEmpty, "no temporary file was seen")
        kill(running.pid, SIGSTOP)
        var info = stat()
        try #require(stat(open[0], &info) == 0)
        #expect(info.st_size < archive.uncompressedSize, "extraction already finished")
        // The temporary file has no name: nothing to see in the folder even now.
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
        kill(running.pid, signal)
        kill(running.pid, SIGCONT)
        let outcome = try running.wait(within: 20)
        #expect(outcome.endedBySignal)
        #expect(outcome.status == signal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
    }

    // MARK: - Archives made with Python

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"]
        .first(where: FileManager.default.isExecutableFile(atPath:))

    static func runPython(_ script: String, in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(python))
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
    }

    /// A zip of 192 MB of hex text (about 2:1), made once for the signal tests.
    static let largeArchive: Result<(path: String, uncompressedSize: Int), Error> = Result {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("oilstat-large-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try runPython(
            """
            import os, zipfile
            with zipfile.ZipFile("large.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
                with z.open("large.csv", "w") as f:
                    f.write(b"REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE,"
                            b"ASSESSMENT_CODE\\n")
                    for _ in range(24):
                        f.write(os.urandom(4 << 20).hex().encode())
            """, in: work)
        let path = work.appendingPathComponent("large.zip").path
        return (path, 95 + 24 * (8 << 20))
    }
}
