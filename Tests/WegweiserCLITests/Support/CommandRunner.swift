import Foundation
import Testing

/// Runs the built `wegweiser` binary as a user would and captures everything.
struct CommandResult {
    var stdout: String
    var stderr: String
    var exitCode: Int32
}

enum CommandRunner {
    /// The package root, found from this file's place.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle (the test target depends on it, so it is built).
    static var binary: URL {
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        let candidate = directory.appendingPathComponent("wegweiser")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return packageRoot.appendingPathComponent(".build/debug/wegweiser")
    }

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            exitCode: process.terminationStatus)
    }
}

/// Compares text with a golden file beside the tests; `UPDATE_GOLDEN=1` rewrites it.
enum Golden {
    static let folder = CommandRunner.packageRoot.appendingPathComponent("Tests/WegweiserCLITests/Golden")

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "differs from Golden/\(name); rerun with UPDATE_GOLDEN=1 to accept", sourceLocation: sourceLocation)
    }
}

/// A copy of one of the prepared workspaces in a temporary folder.
struct TemporaryWorkspace {
    let url: URL

    init(copying name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-cli-\(UUID().uuidString)")
        let source = CommandRunner.packageRoot.appendingPathComponent("Tests/WegweiserCLITests/Workspaces/\(name)")
        try FileManager.default.copyItem(at: source, to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
