import Foundation

/// Runs the built `oilstat` as a user's shell would start it (default signal actions, nothing blocked: a test
/// runner's own mask is not inherited), with a time bound (a hang ends in SIGKILL and `timedOut`, not a stalled
/// suite), optional standard input, and its process id for signal tests.
struct BoundedCommand {
    /// What a run printed and how it ended.
    struct Outcome {
        var output: String
        var errorOutput: String
        /// The exit status, or the signal number when `endedBySignal`.
        var status: Int32
        var endedBySignal: Bool
        var timedOut: Bool
        var seconds: Double
    }

    /// The running process.
    let pid: pid_t
    private let outputFile: URL
    private let errorFile: URL
    private let started = Date()

    /// Starts `oilstat arguments...` with a fresh database, the repository's Data folder and `environment`;
    /// `input` is written to its standard input (which is otherwise empty).
    init(_ arguments: [String], environment extra: [String: String] = [:], input: Data? = nil) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("oilstat-bounded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        outputFile = folder.appendingPathComponent("stdout")
        errorFile = folder.appendingPathComponent("stderr")
        var environment = ProcessInfo.processInfo.environment
        environment["OILSTAT_DATABASE"] = folder.appendingPathComponent("test.sqlite").path
        environment["OILSTAT_DATA"] = CommandRunner.repository.appendingPathComponent("Data").path
        for (key, value) in extra { environment[key] = value }

        var stdin: [Int32] = [0, 0]
        guard pipe(&stdin) == 0 else { throw SpawnFailed(code: errno) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin[0], 0)
        posix_spawn_file_actions_addclose(&actions, stdin[1])
        posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([CommandRunner.binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var child: pid_t = 0
        let code = posix_spawn(&child, CommandRunner.binary.path, &actions, &attributes, argv, envp)
        close(stdin[0])
        guard code == 0 else {
            close(stdin[1])
            throw SpawnFailed(code: code)
        }
        pid = child
        let writer = stdin[1]
        if let input {
            // Small inputs only: they fit the pipe, so the write never meets a reader that has gone.
            Thread.detachNewThread {
                _ = input.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
                close(writer)
            }
        } else {
            close(writer)
        }
    }

    struct SpawnFailed: Error { var code: Int32 }

    /// Runs to the end, or kills the process after `seconds`.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], input: Data? = nil,
        within seconds: Double = 20
    ) throws -> Outcome {
        try BoundedCommand(arguments, environment: environment, input: input).wait(within: seconds)
    }

    /// Waits for the end, killing the process (SIGKILL) after `seconds`.
    func wait(within seconds: Double) throws -> Outcome {
        let deadline = started.addingTimeInterval(seconds)
        var timedOut = false
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline && !timedOut {
                kill(pid, SIGKILL)
                timedOut = true
            }
            usleep(2000)
        }
        let signal = status & 0x7F
        return Outcome(
            output: try String(contentsOf: outputFile, encoding: .utf8),
            errorOutput: try String(contentsOf: errorFile, encoding: .utf8),
            status: signal != 0 ? signal : (status >> 8) & 0xFF, endedBySignal: signal != 0,
            timedOut: timedOut, seconds: Date().timeIntervalSince(started))
    }

    /// The descriptors the running process has open on files under `folder` (from `/proc/PID/fd`).
    func openFiles(under folder: String) -> [String] {
        let fds = "/proc/\(pid)/fd"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fds)) ?? []
        return names.compactMap { name in
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "\(fds)/\(name)"),
                target.hasPrefix(folder + "/")
            else { return nil }
            return "\(fds)/\(name)"
        }
    }
}
