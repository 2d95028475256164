import Foundation
import Testing

@testable import OilStatCore

#if canImport(Glibc)
    import Glibc
#endif

/// `OutputFile.write`: regular files replaced atomically, links followed, devices and FIFOs written in place,
/// directories refused, failures reported as `OutputError`.
struct OutputFileTests {
    /// A fresh folder for one test.
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func contents(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    static func entries(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func aRegularFileIsReplacedWholeKeepingItsModeAndNoTemporaryFileIsLeft() throws {
        let folder = try Self.folder()
        let path = folder + "/share.csv"
        try "old content that is longer than the new one\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o600)
        var before = stat()
        stat(path, &before)
        try OutputFile.write("a,b\n1,2\n", to: path)
        #expect(try Self.contents(path) == "a,b\n1,2\n")
        var after = stat()
        stat(path, &after)
        #expect(after.st_mode & 0o7777 == 0o600)
        #expect(after.st_ino != before.st_ino, "replaced by rename, not rewritten in place")
        #expect(try Self.entries(folder) == ["share.csv"])
    }

    @Test func aNewFileIsCreatedWithItsMissingFolders() throws {
        let folder = try Self.folder()
        try OutputFile.write("x\n", to: folder + "/a/b/report.md")
        #expect(try Self.contents(folder + "/a/b/report.md") == "x\n")
        #expect(try Self.entries(folder + "/a/b") == ["report.md"])
    }

    @Test func aSymbolicLinkIsFollowedAndStaysALink() throws {
        let folder = try Self.folder()
        try "old\n".write(toFile: folder + "/target.csv", atomically: false, encoding: .utf8)
        chmod(folder + "/target.csv", 0o640)
        symlink("target.csv", folder + "/link.csv")
        try OutputFile.write("new\n", to: folder + "/link.csv")
        #expect(Self.fileType(folder + "/link.csv") == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.csv") == "target.csv")
        #expect(try Self.contents(folder + "/target.csv") == "new\n")
        var info = stat()
        stat(folder + "/target.csv", &info)
        #expect(info.st_mode & 0o7777 == 0o640)
        #expect(try Self.entries(folder) == ["link.csv", "target.csv"])
    }

    @Test func aChainOfLinksAndADanglingLinkLeadToTheFinalTarget() throws {
        let folder = try Self.folder()
        symlink(folder + "/sub/new.csv", folder + "/dangling")
        symlink("dangling", folder + "/first")
        try OutputFile.write("made\n", to: folder + "/first")
        #expect(try Self.contents(folder + "/sub/new.csv") == "made\n")
        #expect(Self.fileType(folder + "/first") == S_IFLNK && Self.fileType(folder + "/dangling") == S_IFLNK)
    }

    @Test func aLinkLoopIsAnError() throws {
        let folder = try Self.folder()
        symlink("b", folder + "/a")
        symlink("a", folder + "/b")
        let error = #expect(throws: OilStatError.self) { try OutputFile.write("x", to: folder + "/a") }
        #expect(error?.description == "\(folder)/a: too many levels of symbolic links")
    }

    @Test(arguments: ["", "/", "/."])
    func aDirectoryIsAnErrorAndIsLeftAsItIs(suffix: String) throws {
        let folder = try Self.folder()
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: false)
        let error = #expect(throws: OilStatError.self) { try OutputFile.write("x", to: folder + "/out" + suffix) }
        #expect(error?.outputProblem == .isDirectory)
        #expect(error?.description == "\(folder)/out\(suffix): is a directory, not a file")
        #expect(try Self.entries(folder + "/out").isEmpty)
    }

    @Test func aPathUnderAFileIsAnError() throws {
        let folder = try Self.folder()
        try "x".write(toFile: folder + "/file", atomically: false, encoding: .utf8)
        let error = #expect(throws: OilStatError.self) { try OutputFile.write("x", to: folder + "/file/out.csv") }
        #expect(error?.description == "\(folder)/file/out.csv: cannot open for writing (Not a directory)")
    }

    /// As root, a regression that renames over the target would replace the machine's device node: these run only
    /// as a user (the command tests check devices as root in a private /dev).
    static let asUser = geteuid() != 0

    @Test(.enabled(if: asUser, "as root, see OutputSafetyTests.deviceNodesInAPrivateDevAreWrittenNeverReplaced"))
    func devNullIsWrittenAndStaysACharacterDevice() throws {
        var before = stat()
        #expect(stat("/dev/null", &before) == 0 && before.st_mode & S_IFMT == S_IFCHR)
        try OutputFile.write("discarded\n", to: "/dev/null")
        var after = stat()
        #expect(lstat("/dev/null", &after) == 0)
        #expect(after.st_mode & S_IFMT == S_IFCHR && after.st_rdev == before.st_rdev && after.st_ino == before.st_ino)
    }

    @Test(.enabled(if: asUser, "as root, see OutputSafetyTests.deviceNodesInAPrivateDevAreWrittenNeverReplaced"))
    func devFullReportsNoSpaceAndStaysACharacterDevice() throws {
        let error = #expect(throws: OilStatError.self) { try OutputFile.write("x\n", to: "/dev/full") }
        #expect(error?.description == "/dev/full: cannot write (No space left on device)")
        #expect(Self.fileType("/dev/full") == S_IFCHR)
    }

    @Test func aFIFOWithAReaderIsWrittenInPlace() throws {
        let folder = try Self.folder()
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader is open before the write (non-blocking), so opening for writing cannot wait: bounded.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try OutputFile.write("through the pipe\n", to: fifo)
        var buffer = [UInt8](repeating: 0, count: 100)
        let count = read(reader, &buffer, buffer.count)
        #expect(count == 17)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "through the pipe\n")
        #expect(Self.fileType(fifo) == S_IFIFO)
        #expect(try Self.entries(folder) == ["pipe"])
    }

    @Test func devFdPathsWriteToTheOpenDescriptor() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer {
            close(ends[0])
            close(ends[1])
        }
        try OutputFile.write("fd\n", to: "/dev/fd/\(ends[1])")
        var buffer = [UInt8](repeating: 0, count: 10)
        #expect(read(ends[0], &buffer, buffer.count) == 3)
        #expect(String(decoding: buffer.prefix(3), as: UTF8.self) == "fd\n")
    }

    @Test func aClosedPipeIsABrokenPipeNotAnIOError() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        defer { close(ends[1]) }
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let error = #expect(throws: OilStatError.self) {
            try DescriptorWriter.writeAll([0x78], to: ends[1], name: "<stdout>")
        }
        #expect(error?.outputProblem == .brokenPipe)
        #expect(error?.isBrokenPipe == true)
    }

    @Test(arguments: [
        ("/dev/stdout", OutputTarget.descriptor(1)), ("/dev/stderr", .descriptor(2)), ("-", .descriptor(1)),
        ("/dev/fd/7", .descriptor(7)), ("/proc/self/fd/1", .descriptor(1)), ("/dev/null", .special(path: "/dev/null")),
        ("/nonexistent-oilstat-folder/x.csv", .regularFile(path: "/nonexistent-oilstat-folder/x.csv", existing: nil)),
    ])
    func pathsResolveToTheirKind(path: String, expected: OutputTarget) throws {
        #expect(try OutputTarget.resolve(path, name: path) == expected)
    }
}

extension OilStatError {
    /// The problem of an output error (``OilStatError/Kind/output(underlying:)``), nil for other kinds.
    var outputProblem: OutputError.Problem? {
        if case .output(let output) = kind { return output.problem }
        return nil
    }
}
