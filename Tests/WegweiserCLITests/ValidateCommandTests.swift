import Foundation
import Testing

/// `wegweiser validate` as a user runs it: exact output, exact exit codes.
@Suite struct ValidateCommandTests {
    func inMixedWorkspace(_ arguments: [String]) throws -> CommandResult {
        let workspace = try TemporaryWorkspace(copying: "mixed")
        defer { workspace.remove() }
        return try CommandRunner.run(arguments, in: workspace.url)
    }

    @Test func textReportsEveryProblemOfEveryDistrictOnStderr() throws {
        let result = try inMixedWorkspace(["validate"])
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        try Golden.check(result.stderr, "validate-text.txt")
    }

    /// `cd Districts/gutkreis && wegweiser validate .` (and `..` from below):
    /// the folder's own name is the district's id, the catalogue is found beside it.
    @Test func theCurrentFolderAsTheDistrict() throws {
        let workspace = try TemporaryWorkspace(copying: "mixed")
        defer { workspace.remove() }
        let district = workspace.url.appendingPathComponent("Districts/gutkreis")
        let here = try CommandRunner.run(["validate", "."], in: district)
        #expect(here.exitCode == 0, "\(here.stderr)")
        #expect(here.stderr == "gutkreis: no problems\n1 district checked: no problems — passed\n")
        let below = district.appendingPathComponent("unten")
        try FileManager.default.createDirectory(at: below, withIntermediateDirectories: true)
        #expect(try CommandRunner.run(["validate", ".."], in: below).stderr == here.stderr)
    }

    @Test func jsonGoesToStdout() throws {
        let result = try inMixedWorkspace(["validate", "--format", "json"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "")
        try Golden.check(result.stdout, "validate-json.json")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let summary = try #require(parsed?["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 2)
        #expect(summary["warnings"] as? Int == 3)
        #expect(summary["passed"] as? Bool == false)
    }

    @Test func githubAnnotationsGoToStdout() throws {
        let result = try inMixedWorkspace(["validate", "--format", "github"])
        #expect(result.exitCode == 1)
        try Golden.check(result.stdout, "validate-github.txt")
        #expect(result.stderr.hasSuffix("3 districts checked: 2 errors and 3 warnings — failed\n"))
    }

    @Test func aValidDistrictPasses() throws {
        let result = try inMixedWorkspace(["validate", "gutkreis"])
        #expect(result.exitCode == 0)
        #expect(result.stderr == "gutkreis: no problems\n1 district checked: no problems — passed\n")
    }

    @Test func aDistrictCanBeNamedByItsFolder() throws {
        let result = try inMixedWorkspace(["validate", "Districts/gutkreis/"])
        #expect(result.exitCode == 0)
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        let lenient = try inMixedWorkspace(["validate", "warnkreis"])
        #expect(lenient.exitCode == 0)
        #expect(lenient.stderr.hasSuffix("1 district checked: 1 warning — passed\n"))
        let strict = try inMixedWorkspace(["validate", "--strict", "warnkreis"])
        #expect(strict.exitCode == 1)
        #expect(strict.stderr.hasSuffix("1 district checked: 1 warning — failed (strict)\n"))
        let json = try inMixedWorkspace(["validate", "--strict", "--format", "json", "warnkreis"])
        #expect(json.exitCode == 1)
        #expect(json.stdout.contains("\"passed\" : false"))
    }

    @Test func anUnknownDistrictIsAUsageErrorWithASuggestion() throws {
        let result = try inMixedWorkspace(["validate", "gutkreiss"])
        #expect(result.exitCode == 2)
        #expect(result.stderr == "error: no district folder 'gutkreiss' (did you mean 'gutkreis'?)\n")
    }

    @Test func aMissingCatalogueFolderIsAnIOError() throws {
        let result = try inMixedWorkspace(["validate", "--catalog", "nowhere"])
        #expect(result.exitCode == 2)
        #expect(result.stderr == "error: the catalogue folder 'nowhere' does not exist\n")
    }

    @Test func badOptionsExitWithTwo() throws {
        let unknownFormat = try inMixedWorkspace(["validate", "--format", "yaml"])
        #expect(unknownFormat.exitCode == 2)
        #expect(unknownFormat.stderr.contains("--format"))
        let unknownOption = try inMixedWorkspace(["validate", "--bogus"])
        #expect(unknownOption.exitCode == 2)
        #expect(unknownOption.stderr.hasPrefix("Error: Unknown option '--bogus'"))
    }

    @Test func noDistrictsAtAllIsAUsageError() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try CommandRunner.run(["validate"], in: empty)
        #expect(result.exitCode == 2)
        #expect(result.stderr == "error: no district folders in 'Districts'; name a district folder, or run 'wegweiser init'\n")
    }

    @Test func colourOnlyWhenAskedForByATerminal() throws {
        // Not a terminal (a pipe): no escape codes even without NO_COLOR.
        let result = try inMixedWorkspace(["validate", "fehlerkreis"])
        #expect(!result.stderr.contains("\u{1B}["))
    }

    @Test func versionAndHelp() throws {
        let version = try inMixedWorkspace(["--version"])
        #expect(version.exitCode == 0)
        #expect(version.stdout == "0.1.0\n")
        let help = try inMixedWorkspace(["validate", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("--strict"))
    }
}

/// The sample districts shipped in Districts/ are complete and clean.
@Suite struct SampleDistrictTests {
    @Test func everySampleDistrictPassesStrictValidation() throws {
        let result = try CommandRunner.run(["validate", "--strict"], in: CommandRunner.packageRoot)
        #expect(result.stderr.hasSuffix("3 districts checked: no problems — passed (strict)\n"), "\(result.stderr)")
        #expect(result.exitCode == 0)
    }
}
