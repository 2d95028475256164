#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why output could not be written, told as one line: `NAME: what went wrong (system reason)`.
///
/// `NAME` is the path asked for, or `<stdout>` / `<stderr>` for the standard streams. The output functions
/// (``OutputFile``, ``StandardStream``) throw it as the ``OilStatError/Kind/output(underlying:)`` kind of an
/// ``OilStatError``, whose description is this one.
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Equatable, Sendable {
        /// The reader of a pipe went away (`EPIPE`); by Unix convention the writer ends quietly.
        case brokenPipe
        /// `write(2)` failed with this `errno` (e.g. `ENOSPC`, `EIO`).
        case cannotWrite(errno: Int32)
        /// Opening the path failed with this `errno`.
        case cannotOpen(errno: Int32)
        /// The path is a directory.
        case isDirectory
        /// The folder for a new file could not be created.
        case cannotCreateFolder(folder: String, errno: Int32)
        /// The temporary file beside the target could not be created.
        case cannotCreateTemporary(folder: String, errno: Int32)
        /// Flushing the file or renaming it into place failed with this `errno`.
        case cannotReplace(errno: Int32)
        /// A chain of symbolic links is too long or loops.
        case symbolicLinkLoop
        /// The path stopped being a regular file (or absent) while the temporary file was written.
        case changedWhileWriting
    }

    /// The path, or `<stdout>` / `<stderr>`.
    public var name: String
    /// What went wrong.
    public var problem: Problem

    public init(name: String, problem: Problem) {
        self.name = name
        self.problem = problem
    }

    public var description: String { "\(name): \(explanation)" }

    /// What went wrong, after the name: e.g. `cannot write (No space left on device)`.
    public var explanation: String {
        switch problem {
        case .brokenPipe:
            return "cannot write (\(Self.reason(EPIPE)))"
        case .cannotWrite(let code):
            return "cannot write (\(Self.reason(code)))"
        case .cannotOpen(let code):
            return "cannot open for writing (\(Self.reason(code)))"
        case .isDirectory:
            return "is a directory, not a file"
        case .cannotCreateFolder(let folder, let code):
            return "cannot create the folder \(folder) (\(Self.reason(code)))"
        case .cannotCreateTemporary(let folder, let code):
            return "cannot create a temporary file in \(folder) (\(Self.reason(code)))"
        case .cannotReplace(let code):
            return "cannot replace the file (\(Self.reason(code)))"
        case .symbolicLinkLoop:
            return "too many levels of symbolic links"
        case .changedWhileWriting:
            return "was replaced by something other than a regular file while being written; left as it is"
        }
    }

    /// This failure as the ``OilStatError`` the output functions throw (``OilStatError/Kind/output(underlying:)``).
    static func failure(_ name: String, _ problem: Problem) -> OilStatError {
        OilStatError(output: OutputError(name: name, problem: problem))
    }

    /// The system's words for `errno` `code`, e.g. "No space left on device".
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

extension OilStatError {
    /// Whether this is an output error because the reader of a pipe went away (``OutputError/Problem/brokenPipe``):
    /// by Unix convention the writer then ends quietly.
    public var isBrokenPipe: Bool {
        if case .output(let output) = kind { return output.problem == .brokenPipe }
        return false
    }
}
