import ArgumentParser

/// Exports of parts of the paper for other programs; `matrix` is the first.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export part of a district's paper for other programs.",
        subcommands: [ExportMatrixCommand.self]
    )
}
