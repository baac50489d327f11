import Foundation
import Testing

/// `wegweiser generate` as a user runs it, on the sample districts and on small workspaces.
@Suite struct GenerateCommandTests {
    static let outputFolder = CommandRunner.packageRoot.appendingPathComponent("Output")

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-generate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every regular file below a folder, by relative path, except README.md.
    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            if relative == "README.md" { continue }
            result[relative] = try Data(contentsOf: url)
        }
        return result
    }

    @Test func regeneratingReproducesTheCommittedOutputByteForByte() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        // As scripts/run does it; another time zone and locale must not change a byte.
        let result = try CommandRunner.run(
            ["generate", "--extracts", "--check-docbook", "--out", out.path], in: CommandRunner.packageRoot,
            environment: ["TZ": "Pacific/Auckland", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let fresh = try Self.files(in: out)
        let committed = try Self.files(in: Self.outputFolder)
        #expect(fresh.keys.sorted() == committed.keys.sorted(), "Output/ is not up to date: run scripts/run")
        for (path, data) in fresh where committed[path] != data {
            Issue.record("Output/\(path) differs from a fresh run: run scripts/run and commit Output/")
        }
        // The paper's four files of each district, and the extracts scripts/run writes.
        #expect(fresh.keys.filter { !$0.contains("/auszuege/") }.count == 12)
        #expect(fresh.keys.filter { $0.hasSuffix("/auszuege/index.html") }.count == 3)
    }

    @Test func thePublicEditionHoldsNoPersonalData() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandRunner.run(["generate", "--edition", "public", "--extracts", "--out", out.path], in: CommandRunner.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let personValues = try PersonData.values(inDistricts: CommandRunner.packageRoot.appendingPathComponent("Districts"))
        #expect(personValues.count > 20, "the samples should carry person blocks to test against")
        for (path, data) in try Self.files(in: out) {
            let text = String(decoding: data, as: UTF8.self)
            for value in personValues where text.contains(value) {
                Issue.record("the public edition's \(path) contains the personal value '\(value)'")
            }
            #expect(!text.contains("autorisierten Weitergabe"), "\(path) is marked as internal")
        }
    }

    @Test func theInternalEditionMarksItself() throws {
        let html = try String(contentsOf: Self.outputFolder.appendingPathComponent("leipzig/leipzig.html"), encoding: .utf8)
        #expect(html.contains("Zur autorisierten Weitergabe"))
        let xml = try String(contentsOf: Self.outputFolder.appendingPathComponent("leipzig/leipzig.xml"), encoding: .utf8)
        #expect(xml.contains("Zur autorisierten Weitergabe"))
    }

    @Test func everyFormatCarriesTheProvenanceLine() throws {
        for name in ["html", "xml", "dot", "svg"] {
            let text = try String(contentsOf: Self.outputFolder.appendingPathComponent("leipzig/leipzig.\(name)"), encoding: .utf8)
            #expect(text.contains("Erzeugt mit wegweiser 0.1.0 aus der Definition sha256:"), "leipzig.\(name) has no provenance line")
        }
    }

    @Test func aDistrictWithErrorsKeepsItsPreviousFiles() throws {
        let workspace = try TemporaryWorkspace(copying: "mixed")
        defer { workspace.remove() }
        let first = try CommandRunner.run(["generate", "gutkreis"], in: workspace.url)
        #expect(first.exitCode == 0, "\(first.stderr)")
        let before = try Self.files(in: workspace.url.appendingPathComponent("Output"))
        #expect(before.keys.sorted() == ["gutkreis/gutkreis.dot", "gutkreis/gutkreis.html", "gutkreis/gutkreis.svg", "gutkreis/gutkreis.xml"])
        // Break the district: its previous paper must stay as it was.
        let file = workspace.url.appendingPathComponent("Districts/gutkreis/institutions.yaml")
        try (String(contentsOf: file, encoding: .utf8) + "  - id: Kaputt\n").write(to: file, atomically: true, encoding: .utf8)
        let second = try CommandRunner.run(["generate", "gutkreis"], in: workspace.url)
        #expect(second.exitCode == 1)
        #expect(second.stderr.contains("[invalid-id]"))
        #expect(second.stderr.contains("gutkreis: not written (2 errors and 1 warning)"))
        #expect(try Self.files(in: workspace.url.appendingPathComponent("Output")) == before)
    }

    @Test func onlyTheRequestedFormatsAreWritten() throws {
        let workspace = try TemporaryWorkspace(copying: "mixed")
        defer { workspace.remove() }
        let result = try CommandRunner.run(["generate", "--formats", "dot,docbook", "--out", "paper", "gutkreis"], in: workspace.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try Self.files(in: workspace.url.appendingPathComponent("paper")).keys.sorted() == ["gutkreis/gutkreis.dot", "gutkreis/gutkreis.xml"])
        let bad = try CommandRunner.run(["generate", "--formats", "pdf"], in: workspace.url)
        #expect(bad.exitCode == 2)
        #expect(bad.stderr.contains("unknown format 'pdf'; use html, docbook, dot or svg"))
    }

    @Test func warningsStopADistrictOnlyWhenStrict() throws {
        let workspace = try TemporaryWorkspace(copying: "mixed")
        defer { workspace.remove() }
        let lenient = try CommandRunner.run(["generate", "warnkreis"], in: workspace.url)
        #expect(lenient.exitCode == 0)
        let strict = try CommandRunner.run(["generate", "--strict", "--out", "strict", "warnkreis"], in: workspace.url)
        #expect(strict.exitCode == 1)
        #expect(!FileManager.default.fileExists(atPath: workspace.url.appendingPathComponent("strict/warnkreis").path))
    }

    @Test func aTemplateCanBeReplacedByName() throws {
        let workspace = try TemporaryWorkspace(copying: "mixed")
        defer { workspace.remove() }
        let templates = workspace.url.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "<!DOCTYPE html><title>{{meta.title}}</title><p>{{meta.districtName}} · {{matrix.columnCount}}</p>\n"
            .write(to: templates.appendingPathComponent("paper.mustache"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["generate", "--formats", "html", "--templates", "templates", "gutkreis"], in: workspace.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let html = try String(contentsOf: workspace.url.appendingPathComponent("Output/gutkreis/gutkreis.html"), encoding: .utf8)
        #expect(html == "<!DOCTYPE html><title>Schnittstellenpapier</title><p>Landkreis Test · 5</p>\n")

        try "{{#broken}}".write(to: templates.appendingPathComponent("paper.mustache"), atomically: true, encoding: .utf8)
        let broken = try CommandRunner.run(["generate", "--templates", "templates", "gutkreis"], in: workspace.url)
        #expect(broken.exitCode == 2)
        #expect(broken.stderr.hasPrefix("error: the template 'paper' is not valid Mustache"))
    }
}

/// Every value of every `person` block of the districts in a folder.
enum PersonData {
    static func values(inDistricts folder: URL) throws -> Set<String> {
        var values = Set<String>()
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "yaml" else { continue }
            var inPerson = false
            var personIndent = 0
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                let indent = line.prefix { $0 == " " }.count
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("person:") {
                    inPerson = true
                    personIndent = indent
                    continue
                }
                guard inPerson else { continue }
                if indent <= personIndent || trimmed.isEmpty { inPerson = false; continue }
                if let colon = trimmed.firstIndex(of: ":") {
                    let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                        .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                    if value.count >= 5 { values.insert(value) }
                }
            }
        }
        return values
    }
}
