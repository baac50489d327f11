import ArgumentParser
import Foundation
import WegweiserCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter district whose institutions fit the setup.",
        discussion: """
            Writes district.yaml, the own administration (landratsamt.yaml or stadtverwaltung.yaml),
            partner/*.yaml, gemeinden.yaml (Landkreis only), responsibilities.yaml, angebote.yaml and
            gremien.yaml into DIR, which must be new or empty. Every function the catalogue's tasks need
            is bound, so the matrix has no gaps; what is left to fill in is marked TODO, and
            'wegweiser validate DIR' reports each as a [placeholder] warning at its place.
            Each file starts with a yaml-language-server comment pointing at
            schema/wegweiser-district.schema.json below the current folder.
            """
    )

    @Argument(help: ArgumentHelp("The new district folder, e.g. Districts/landkreis-bautzen.", valueName: "dir"))
    var folder: String

    @Option(name: .long, help: "The district's name, e.g. \"Landkreis Bautzen\".")
    var name: String

    @Option(name: .long, help: "landkreis or kreisfreie-stadt.")
    var kind: DistrictKind

    @Option(name: .long, help: "ge (gemeinsame Einrichtung, § 44b SGB II) or zkt (Optionskommune, § 6a SGB II).")
    var jobcenterModel: JobcenterModel

    @Option(name: .long, help: "The district id; it must equal the folder's name, which is the default.")
    var id: String?

    @Option(name: .long, help: "The Land, free text.")
    var state: String = "Sachsen"

    func validate() throws {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--name must not be empty") }
        let districtID = id ?? Self.lastComponent(folder)
        if let id, id != Self.lastComponent(folder) {
            throw ValidationError(
                "--id '\(id)' differs from the folder name '\(Self.lastComponent(folder))'; a district's id is the name of its folder (format.md), so name the folder '\(id)'")
        }
        guard StarterDistrict.isValidID(districtID) else {
            throw ValidationError(
                "'\(districtID)' is not a valid district id (lower-case kebab case, at most 64 characters, e.g. landkreis-bautzen)"
                    + (id == nil ? "; name the folder so, or give --id" : ""))
        }
    }

    func run() throws {
        let district = StarterDistrict(
            id: id ?? Self.lastComponent(folder), name: name, state: state.isEmpty ? nil : state, kind: kind,
            jobcenterModel: jobcenterModel,
            schemaPath: Self.relativePath(from: folder, to: FileSchema.district.committedPath))
        let written: [String]
        do { written = try StarterWriter.write(district, to: folder) } catch let failure as StarterWriter.Failure {
            throw CommandFailure(failure.description).exit()
        }
        Terminal.standardError.write("wrote \(folder): \(written.joined(separator: ", "))\n")
        Terminal.standardError.write("next: replace every TODO; 'wegweiser validate \(folder)' lists them\n")
    }

    static func lastComponent(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
    }

    /// `target` (relative to the current folder) as seen from inside `folder`.
    static func relativePath(from folder: String, to target: String) -> String {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.pathComponents
        let from = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        let common = zip(from, current).prefix { $0 == $1 }.count
        let up = Array(repeating: "..", count: from.count - common)
        return (up + current.dropFirst(common) + [target]).joined(separator: "/")
    }
}

extension DistrictKind: ExpressibleByArgument {}
extension JobcenterModel: ExpressibleByArgument {}
