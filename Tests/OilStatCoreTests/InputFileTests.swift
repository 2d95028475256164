import Dispatch
import Foundation
import Testing

@testable import OilStatCore

/// The one way input files are opened: every input that is not a readable data file is one clear error, at once.
struct InputFileTests {
    /// Opens `path` on another thread and gives up after `seconds`: a hang fails the test instead of stalling it.
    private func openWithin(_ seconds: Double, _ path: String) -> Result<InputFile, OilStatError>? {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            do { box.result = .success(try InputFile(path: path)) } catch let error as OilStatError {
                box.result = .failure(error)
            } catch {
                box.result = .failure(OilStatError(message: "\(error)"))
            }
            done.signal()
        }
        return done.wait(timeout: .now() + seconds) == .timedOut ? nil : box.result
    }

    private final class ResultBox: @unchecked Sendable { var result: Result<InputFile, OilStatError>? }

    private func error(opening path: String) throws -> OilStatError {
        let outcome = try #require(openWithin(10, path), "opening \(path) did not return within 10 s")
        guard case .failure(let error) = outcome else {
            Issue.record("opening \(path) succeeded")
            return OilStatError(message: "")
        }
        return error
    }

    @Test func aDirectoryIsAClearError() throws {
        let folder = try TestSupport.temporaryFile("x.csv", "").deletingLastPathComponent().path
        #expect(try error(opening: folder).description == "\(folder): is a directory, not a data file")
    }

    @Test(arguments: ["/dev/zero", "/dev/urandom", "/dev/null"])
    func aCharacterDeviceIsAClearError(_ device: String) throws {
        #expect(try error(opening: device).message.hasPrefix("is a character device"))
    }

    @Test func aReadErrorIsReportedNotTrapped() throws {
        // /proc/self/mem reads as EIO at offset 0.
        #expect(try error(opening: "/proc/self/mem").message == "cannot read the file (Input/output error)")
    }

    @Test func aMissingFileIsAClearError() throws {
        #expect(try error(opening: "/nonexistent/oilstat.csv").message == "no such file")
    }

    @Test func aFIFOWithoutWriterReturnsAtOnce() throws {
        let folder = try TestSupport.temporaryFile("x.csv", "").deletingLastPathComponent()
        let fifo = folder.appendingPathComponent("fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let started = Date()
        #expect(try error(opening: fifo).message.hasPrefix("is a FIFO or pipe with nothing written to it"))
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func aPipeIsSpooledWhateverItsSpeed() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let text = Array("REF_AREA,TIME_PERIOD\n".utf8) + [UInt8](repeating: 0x41, count: 3 << 20)
        let writer = ends[1]
        Thread.detachNewThread {
            // A slow writer: nothing at first, then the data in pieces.
            Thread.sleep(forTimeInterval: 0.3)
            var offset = 0
            while offset < text.count {
                let count = min(100_000, text.count - offset)
                offset += text[offset..<offset + count].withUnsafeBytes { write(writer, $0.baseAddress, count) }
            }
            close(writer)
        }
        let file = try InputFile(path: "/proc/self/fd/\(ends[0])", displayName: "<pipe>")
        close(ends[0])
        #expect(file.size == text.count)
        #expect(try file.readAll() == text)
        #expect(file.name == "<pipe>")
    }

    @Test func aPipeOverTheLimitIsRefused() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let writer = ends[1]
        _ = fcntl(writer, F_SETFL, O_NONBLOCK)
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            // Writes 256 KB, giving up once the reader has stopped reading (the read end stays open: no SIGPIPE).
            let block = [UInt8](repeating: 0x30, count: 4096)
            var written = 0
            var idle = 0
            while written < 256 << 10 && idle < 200 {
                let count = block.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
                if count > 0 {
                    written += count
                    idle = 0
                } else {
                    idle += 1
                    usleep(1000)
                }
            }
            close(writer)
            finished.signal()
        }
        let error = #expect(throws: OilStatError.self) {
            try InputFile(path: "/proc/self/fd/\(ends[0])", displayName: "<pipe>", spoolLimit: 100_000)
        }
        finished.wait()
        close(ends[0])
        #expect(error?.message.hasPrefix("more than 100000 bytes from a pipe") == true)
    }

    @Test func aProcFileOfSizeZeroIsReadThrough() throws {
        let file = try InputFile(path: "/proc/self/status")
        #expect(file.size > 0)
        #expect(String(decoding: try file.prefix(5), as: UTF8.self) == "Name:")
    }

    @Test func aRegularFileReadsInPlaceAndReopensThroughItsDescriptor() throws {
        let url = try TestSupport.temporaryFile("x.csv", "producer,month\nSA,2018-10\n")
        let file = try InputFile(path: url.path)
        #expect(file.size == 26)
        #expect(try file.read(count: 8, at: 15) == Array("SA,2018-".utf8))
        #expect(try file.read(count: 100, at: 20) == Array("18-10\n".utf8))
        try FileManager.default.removeItem(at: url)
        // Still readable through the open descriptor after the name is gone.
        #expect(try InputFile(path: file.reopenPath).readAll() == Array("producer,month\nSA,2018-10\n".utf8))
    }

    @Test func aScratchFileNeverHasANameInTheFolder() throws {
        let folder = try TestSupport.temporaryFile("x.csv", "").deletingLastPathComponent()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("x.csv"))
        let scratch = try ScratchFile(name: "a.zip:a.csv", folder: folder.path)
        let bytes = [UInt8](repeating: 7, count: 1 << 20)
        try bytes.withUnsafeBytes { try scratch.append($0) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
        let file = scratch.finish()
        #expect(file.size == 1 << 20)
        #expect(try file.read(count: 3, at: 1000) == [7, 7, 7])
        #expect(file.name == "a.zip:a.csv")
    }

    @Test func aScratchFileInAFolderThatCannotTakeOneIsAClearError() throws {
        let error = #expect(throws: OilStatError.self) { try ScratchFile(name: "a.zip:a.csv", folder: "/nonexistent") }
        #expect(error?.message.hasPrefix("cannot create a temporary file in /nonexistent") == true)
    }
}
