import Foundation
import Testing

/// One tab of headless Chromium, driven through `cdp_driver.py` (the Chrome
/// DevTools Protocol over a pipe): navigate, evaluate, wait for a condition.
final class HeadlessChromium {
    static let binary = "/usr/bin/chromium"
    static let python = "/usr/bin/python3"
    private static let driver = CommandRunner.packageRoot.appendingPathComponent("Tests/WegweiserCLITests/Support/cdp_driver.py")

    private let process: BackgroundProcess
    private var nextID = 0

    /// Fails (never skips) when Chromium is missing: CI installs it with scripts/ensure-packages.sh.
    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw Failure("Chromium is not installed at \(Self.binary): run scripts/ensure-packages.sh (Debian package 'chromium')")
        }
        guard FileManager.default.isExecutableFile(atPath: Self.python) else { throw Failure("\(Self.python) is missing") }
        process = try BackgroundProcess(
            URL(fileURLWithPath: Self.python), [Self.driver.path, Self.binary], in: FileManager.default.temporaryDirectory)
        _ = try reply(to: 0, timeout: .seconds(60))
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    func navigate(to url: String) throws {
        _ = try send(["cmd": "navigate", "url": url])
    }

    func evaluate(_ expression: String) throws -> Any? {
        try send(["cmd": "evaluate", "expression": expression])
    }

    /// Evaluates `expression` in the page until it is truthy (across reloads) and returns its value.
    @discardableResult
    func waitFor(_ expression: String, timeout: Int = 60) throws -> Any? {
        try send(["cmd": "wait_for", "expression": expression, "timeout": timeout], timeout: .seconds(timeout + 30))
    }

    func close() { process.stop() }

    private func send(_ command: [String: Any], timeout: Duration = .seconds(60)) throws -> Any? {
        nextID += 1
        var command = command
        command["id"] = nextID
        let line = try JSONSerialization.data(withJSONObject: command)
        process.write(String(decoding: line, as: UTF8.self) + "\n")
        return try reply(to: nextID, timeout: timeout)
    }

    private func reply(to id: Int, timeout: Duration) throws -> Any? {
        let found = process.wait(timeout: timeout) { () -> [String: Any]? in
            for line in process.standardOutput.split(separator: "\n") {
                if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    object["id"] as? Int == id
                {
                    return object
                }
            }
            return nil
        }
        guard let found else {
            throw Failure("no answer from the Chromium driver within \(timeout); its errors: \(process.standardError)")
        }
        guard found["ok"] as? Bool == true else { throw Failure("Chromium driver: \(found["error"] ?? "failed")") }
        return found["value"]
    }
}
