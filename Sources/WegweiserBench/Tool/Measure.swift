#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Runs a program as a child process and reads its cost from `wait4`: wall
/// time around spawn and wait, peak resident memory (`ru_maxrss`; it includes
/// the children the program waited for, such as Graphviz `dot`).
enum Measure {
    struct Sample {
        var seconds: Double
        var peakBytes: Int
        /// Why the program failed (its exit status and last message), if it did.
        var failure: String?
        var runs = 1
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// One run; stdout and stderr go to files in `logFolder`. A program that fails
    /// is a result (`failure`), not an error: the table shows it.
    static func run(
        _ executable: String, _ arguments: [String], in directory: String, logFolder: String, label: String,
        environment extra: [String: String] = [:]
    ) throws -> Sample {
        let out = logFolder + "/" + label + ".stdout"
        let err = logFolder + "/" + label + ".stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.keys.sorted().map { strdup("\($0)=\(environment[$0]!)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }

        // The child starts in the parent's folder (glibc's addchdir is not visible to Swift).
        let previous = FileManager.default.currentDirectoryPath
        guard FileManager.default.changeCurrentDirectoryPath(directory) else {
            throw Failure(description: "cannot change to '\(directory)'")
        }
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(description: "wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18

        let signal = status & 0x7f
        let exitCode = (status >> 8) & 0xff
        var failure: String?
        if signal != 0 || exitCode != 0 {
            let messages = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
            let lines = messages.split(separator: "\n").filter { $0.contains("error") }
            let reason = lines.first.map(String.init) ?? String(messages.suffix(400))
            failure = (signal != 0 ? "killed by signal \(signal)" : "exit status \(exitCode)") + (reason.isEmpty ? "" : ": " + reason)
        }
        // Linux reports ru_maxrss in KiB (macOS in bytes).
        #if os(Linux)
            let peak = Int(usage.ru_maxrss) * 1024
        #else
            let peak = Int(usage.ru_maxrss)
        #endif
        return Sample(seconds: seconds, peakBytes: peak, failure: failure)
    }

    /// The best (shortest) wall time of `times` runs and the highest peak memory of all.
    /// A run that fails, or that takes longer than a minute, is not repeated.
    static func best(
        times: Int, _ executable: String, _ arguments: [String], in directory: String, logFolder: String, label: String,
        environment: [String: String] = [:]
    ) throws -> Sample {
        var best = Sample(seconds: .infinity, peakBytes: 0, runs: 0)
        for _ in 0..<max(1, times) {
            let sample = try run(
                executable, arguments, in: directory, logFolder: logFolder, label: label, environment: environment)
            best.seconds = min(best.seconds, sample.seconds)
            best.peakBytes = max(best.peakBytes, sample.peakBytes)
            best.failure = best.failure ?? sample.failure
            best.runs += 1
            if sample.failure != nil || sample.seconds > 60 { break }
        }
        return best
    }
}
