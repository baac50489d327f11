import WegweiserCore
import ArgumentParser
import Foundation

@main
struct Wegweiser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wegweiser",
        abstract: "Turns district definitions into a Schnittstellenpapier (Integrationswegweiser).",
        discussion: """
            With no DISTRICT argument a command works on every district under ./Districts.
            Exit codes: 0 success (diff: no changes), 1 problems found (diff: changes), 2 usage or I/O error.
            """,
        version: WegweiserVersion.current,
        subcommands: [ValidateCommand.self, GenerateCommand.self, DiffCommand.self, CoverageCommand.self, ServeCommand.self, InitCommand.self, SchemaCommand.self, ExportCommand.self]
    )

    /// ArgumentParser exits with 64 on usage errors; wegweiser promises 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            Terminal.standardError.write(fullMessage(for: error) + "\n")
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
