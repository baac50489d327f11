import Foundation
import Testing

/// `wegweiser init`: a starter district for each setup that validates, with
/// a `placeholder` warning at every place left to fill in.
@Suite struct InitCommandTests {
    struct Setup: CustomStringConvertible {
        var id: String
        var arguments: [String]
        var description: String { id }
    }

    static let setups = [
        Setup(id: "landkreis-bautzen", arguments: ["init", "Districts/landkreis-bautzen", "--name", "Landkreis Bautzen", "--kind", "landkreis", "--jobcenter-model", "zkt"]),
        Setup(id: "landkreis-mittelsachsen", arguments: ["init", "Districts/landkreis-mittelsachsen", "--name", "Landkreis Mittelsachsen", "--kind", "landkreis", "--jobcenter-model", "ge"]),
        Setup(id: "dresden", arguments: ["init", "Districts/dresden", "--name", "Dresden", "--kind", "kreisfreie-stadt", "--jobcenter-model", "ge"]),
        Setup(id: "jena", arguments: ["init", "Districts/jena", "--id", "jena", "--name", "Stadt Jena", "--state", "Thüringen", "--kind", "kreisfreie-stadt", "--jobcenter-model", "zkt"]),
    ]

    /// A fresh folder to run commands in.
    static func workspace(at url: URL? = nil) throws -> URL {
        let folder = url ?? FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Every file of a folder as "==> path <==" and its text, in sorted order.
    static func listing(of folder: URL) throws -> String {
        let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        return try paths.map { "==> \($0) <==\n" + (try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
            .joined(separator: "\n")
    }

    @Test(arguments: setups)
    func theStarterDistrictValidatesWithPlaceholderWarningsOnly(_ setup: Setup) throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try CommandRunner.run(setup.arguments, in: folder)
        #expect(written.exitCode == 0, "\(written.stderr)")
        #expect(written.stdout == "")
        let districtFolder = setup.arguments[1]
        #expect(written.stderr.hasSuffix("next: replace every TODO; 'wegweiser validate \(districtFolder)' lists them\n"))

        let checked = try CommandRunner.run(["validate", districtFolder], in: folder)
        #expect(checked.exitCode == 0, "\(checked.stderr)")
        let findings = checked.stderr.split(separator: "\n").filter { $0.hasPrefix("Districts/") }
        #expect(findings.count >= 15)
        for finding in findings {
            #expect(finding.contains(": warning: ") && finding.hasSuffix("[placeholder]"), "\(finding)")
        }
        // Strict mode fails until every placeholder is filled in.
        #expect(try CommandRunner.run(["validate", "--strict", districtFolder], in: folder).exitCode == 1)
    }

    @Test(arguments: [setups[0], setups[2]])
    func theFilesAndTheirWarnings(_ setup: Setup) throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CommandRunner.run(setup.arguments, in: folder)
        try Golden.check(try Self.listing(of: folder.appendingPathComponent(setup.arguments[1])), "init-\(setup.id).txt")
        let checked = try CommandRunner.run(["validate", setup.arguments[1]], in: folder)
        try Golden.check(checked.stderr, "init-\(setup.id)-validate.txt")
    }

    @Test func theSchemaCommentPointsAtTheSchemaBelowTheCurrentFolder() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CommandRunner.run(Self.setups[1].arguments, in: folder)
        let district = folder.appendingPathComponent("Districts/landkreis-mittelsachsen")
        let top = try String(contentsOf: district.appendingPathComponent("district.yaml"), encoding: .utf8)
        let partner = try String(contentsOf: district.appendingPathComponent("partner/jobcenter.yaml"), encoding: .utf8)
        #expect(top.hasPrefix("# yaml-language-server: $schema=../../schema/wegweiser-district.schema.json\n"))
        #expect(partner.hasPrefix("# yaml-language-server: $schema=../../../schema/wegweiser-district.schema.json\n"))
        #expect(partner.contains("    carriers: [agentur, landratsamt]\n"))
    }

    @Test func anEmptyFolderIsFilledAndANonEmptyOneRefused() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("Districts/landkreis-bautzen")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        #expect(try CommandRunner.run(Self.setups[0].arguments, in: folder).exitCode == 0)

        let again = try CommandRunner.run(Self.setups[0].arguments, in: folder)
        #expect(again.exitCode == 2)
        #expect(again.stderr == "error: the folder 'Districts/landkreis-bautzen' is not empty; 'wegweiser init' writes only into a new or empty folder\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Districts").path)
        #expect(leftovers == ["landkreis-bautzen"], "no temporary folder is left behind")
    }

    /// `mkdir landkreis-bautzen && cd landkreis-bautzen && wegweiser init .`:
    /// the folder stays (it is the shell's current folder) and gets the files
    /// `init` writes elsewhere, with nothing temporary left in it.
    @Test func theCurrentFolderCanBeFilled() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let elsewhere = folder.appendingPathComponent("Districts/landkreis-bautzen")
        _ = try CommandRunner.run(Self.setups[0].arguments, in: folder)
        let here = folder.appendingPathComponent("here/landkreis-bautzen")
        try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
        let inode = try FileManager.default.attributesOfItem(atPath: here.path)[.systemFileNumber] as? Int
        let arguments = ["init", ".", "--name", "Landkreis Bautzen", "--kind", "landkreis", "--jobcenter-model", "zkt"]
        let result = try CommandRunner.run(arguments, in: here)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: here.path)[.systemFileNumber] as? Int == inode)
        // The same files, but for the schema comment, which points from another place.
        func withoutSchemaComments(_ listing: String) -> String {
            listing.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("# yaml-language-server:") }.joined(separator: "\n")
        }
        #expect(withoutSchemaComments(try Self.listing(of: here)) == withoutSchemaComments(try Self.listing(of: elsewhere)))
        #expect(try CommandRunner.run(["validate", "."], in: here).exitCode == 0)
    }

    @Test func badArgumentsExitWithTwo() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let badFolder = try CommandRunner.run(
            ["init", "Districts/Landkreis_Bautzen", "--name", "Landkreis Bautzen", "--kind", "landkreis", "--jobcenter-model", "zkt"], in: folder)
        #expect(badFolder.exitCode == 2)
        #expect(badFolder.stderr.hasPrefix(
            "Error: 'Landkreis_Bautzen' is not a valid district id (lower-case kebab case, at most 64 characters, e.g. landkreis-bautzen); name the folder so, or give --id"))
        let otherID = try CommandRunner.run(
            ["init", "Districts/stadt-jena", "--id", "jena", "--name", "Stadt Jena", "--kind", "kreisfreie-stadt", "--jobcenter-model", "zkt"], in: folder)
        #expect(otherID.exitCode == 2)
        #expect(otherID.stderr.hasPrefix("Error: --id 'jena' differs from the folder name 'stadt-jena'; a district's id is the name of its folder"))
        let badKind = try CommandRunner.run(
            ["init", "Districts/bautzen", "--name", "Bautzen", "--kind", "kreis", "--jobcenter-model", "zkt"], in: folder)
        #expect(badKind.exitCode == 2)
        #expect(badKind.stderr.contains("'kreis' is invalid for '--kind <kind>'"), "\(badKind.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Districts").path))
    }
}
