import Foundation
import Testing

/// `wegweiser diff REV:path …` in a temporary git repository: version 1 of
/// the fixture pair is committed and tagged, version 2 is in the work tree.
@Suite struct DiffGitRevisionTests {
    let repository: URL

    init() throws {
        repository = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-git-\(UUID().uuidString)")
        let districts = repository.appendingPathComponent("Districts")
        try FileManager.default.createDirectory(at: districts, withIntermediateDirectories: true)
        try git("init", "-q")
        try copy("alt", into: districts)
        try git("add", "-A")
        try git("commit", "-q", "-m", "Fassung 1.0")
        try git("tag", "v1.0")
        try FileManager.default.removeItem(at: districts)
        try FileManager.default.createDirectory(at: districts, withIntermediateDirectories: true)
        try copy("neu", into: districts)
    }

    /// Copies `_catalog` and `musterkreis` of one side of the fixture pair.
    private func copy(_ side: String, into districts: URL) throws {
        for name in ["_catalog", "musterkreis"] {
            try FileManager.default.copyItem(
                at: DiffCommandTests.workspace.appendingPathComponent("\(side)/\(name)"), to: districts.appendingPathComponent(name))
        }
    }

    @discardableResult
    private func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments
        process.currentDirectoryURL = repository
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// The "changes" of a JSON report.
    private func changes(_ json: String) throws -> NSArray {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return try #require(object?["changes"] as? NSArray)
    }

    @Test func aRevisionComparesLikeTheFolderItWas() throws {
        defer { try? FileManager.default.removeItem(at: repository) }
        let status = try git("status", "--porcelain")
        let result = try CommandRunner.run(
            ["diff", "v1.0:Districts/musterkreis", "Districts/musterkreis", "--format", "json"], in: repository)
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stdout.contains("\"source\" : \"v1.0:Districts/musterkreis\""))
        let expected = try String(contentsOf: Golden.folder.appendingPathComponent("diff-json.json"), encoding: .utf8)
        #expect(try changes(result.stdout) == changes(expected))
        // Nothing was checked out or left behind.
        #expect(try git("status", "--porcelain") == status)

        let same = try CommandRunner.run(["diff", "HEAD:Districts/musterkreis", "v1.0:Districts/musterkreis"], in: repository)
        #expect(same.exitCode == 0, "\(same.stderr)")
        #expect(same.stdout.hasPrefix("Landkreis Muster: HEAD:Districts/musterkreis (Version 1.0 vom 01.03.2026) → v1.0:Districts/musterkreis"))
    }

    @Test func aPathRelativeToTheCurrentFolderWorksAsInGit() throws {
        defer { try? FileManager.default.removeItem(at: repository) }
        let result = try CommandRunner.run(
            ["diff", "HEAD:./musterkreis", "musterkreis", "--format", "json"], in: repository.appendingPathComponent("Districts"))
        #expect(result.exitCode == 1, "\(result.stderr)")
        let expected = try String(contentsOf: Golden.folder.appendingPathComponent("diff-json.json"), encoding: .utf8)
        #expect(try changes(result.stdout) == changes(expected))
    }

    @Test func errorsInARevisionNameTheRevisionsFile() throws {
        defer { try? FileManager.default.removeItem(at: repository) }
        let broken = repository.appendingPathComponent("Districts/musterkreis/kaputt.yaml")
        try Data("institutions:\n  - id: Falsch\n    name: Falsch\n".utf8).write(to: broken)
        try git("add", "-A")
        try git("commit", "-q", "-m", "kaputt")
        let result = try CommandRunner.run(["diff", "HEAD:Districts/musterkreis", "Districts/musterkreis"], in: repository)
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("HEAD:Districts/musterkreis/kaputt.yaml:2:9: error: "), "\(result.stderr)")
        #expect(result.stderr.contains("    2 |   - id: Falsch\n"), "the excerpt comes from the revision's file")
        #expect(result.stderr.hasSuffix("error: cannot compare 'HEAD:Districts/musterkreis': 1 error; run 'wegweiser validate' on it\n"))
    }

    @Test(arguments: [
        ("nirgends:Districts/musterkreis", "error: unknown git revision 'nirgends'; see 'git log --oneline' and 'git tag'\n"),
        ("v1.0:Districts/fehlt", "error: there is no folder 'Districts/fehlt' in revision 'v1.0'\n"),
    ])
    func unknownRevisionsAndFoldersExitWithTwo(old: String, message: String) throws {
        defer { try? FileManager.default.removeItem(at: repository) }
        let result = try CommandRunner.run(["diff", old, "Districts/musterkreis"], in: repository)
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == message)
    }

    @Test func generateSinceARevisionAddsTheChangesSection() throws {
        defer { try? FileManager.default.removeItem(at: repository) }
        let result = try CommandRunner.run(
            ["generate", "musterkreis", "--since", "v1.0", "--formats", "html,docbook", "--out", "out"], in: repository)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let html = try String(contentsOf: repository.appendingPathComponent("out/musterkreis/musterkreis.html"), encoding: .utf8)
        #expect(html.contains("Änderungen gegenüber Version 1.0 vom 01.03.2026"))
        #expect(html.contains("v1.0:./Districts/musterkreis"))
        #expect(html.contains("Anmeldung des Wohnsitzes: Ausländeramt wird informiert → mitwirkend"))
        let xml = try String(contentsOf: repository.appendingPathComponent("out/musterkreis/musterkreis.xml"), encoding: .utf8)
        #expect(xml.contains("revisionflag=\"changed\""))
        #expect(xml.contains("revisionflag=\"added\""))
    }

    @Test func generateSinceAnUnknownRevisionWritesNothing() throws {
        defer { try? FileManager.default.removeItem(at: repository) }
        let result = try CommandRunner.run(["generate", "--since", "v9", "--out", "out"], in: repository)
        #expect(result.exitCode == 2)
        #expect(result.stderr == "error: unknown git revision 'v9'; see 'git log --oneline' and 'git tag'\n")
        #expect(!FileManager.default.fileExists(atPath: repository.appendingPathComponent("out").path))
    }
}
