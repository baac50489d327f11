import Foundation
import Testing

/// `wegweiser schema`: the committed schemas are its output, and a real
/// validator accepts every sample and starter file and rejects broken ones.
@Suite struct SchemaCommandTests {
    static let schemaFolder = CommandRunner.packageRoot.appendingPathComponent("schema")

    @Test(arguments: ["district", "catalog"])
    func theCommittedSchemaIsTheCommandsOutput(_ files: String) throws {
        let result = try CommandRunner.run(["schema", "--for", files], in: CommandRunner.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let committed = Self.schemaFolder.appendingPathComponent("wegweiser-\(files).schema.json")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: committed)
            return
        }
        let expected = try String(contentsOf: committed, encoding: .utf8)
        #expect(result.stdout == expected, "schema/\(committed.lastPathComponent) is stale; rerun with UPDATE_GOLDEN=1")
    }

    @Test func theDefaultIsTheDistrictSchemaAndOutputCanGoToAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["schema", "-o", "district.json"], in: folder)
        #expect(result.exitCode == 0)
        #expect(result.stdout == "")
        let written = try String(contentsOf: folder.appendingPathComponent("district.json"), encoding: .utf8)
        #expect(written == (try String(contentsOf: Self.schemaFolder.appendingPathComponent("wegweiser-district.schema.json"), encoding: .utf8)))
        let bad = try CommandRunner.run(["schema", "--for", "output"], in: folder)
        #expect(bad.exitCode == 2)
        let noCatalog = try CommandRunner.run(["schema", "--catalog", "nowhere"], in: folder)
        #expect(noCatalog.exitCode == 2)
        #expect(noCatalog.stderr == "error: the catalogue folder 'nowhere' does not exist\n")
    }

    @Test func everySampleAndStarterFileIsValidAndBrokenFilesAreNot() throws {
        let root = CommandRunner.packageRoot.appendingPathComponent("Districts")
        var district: [String] = []
        var catalog: [String] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard ["yaml", "yml"].contains(url.pathExtension) else { continue }
            if url.path.contains("/Districts/_catalog/") { catalog.append(url.path) } else { district.append(url.path) }
        }
        #expect(district.count >= 20 && catalog.count == 2)

        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-schema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        for setup in InitCommandTests.setups {
            let result = try CommandRunner.run(setup.arguments, in: try InitCommandTests.workspace(at: workspace))
            #expect(result.exitCode == 0, "\(result.stderr)")
        }
        let starters = FileManager.default.enumerator(at: workspace, includingPropertiesForKeys: nil)
        var starterFiles: [String] = []
        while let url = starters?.nextObject() as? URL {
            if url.pathExtension == "yaml" { starterFiles.append(url.path) }
        }
        #expect(starterFiles.count >= 40)

        let broken = workspace.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        let brokenFiles = [
            "unknown-key.yaml": "institutions:\n  - id: agentur\n    name: Agentur\n    adress: Markt 1\n",
            "wrong-kind.yaml": "district:\n  id: testkreis\n  name: Landkreis Test\n  kind: landkries\n  jobcenter_model: zkt\n",
            "wrong-role.yaml": "responsibilities:\n  - id: anmeldung\n    roles:\n      jobcenter: leads\n",
            "bad-id.yaml": "institutions:\n  - id: Agentur_Riesa\n    name: Agentur\n",
            "missing-name.yaml": "institutions:\n  - id: agentur\n",
            "bad-date.yaml": "institutions:\n  - id: agentur\n    name: Agentur\n    contacts:\n      - function: Team\n        email: team@agentur.example\n        verified: 1.3.2026\n",
            "catalog-phase.yaml": "tasks:\n  - id: neu\n    title: Neu\n    roles: {sgb2: lead}\n",
        ]
        for (name, text) in brokenFiles { try Data(text.utf8).write(to: broken.appendingPathComponent(name)) }
        let brokenDistrict = brokenFiles.keys.filter { $0 != "catalog-phase.yaml" }.map { broken.appendingPathComponent($0).path }

        let results = try SchemaValidator.check(
            district: district + starterFiles + brokenDistrict, catalog: catalog + [broken.appendingPathComponent("catalog-phase.yaml").path],
            schemas: Self.schemaFolder)
        for path in district + catalog + starterFiles {
            #expect(results[path] == "ok", "\(path): \(results[path] ?? "not checked")")
        }
        let expected = [
            "unknown-key.yaml": "institutions/0: Additional properties are not allowed ('adress' was unexpected)",
            "wrong-kind.yaml": "district/kind: 'landkries' is not one of ['landkreis', 'kreisfreie-stadt']",
            "wrong-role.yaml": "responsibilities/0/roles/jobcenter: 'leads' is not one of ['lead', 'involved', 'advises', 'informed']",
            "bad-id.yaml": "institutions/0/id: 'Agentur_Riesa' does not match '^[a-z0-9]+(-[a-z0-9]+)*$'",
            "missing-name.yaml": "institutions/0: 'name' is a required property",
            "bad-date.yaml": "institutions/0/contacts/0/verified: '1.3.2026' does not match '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'",
            "catalog-phase.yaml": "tasks/0: 'phase' is a required property",
        ]
        for (name, message) in expected {
            #expect(results[broken.appendingPathComponent(name).path] == message, "\(name)")
        }
    }
}
