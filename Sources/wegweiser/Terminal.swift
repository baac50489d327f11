import Foundation

/// Where messages (stderr) and data (stdout) go, and whether to colour them.
struct Terminal {
    let handle: FileHandle
    let fileDescriptor: Int32

    static let standardError = Terminal(handle: .standardError, fileDescriptor: STDERR_FILENO)
    static let standardOutput = Terminal(handle: .standardOutput, fileDescriptor: STDOUT_FILENO)

    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }

    /// Colour only on a terminal, never with NO_COLOR (no-color.org) or TERM=dumb.
    var supportsColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }
}
