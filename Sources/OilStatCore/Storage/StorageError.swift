import Foundation
import GRDB

/// A failure of the database file itself (not of the input), told on one line: the database file, what
/// could not be done, and why, in words — never the SQL statement SQLite was running.
///
/// It is thrown as the ``OilStatError/Kind/storage(underlying:)`` kind of an ``OilStatError``, whose description
/// is this one, e.g. `/data/oilstat.sqlite: cannot store the import: the disk is full (database or disk is full)`.
public struct StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database file.
    public var file: String
    /// What could not be done, e.g. "cannot open the database".
    public var action: String
    /// Why, in words.
    public var reason: String

    public init(file: String, action: String, reason: String) {
        self.file = file
        self.action = action
        self.reason = reason
    }

    public var description: String { "\(file): \(action): \(reason)" }

    /// `error` as the user should see it: an SQLite error becomes an ``OilStatError`` of the
    /// ``OilStatError/Kind/storage(underlying:)`` kind about `file` (so does a bare ``StorageError``); errors about
    /// the input (``OilStatError``) and others pass through unchanged.
    ///
    /// - Parameters:
    ///   - error: the error thrown by a database call.
    ///   - action: what was being done, e.g. "cannot store the import of FILE".
    ///   - file: the database file the message names.
    ///   - lockTimeout: how long the connection waited for a lock before giving up, for the message.
    public static func wrapping(_ error: any Error, action: String, file: String, lockTimeout: Double) -> any Error {
        if let storage = error as? StorageError { return OilStatError(storage: storage) }
        guard let error = error as? DatabaseError else { return error }
        let reason = reason(for: error, file: file, lockTimeout: lockTimeout)
        return OilStatError(storage: StorageError(file: file, action: action, reason: reason))
    }

    /// The words for an SQLite result code, with SQLite's own short message in parentheses.
    static func reason(for error: DatabaseError, file: String, lockTimeout: Double) -> String {
        let sqlite = error.message.map { " (\($0))" } ?? ""
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            if let cause = accessProblem(file: file) { return cause }
            return error.resultCode == .SQLITE_CANTOPEN
                ? "the file cannot be opened" + sqlite
                : "the database is read-only" + sqlite
        case .SQLITE_FULL:
            return "the disk is full" + sqlite
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            let minutes = lockTimeout >= 120 ? "\(Int(lockTimeout / 60)) minutes" : "\(Int(lockTimeout)) s"
            return "another process kept the database locked for more than \(minutes)" + sqlite
        case .SQLITE_NOTADB:
            return "the file is not an SQLite database" + sqlite
        case .SQLITE_CORRUPT:
            return "the database file is damaged" + sqlite
        case .SQLITE_IOERR:
            return "input/output error" + sqlite
        case .SQLITE_NOMEM:
            return "out of memory" + sqlite
        default:
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
    }

    /// Why the database file or the files SQLite keeps beside it (`-wal`, `-shm`) cannot be written, if that is
    /// the cause.
    static func accessProblem(file: String) -> String? {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        if access(file, F_OK) == 0 && access(file, R_OK) != 0 { return "the database file is not readable" }
        if access(file, F_OK) == 0 && access(file, W_OK) != 0 { return "the database file is read-only" }
        if access(folder, W_OK) != 0 {
            return "the folder \(folder) is not writable (the database needs its -wal and -shm files there)"
        }
        return nil
    }
}
