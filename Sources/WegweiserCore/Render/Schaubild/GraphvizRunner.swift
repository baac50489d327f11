import Foundation

/// Runs the system's Graphviz `dot` on a DOT source, bounded in time.
///
/// Graphviz 2.43 can run for minutes or fail on dense clustered graphs, so
/// every run has a deadline after which the process is killed. The DOT is
/// handed over in a temporary file (not through stdin: a `dot` that exits
/// early would otherwise kill this process with SIGPIPE), and stdout and
/// stderr are read concurrently so a large output cannot block the child.
/// The executable is started directly with an arguments array, never
/// through a shell.
struct GraphvizRunner: Sendable {
    /// What one run of `dot` produced.
    enum Outcome: Sendable, Equatable {
        /// Exit status 0 and nothing on stderr.
        case success(output: String)
        /// A non-zero exit status or any message on stderr (Graphviz only
        /// warns on many problems and still exits 0).
        case failed(status: Int32, output: String, messages: String)
        /// Killed after the deadline.
        case timedOut
        /// Ended by a signal from elsewhere (the OOM killer, say): says nothing
        /// about the layout, so it is not kept in the layout cache.
        case killed(signal: Int32)
        /// The executable could not be started.
        case notStarted(String)
    }

    /// The `dot` executable.
    var executable: String

    /// The first executable `dot` on the `PATH` of `environment`.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> GraphvizRunner? {
        let path = environment["PATH"] ?? ""
        for directory in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = String(directory) + (directory.hasSuffix("/") ? "dot" : "/dot")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return GraphvizRunner(executable: candidate)
            }
        }
        return nil
    }

    /// Lays out `source` and writes it in `format` (`svg`, `canon`, `png` …).
    func run(_ source: String, format: String = "svg", timeout: Duration) -> Outcome {
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("wegweiser-schaubild-\(UUID().uuidString).dot")
        do {
            try Data(source.utf8).write(to: input)
        } catch {
            return .notStarted("could not write a temporary file: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: input) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T" + format, input.path]
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .notStarted("could not start '\(executable)': \(error.localizedDescription)")
        }

        let collected = CollectedOutput()
        let readers = DispatchGroup()
        let outputHandle = output.fileHandleForReading
        let errorHandle = errors.fileHandleForReading
        DispatchQueue.global().async(group: readers) { collected.setOutput(outputHandle.readDataToEndOfFile()) }
        DispatchQueue.global().async(group: readers) { collected.setMessages(errorHandle.readDataToEndOfFile()) }

        if finished.wait(timeout: .now() + Self.dispatchInterval(timeout)) == .timedOut {
            // SIGKILL, not SIGTERM: `dot` has nothing to clean up, and a child
            // started from a thread that blocks SIGTERM would not stop.
            kill(process.processIdentifier, SIGKILL)
            _ = finished.wait(timeout: .now() + .seconds(5))
            // A child of the stopped process could keep the pipes open; do not wait for it long.
            _ = readers.wait(timeout: .now() + .seconds(2))
            return .timedOut
        }
        readers.wait()
        let (out, messages) = collected.values
        let text = String(decoding: out, as: UTF8.self)
        let messageText = String(decoding: messages, as: UTF8.self)
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal { return .killed(signal: status) }
        if status == 0, messageText.isEmpty { return .success(output: text) }
        return .failed(status: status, output: text, messages: messageText)
    }

    /// A `Duration` as a Dispatch interval (at least one nanosecond).
    static func dispatchInterval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        let nanoseconds = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !nanoseconds.overflow, seconds < Int64(Int.max / 1_000_000_000) else { return .seconds(Int.max / 2) }
        let total = max(nanoseconds.partialValue + attoseconds / 1_000_000_000, 1)
        return .nanoseconds(Int(clamping: total))
    }
}

/// The bytes read from the child's pipes by two reader threads.
private final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var output = Data()
    private var messages = Data()

    func setOutput(_ data: Data) { lock.withLock { output = data } }
    func setMessages(_ data: Data) { lock.withLock { messages = data } }
    var values: (Data, Data) { lock.withLock { (output, messages) } }
}
