import ArgumentParser
import WegweiserCore

/// The options every command that reads districts shares.
struct DistrictOptions: ParsableArguments {
    @Argument(help: "District folders, or ids of folders under ./Districts (default: all of them).")
    var districts: [String] = []

    @Option(name: .long, help: ArgumentHelp("Catalogue folder (default: _catalog beside the district, else the built-in one).", valueName: "dir"))
    var catalog: String?

    var workspace: Workspace { Workspace(catalogFolder: catalog) }

    /// The district folders, or exit 2 with a message.
    func folders() throws -> [String] {
        do {
            return try workspace.districtFolders(districts)
        } catch let failure as Workspace.Failure {
            throw CommandFailure(failure.description)
        }
    }
}

/// A usage or I/O error: printed as "error: …" and exit code 2.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension CommandFailure {
    /// Prints the message and exits with 2.
    func exit() -> ExitCode {
        Terminal.standardError.write("error: \(description)\n")
        return ExitCode(2)
    }
}
