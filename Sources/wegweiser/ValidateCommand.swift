import ArgumentParser
import WegweiserCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Load and check districts; report every problem of every file in one run.",
        discussion: """
            Exit codes: 0 no errors (with --strict: no warnings either), 1 problems found,
            2 usage or I/O error. Messages go to stderr; --format json and github write to stdout.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github
    }

    @OptionGroup var options: DistrictOptions

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Option(name: .long, help: "Output format: text, json or github.")
    var format: Format = .text

    func run() throws {
        let folders: [String]
        do { folders = try options.folders() } catch let failure as CommandFailure { throw failure.exit() }
        let checked: CheckedDistricts
        do { checked = try CheckedDistricts(folders: folders, workspace: options.workspace) } catch let failure as CommandFailure {
            throw failure.exit()
        }
        switch format {
        case .text:
            checked.printDiagnostics()
            Terminal.standardError.write(checked.summary(strict: strict))
        case .json:
            Terminal.standardOutput.write(
                JSONFormatter.format(reports: checked.reports, catalogDiagnostics: checked.catalogDiagnostics, strict: strict))
        case .github:
            for diagnostic in checked.allDiagnostics { Terminal.standardOutput.write(GitHubFormatter.format(diagnostic)) }
            Terminal.standardError.write(checked.summary(strict: strict))
        }
        if !checked.passes(strict: strict) { throw ExitCode(1) }
    }
}
