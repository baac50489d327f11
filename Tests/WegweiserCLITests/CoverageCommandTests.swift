import Foundation
import Testing

/// `wegweiser coverage` on Workspaces/coverage: lueckenkreis has an entry of
/// every kind (and person blocks), vollkreis lacks nothing.
@Suite struct CoverageCommandTests {
    static let workspace = CommandRunner.packageRoot.appendingPathComponent("Tests/WegweiserCLITests/Workspaces/coverage")
    /// Values of the `person` blocks in lueckenkreis.
    static let personValues = ["Erika Beispiel", "erika.beispiel@kreis-luecke.example", "725-1234", "Max Mustermann", "800-4711"]

    static func coverage(_ arguments: [String], in folder: URL = workspace) throws -> CommandResult {
        try CommandRunner.run(["coverage"] + arguments, in: folder)
    }

    @Test(arguments: [("text", "coverage-text.txt"), ("json", "coverage-json.json")])
    func everyKindOfEntryInEachFormat(format: String, golden: String) throws {
        let result = try Self.coverage(["--format", format])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try Golden.check(result.stdout, golden)
    }

    @Test(arguments: ["text", "json"])
    func contactsAreNamedWithoutPersonalData(format: String) throws {
        let result = try Self.coverage(["lueckenkreis", "--format", format])
        #expect(result.stdout.contains("Sachgebietsleitung"))
        for value in Self.personValues {
            #expect(!result.stdout.contains(value), "the \(format) coverage shows the personal value '\(value)'")
        }
    }

    @Test func gapsFailOnlyWhenAskedTo() throws {
        #expect(try Self.coverage(["lueckenkreis"]).exitCode == 0)
        let failing = try Self.coverage(["lueckenkreis", "--fail-on-gaps"])
        #expect(failing.exitCode == 1)
        #expect(failing.stdout.contains("Aufgaben ohne federführende Stelle     1"))
        #expect(try Self.coverage(["vollkreis", "--fail-on-gaps"]).exitCode == 0)
    }

    @Test func aDistrictWithErrorsIsReportedNotCovered() throws {
        let mixed = CommandRunner.packageRoot.appendingPathComponent("Tests/WegweiserCLITests/Workspaces/mixed")
        let result = try Self.coverage(["fehlerkreis", "gutkreis"], in: mixed)
        #expect(result.exitCode == 1)
        #expect(result.stdout.hasPrefix("Landkreis Test · Version 1.0 · Stand 01.03.2026 (gutkreis)\n"))
        #expect(!result.stdout.contains("fehlerkreis"))
        #expect(result.stderr.contains("fehlerkreis/partner/agentur.yaml:7:7: error: unknown institution or function 'jobcentre' (did you mean 'jobcenter'?) [unknown-reference]"))
        #expect(!result.stderr.contains("warning:"), "the figures show the warnings")
        #expect(result.stderr.hasSuffix("fehlerkreis: no coverage (2 errors); run 'wegweiser validate'\n"))
        let json = try Self.coverage(["fehlerkreis", "--format", "json"], in: mixed)
        #expect(json.exitCode == 1)
        #expect(json.stdout == "{\n  \"districts\" : [\n\n  ],\n  \"format\" : \"wegweiser-coverage\",\n  \"formatVersion\" : 1\n}\n")
    }

    @Test func usageErrorsExitWith2() throws {
        let unknown = try Self.coverage(["nirgendkreis"])
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr.hasPrefix("error: "))
        #expect(unknown.stdout.isEmpty)
        let format = try Self.coverage(["--format", "xml"])
        #expect(format.exitCode == 2)
        #expect(format.stderr.contains("'xml'"))
    }
}
