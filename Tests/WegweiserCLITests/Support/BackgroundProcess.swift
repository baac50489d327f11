import Foundation

/// A process that keeps running while a test talks to it (`wegweiser serve`,
/// the Chromium driver), its output collected as it comes. Stopped for sure
/// when the test ends: call `stop()` in a `defer`.
final class BackgroundProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var collectedOutput = Data()
    private var collectedError = Data()
    private let input = Pipe()

    init(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.merge(environment) { _, new in new }
        process.environment = env
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil } else { self?.append(data, toError: false) }
        }
        error.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil } else { self?.append(data, toError: true) }
        }
        try process.run()
    }

    private func append(_ data: Data, toError: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if toError { collectedError.append(data) } else { collectedOutput.append(data) }
    }

    var standardOutput: String { lock.withLock { String(decoding: collectedOutput, as: UTF8.self) } }
    var standardError: String { lock.withLock { String(decoding: collectedError, as: UTF8.self) } }

    func write(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Polls until `condition` holds or `timeout` passes; the last value is returned either way.
    @discardableResult
    func wait<T>(timeout: Duration, for value: () -> T?) -> T? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let found = value() { return found }
            if !process.isRunning { return value() }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return value()
    }

    /// Sends a signal and waits for the exit; nil if it did not exit in time.
    func terminate(_ signal: Int32 = SIGTERM, timeout: Duration = .seconds(20)) -> Int32? {
        if process.isRunning { kill(process.processIdentifier, signal) }
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Kills the process if it still runs.
    func stop() {
        try? input.fileHandleForWriting.close()
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
