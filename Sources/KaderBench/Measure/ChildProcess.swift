import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How a finished child process went: wall time, peak memory, exit status.
public struct ChildRun: Sendable {
    public let seconds: Double
    /// The child's peak resident memory (getrusage's ru_maxrss), in MB.
    public let peakRSSMB: Double
    public let exitStatus: Int32
}

/// Starts programs with posix_spawn, their output going to a file (never a pipe that
/// could fill up and stall them), and measures them with wait4.
public struct ChildProcess: Sendable {
    public let pid: pid_t
    let started: ContinuousClock.Instant

    /// Starts `executable` with `arguments`; stdout and stderr are appended to `log`.
    public static func start(
        _ executable: String, _ arguments: [String], log: String, environment: [String: String] = [:]
    )
        throws -> ChildProcess
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let started = ContinuousClock.now
        let result = posix_spawnp(&pid, executable, &actions, nil, argv, envp)
        guard result == 0 else {
            throw BenchError("kan \(executable) niet starten (cannot start): \(String(cString: strerror(result)))")
        }
        return ChildProcess(pid: pid, started: started)
    }

    /// Runs a program to its end.
    public static func run(
        _ executable: String, _ arguments: [String], log: String, environment: [String: String] = [:]
    )
        throws -> ChildRun
    {
        try start(executable, arguments, log: log, environment: environment).wait()
    }

    /// Waits for the end and measures it.
    public func wait() -> ChildRun {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let took = ContinuousClock.now - started
        let seconds = Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
        // Exited normally: the status; killed by a signal: 128 + the signal, as shells say.
        let exit = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ChildRun(seconds: seconds, peakRSSMB: Double(usage.ru_maxrss) / 1024, exitStatus: exit)
    }

    /// Asks the process to stop (SIGTERM) and, after `grace` seconds, makes it (SIGKILL).
    @discardableResult
    public func stop(grace: Double = 5) -> ChildRun {
        kill(pid, SIGTERM)
        let deadline = ContinuousClock.now + .milliseconds(Int(grace * 1000))
        var status: Int32 = 0
        var usage = rusage()
        while ContinuousClock.now < deadline {
            if wait4(pid, &status, WNOHANG, &usage) == pid {
                return ChildRun(seconds: 0, peakRSSMB: Double(usage.ru_maxrss) / 1024, exitStatus: status)
            }
            usleep(20_000)
        }
        kill(pid, SIGKILL)
        return wait()
    }
}
