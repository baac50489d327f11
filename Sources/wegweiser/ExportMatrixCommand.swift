import ArgumentParser
import Foundation
import WegweiserCore

struct ExportMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Export the Verantwortungsmatrix of a district as CSV.",
        discussion: """
            Semicolon-separated UTF-8 with a byte order mark and CRLF line ends, as German spreadsheet
            programs expect: a header row (Phase, Aufgabe, one column per institution, Lücke), then one
            row per task in the paper's order. A cell that starts with = + - @ or a tab is prefixed with
            an apostrophe, so that no spreadsheet runs it as a formula. The district is validated first:
            errors print as for 'validate' and exit 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
    }

    @Argument(help: "A district folder, or the id of a folder under ./Districts.")
    var district: String

    @Option(name: .long, help: "Output format: csv.")
    var format: Format = .csv

    @Option(name: .long, help: "How cells name roles: code (F, M, B, I, as in the paper) or word (federführend …).")
    var roles: MatrixCSV.RoleStyle = .code

    @Option(name: .long, help: "internal or public; the matrix holds no personal data, so both give the same rows.")
    var edition: GenerateCommand.EditionOption = .internal

    @Option(name: .long, help: ArgumentHelp("Catalogue folder (default: _catalog beside the district, else the built-in one).", valueName: "dir"))
    var catalog: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the CSV to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let checked: CheckedDistricts
        do {
            let workspace = Workspace(catalogFolder: catalog)
            let folders: [String]
            do { folders = try workspace.districtFolders([district]) } catch let failure as Workspace.Failure {
                throw CommandFailure(failure.description)
            }
            checked = try CheckedDistricts(folders: folders, workspace: workspace)
        } catch let failure as CommandFailure {
            throw failure.exit()
        }
        guard checked.passes(strict: false), let resolved = checked.reports.first?.resolved else {
            checked.printDiagnostics()
            Terminal.standardError.write(checked.summary(strict: false))
            throw ExitCode(1)
        }
        let paper = PaperBuilder(district: resolved, edition: edition.paperEdition).build()
        let bytes = MatrixCSV.render(paper.matrix, roles: roles)
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do { try AtomicFile.write(bytes, to: output) } catch { throw CommandFailure("\(error)").exit() }
        Terminal.standardError.write("wrote \(output)\n")
    }
}

extension MatrixCSV.RoleStyle: ExpressibleByArgument {}
