import Foundation
import Testing

/// `wegweiser diff` as reviewers run it: on the fixture pair in
/// Workspaces/diff (alt → neu changes every kind of entry; umsortiert is alt
/// reordered and reformatted) and on git revisions.
@Suite struct DiffCommandTests {
    static let workspace = CommandRunner.packageRoot.appendingPathComponent("Tests/WegweiserCLITests/Workspaces/diff")
    /// Values of the `person` blocks in the fixture pair.
    static let personValues = ["Erika Muster", "725-1234", "725-4321"]

    static func diff(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(["diff"] + arguments, in: workspace)
    }

    @Test(arguments: [("text", "diff-text.txt"), ("markdown", "diff-markdown.md"), ("json", "diff-json.json")])
    func everyKindOfChangeInEachFormat(format: String, golden: String) throws {
        let result = try Self.diff(["alt/musterkreis", "neu/musterkreis", "--format", format])
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try Golden.check(result.stdout, golden)
    }

    @Test(arguments: ["text", "markdown", "json", "html"])
    func orderAndFormattingAloneAreNoChange(format: String) throws {
        let result = try Self.diff(["alt/musterkreis", "umsortiert/musterkreis", "--format", format])
        #expect(result.exitCode == 0, "\(result.stderr)")
        switch format {
        case "json": #expect(result.stdout.contains("\"changes\" : [\n\n  ]"))
        case "html": #expect(result.stdout.contains("Keine Änderungen."))
        default: #expect(result.stdout.contains("keine Änderungen"))
        }
    }

    @Test(arguments: ["text", "markdown", "json", "html"])
    func thePublicEditionHoldsNoPersonalData(format: String) throws {
        let result = try Self.diff(["alt/musterkreis", "neu/musterkreis", "--format", format, "--edition", "public"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stdout.contains("Sachgebietsleitung"), "the contact's change itself is reported")
        for value in Self.personValues {
            #expect(!result.stdout.contains(value), "the public \(format) diff shows the personal value '\(value)'")
        }
        let internalEdition = try Self.diff(["alt/musterkreis", "neu/musterkreis", "--format", format])
        #expect(internalEdition.stdout.contains("725-4321"), "the internal edition reports the person's new number")
    }

    @Test func writesTheReportToAFileAtomically() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("aenderungen.md")
        let result = try Self.diff(["alt/musterkreis", "neu/musterkreis", "--format", "markdown", "-o", file.path])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "26 Änderungen: 8 neu, 7 entfallen, 2 umbenannt, 9 geändert; wrote \(file.path)\n")
        let expected = try String(contentsOf: Golden.folder.appendingPathComponent("diff-markdown.md"), encoding: .utf8)
        #expect(try String(contentsOf: file, encoding: .utf8) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["aenderungen.md"])
    }

    @Test func aVersionWithErrorsCannotBeCompared() throws {
        let mixed = CommandRunner.packageRoot.appendingPathComponent("Tests/WegweiserCLITests/Workspaces/mixed")
        let result = try CommandRunner.run(["diff", "gutkreis", "fehlerkreis"], in: mixed)
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Districts/fehlerkreis/institutions.yaml:15:16: error: 'asyl@kreis-test' is not a valid e-mail address"))
        #expect(result.stderr.hasSuffix("error: cannot compare 'fehlerkreis': 2 errors; run 'wegweiser validate' on it\n"))
    }

    @Test(arguments: [
        (["alt/musterkreis", "nirgendwo/musterkreis"], "error: no district folder 'nirgendwo/musterkreis'; name a district folder, or a git revision as REV:path\n"),
        (["alt/musterkreis", "neu/musterkreis", "--format", "pdf"], "Error: The value 'pdf' is invalid for '--format <format>'. Please provide one of 'text', 'markdown', 'json' or 'html'.\n"),
        (["alt/musterkreis"], "Error: Missing expected argument '<new>'\n"),
    ])
    func usageErrorsExitWithTwo(arguments: [String], message: String) throws {
        let result = try Self.diff(arguments)
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }

    @Test func generateSinceAFolderMarksTheChanges() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-since-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandRunner.run(
            ["generate", "neu/musterkreis", "--since", "alt/musterkreis", "--edition", "public", "--out", out.path], in: Self.workspace)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("musterkreis/musterkreis.html"), encoding: .utf8)
        #expect(html.contains("Änderungen gegenüber Version 1.0 vom 01.03.2026"))
        #expect(html.contains("Sachgebietsleitung"))
        for value in Self.personValues { #expect(!html.contains(value), "the public paper shows '\(value)'") }
    }

    @Test func generateSinceOneFolderNeedsOneDistrict() throws {
        let result = try Self.diffWorkspaceCommand(["generate", "alt/musterkreis", "neu/musterkreis", "--since", "alt/musterkreis"])
        #expect(result.exitCode == 2)
        #expect(result.stderr == "error: --since 'alt/musterkreis' names one version of one district; name that district too, or give a git revision alone\n")
    }

    static func diffWorkspaceCommand(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(arguments, in: workspace)
    }
}
