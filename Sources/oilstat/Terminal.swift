import Foundation

/// What the process is attached to: a terminal gets tables and colour, a pipe plain data.
enum Terminal {
    /// Whether standard output is a terminal.
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether standard error is a terminal (progress is shown only then).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Colour only on a terminal, when `NO_COLOR` is unset (https://no-color.org) and `TERM` is not `dumb`.
    static var colourAllowed: Bool {
        let environment = ProcessInfo.processInfo.environment
        return standardOutputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}
