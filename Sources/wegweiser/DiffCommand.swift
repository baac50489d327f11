import ArgumentParser
import Foundation
import WegweiserCore

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a district, entry by entry.",
        discussion: """
            OLD and NEW are district folders (or ids of folders under ./Districts), or git revisions
            written REV:path, e.g. HEAD~1:Districts/leipzig or v2.0:Districts/leipzig, read from the
            repository of the current folder without checking anything out. Both versions are loaded
            and resolved as for 'generate', so a change in the catalogue or in a function binding shows
            as the matrix cells it changes. Entries are matched by id; reordering is no change.
            Exit codes: 0 no changes, 1 changes found, 2 usage or I/O error, or a version with errors.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, html
    }

    @Argument(help: ArgumentHelp("The earlier version: a district folder or REV:path.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later version: a district folder or REV:path.", valueName: "new"))
    var new: String

    @Option(name: .long, help: "Output format: text, markdown, json or html.")
    var format: Format = .text

    @Option(name: .long, help: "internal (with changes of personal contact data) or public (without any).")
    var edition: GenerateCommand.EditionOption = .internal

    @Option(name: .long, help: ArgumentHelp("Catalogue folder for both versions (default: each version's own _catalog, else the built-in one).", valueName: "dir"))
    var catalog: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let report: String
        let changes: DistrictChanges
        do {
            let workspace = Workspace(catalogFolder: catalog)
            if let catalog, !FileManager.default.fileExists(atPath: catalog) {
                throw CommandFailure("the catalogue folder '\(catalog)' does not exist")
            }
            let before = try DistrictVersion.load(old, workspace: workspace)
            let after = try DistrictVersion.load(new, workspace: workspace)
            let (oldDistrict, newDistrict) = (try before.resolved(), try after.resolved())
            changes = DistrictComparer.compare(
                oldDistrict, newDistrict, oldSource: before.label, newSource: after.label, edition: edition.paperEdition)
            report = try render(changes, old: oldDistrict, new: newDistrict)
        } catch let failure as CommandFailure {
            throw failure.exit()
        } catch {
            throw CommandFailure("\(error)").exit()
        }
        if let output {
            do { try AtomicFile.write(report.utf8, to: output) } catch { throw CommandFailure("\(error)").exit() }
            Terminal.standardError.write("\(ChangeText.summary(changes)); wrote \(output)\n")
        } else {
            Terminal.standardOutput.write(report)
        }
        if !changes.isEmpty { throw ExitCode(1) }
    }

    private func render(_ changes: DistrictChanges, old: ResolvedDistrict, new: ResolvedDistrict) throws -> String {
        switch format {
        case .text: TextChangeReport.render(changes, color: output == nil && Terminal.standardOutput.supportsColor)
        case .markdown: MarkdownChangeReport.render(changes)
        case .json: try JSONChangeReport.render(changes)
        case .html: try HTMLChangeReport().render(changes, old: old, new: new)
        }
    }
}

extension GenerateCommand.EditionOption {
    var paperEdition: Paper.Edition { self == .public ? .public : .internal }
}
