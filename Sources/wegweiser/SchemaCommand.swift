import ArgumentParser
import WegweiserCore

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of district or catalogue files, for editors.",
        discussion: """
            Draft 2020-12, derived from the keys wegweiser reads. Editors take one schema per file:
            --for district (default) describes district.yaml and every contribution of a district folder,
            --for catalog the files of the catalogue folder. The district schema lists the phases, target
            groups and functions of the catalogue (--catalog DIR, default: the built-in one). The schemas
            for the built-in catalogue are committed as schema/wegweiser-district.schema.json and
            schema/wegweiser-catalog.schema.json.
            """
    )

    @Option(name: .customLong("for"), help: "Which files the schema describes: district or catalog.")
    var files: FileSchema = .district

    @Option(name: .long, help: ArgumentHelp("Catalogue folder whose vocabulary the district schema lists (default: the built-in one).", valueName: "dir"))
    var catalog: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the schema to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        if let catalog, !Workspace.isDirectory(catalog) {
            throw CommandFailure("the catalogue folder '\(catalog)' does not exist").exit()
        }
        let (loaded, diagnostics) = Workspace(catalogFolder: catalog).loadCatalog(catalog)
        if diagnostics.contains(where: { $0.severity == .error }) {
            CheckedDistricts.print(diagnostics)
            Terminal.standardError.write("error: the catalogue has errors; run 'wegweiser validate' after fixing them\n")
            throw ExitCode(1)
        }
        let text = files.document(catalog: loaded).prettyPrinted()
        guard let output else {
            Terminal.standardOutput.write(text)
            return
        }
        do { try AtomicFile.write(text.utf8, to: output) } catch { throw CommandFailure("\(error)").exit() }
    }
}

extension FileSchema: ExpressibleByArgument {}
