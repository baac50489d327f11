import Foundation
import Testing
import WegweiserBenchKit
import WegweiserCore

/// The benchmark's synthetic districts: the same bytes every time, exactly the
/// counts of their size after resolution, and valid for `wegweiser validate`.
/// No test here measures a time.
@Suite struct BenchmarkToolTests {
    static let catalog = CommandRunner.packageRoot.appendingPathComponent("Districts/_catalog").path

    /// A fresh workspace folder with the districts of `size` in `Districts/`.
    func generate(_ size: BenchSize) throws -> (workspace: URL, summary: SyntheticDistricts.Summary) {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-bench-\(UUID().uuidString)")
        let summary = try SyntheticDistricts.write(
            size: size, to: workspace.appendingPathComponent("Districts").path, catalogFolder: Self.catalog)
        return (workspace, summary)
    }

    /// Every file below a folder by its relative path.
    func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func twoRunsWriteTheSameBytes() throws {
        let first = try generate(.s)
        let second = try generate(.s)
        defer {
            try? FileManager.default.removeItem(at: first.workspace)
            try? FileManager.default.removeItem(at: second.workspace)
        }
        let a = try contents(of: first.workspace)
        let b = try contents(of: second.workspace)
        #expect(a.count > 10)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs between two runs") }
        #expect(first.summary == second.summary)
    }

    /// Another process has another hash seed: the bytes must not depend on it.
    @Test func theCommandWritesTheSameBytesInAnotherProcess() throws {
        let inProcess = try generate(.s)
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-bench-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: inProcess.workspace)
            try? FileManager.default.removeItem(at: other)
        }
        let tool = CommandRunner.binary.deletingLastPathComponent().appendingPathComponent("wegweiser-bench")
        let process = Process()
        process.executableURL = tool
        process.arguments = ["districts", "S", other.appendingPathComponent("Districts").path, "--catalog", Self.catalog]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try contents(of: other) == contents(of: inProcess.workspace))
    }

    @Test func sizeSHasExactlyItsCountsAfterResolution() throws {
        let (workspace, summary) = try generate(.s)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let districts = workspace.appendingPathComponent("Districts").path
        let checker = Workspace(districtsFolder: districts)
        #expect(checker.allDistrictIDs() == ["bench-s"])
        let (catalog, catalogDiagnostics) = checker.loadCatalog(districts + "/_catalog")
        #expect(catalogDiagnostics.isEmpty)
        let report = checker.check(districtFolder: districts + "/bench-s", catalog: catalog)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
        let district = try #require(report.resolved)
        let definition = try #require(report.definition)

        let spec = BenchSize.s.spec
        #expect(spec.institutions == 30 && spec.tasks == 80 && spec.handovers == 40 && spec.contacts == 60)
        #expect(district.institutions.count == spec.institutions)
        #expect(district.tasks.count == spec.tasks)
        #expect(district.handovers.count == spec.handovers)
        let contacts = district.institutions.reduce(0) { $0 + $1.contacts.count }
            + district.municipalities.filter { $0.contact != nil }.count
        #expect(contacts == spec.contacts)

        // The generator's own count agrees with wegweiser's.
        #expect(summary.districts == 1)
        #expect(summary.institutions == district.institutions.count)
        #expect(summary.tasks == district.tasks.count)
        #expect(summary.handovers == district.handovers.count)
        #expect(summary.contacts == contacts)
        #expect(summary.offers == district.offers.count)
        #expect(summary.bodies == district.bodies.count)

        // What the format offers is used: own and adapted tasks, hierarchies, people, several files.
        #expect(district.tasks.contains { $0.origin == .district })
        #expect(district.tasks.contains { $0.origin == .adapted })
        #expect(district.handovers.contains { $0.origin == .district })
        #expect(district.institutions.contains { institution in
            institution.partOf.map { parent in district.institution(parent.value)?.partOf != nil } ?? false
        })
        #expect(district.institutions.contains { $0.contacts.contains { $0.person != nil } })
        #expect(!district.municipalities.isEmpty)
        #expect(definition.files.count >= 10)
    }

    @Test func wegweiserValidatesSWithoutProblems() throws {
        let (workspace, _) = try generate(.s)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let result = try CommandRunner.run(["validate", "--strict"], in: workspace)
        #expect(result.exitCode == 0)
        #expect(result.stderr == "bench-s: no problems\n1 district checked: no problems — passed (strict)\n")
    }

    /// S (30 institutions) keeps the grid, M (100) gets the matrix set by
    /// role; both articles pass `--check-docbook` (the official schema), and
    /// the check changes no byte.
    @Test(arguments: [BenchSize.s, .m])
    func theDocBookOfTheSyntheticDistrictsIsValid(size: BenchSize) throws {
        let (workspace, _) = try generate(size)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let environment = ["WEGWEISER_CACHE_DIR": workspace.appendingPathComponent("cache").path]
        let checked = try CommandRunner.run(
            ["generate", "--check-docbook", "--formats", "html,docbook", "--out", "checked"], in: workspace, environment: environment)
        #expect(checked.exitCode == 0, "\(checked.stderr)")
        let plain = try CommandRunner.run(["generate", "--formats", "html,docbook", "--out", "plain"], in: workspace, environment: environment)
        #expect(plain.exitCode == 0)
        let id = size == .s ? "bench-s" : "bench-m"
        for file in ["\(id)/\(id).html", "\(id)/\(id).xml"] {
            let a = try Data(contentsOf: workspace.appendingPathComponent("checked/" + file))
            #expect(a == (try Data(contentsOf: workspace.appendingPathComponent("plain/" + file))), "\(file)")
        }
        let html = try String(contentsOf: workspace.appendingPathComponent("plain/\(id)/\(id).html"), encoding: .utf8)
        #expect(html.contains(#"<table class="matrix by-role">"#) == (size == .m))
        #expect(html.contains(#"<th scope="col" class="col-head""#) == (size == .s))
    }

    @Test func theSizesHaveTheirSpecifiedCounts() {
        #expect(BenchSize.m.spec.institutions == 100 && BenchSize.m.spec.tasks == 400)
        #expect(BenchSize.m.spec.handovers == 150 && BenchSize.m.spec.contacts == 200)
        #expect(BenchSize.l.spec.institutions == 300 && BenchSize.l.spec.tasks == 2_000)
        #expect(BenchSize.l.spec.handovers == 600 && BenchSize.l.spec.contacts == 600)
        #expect(BenchSize.germany.districtCount == 400 && BenchSize.germany.spec == BenchSize.s.spec)
        #expect(BenchSize.germany.districtID(0) == "kreis-001" && BenchSize.germany.districtID(399) == "kreis-400")
        // All four setups occur in Germany.
        let setups = (0..<400).map { BenchSize.germany.setup($0) }
        for kind in [DistrictSetup.Kind.landkreis, .kreisfreieStadt] {
            for model in [DistrictSetup.Jobcenter.ge, .zkt] {
                #expect(setups.contains(DistrictSetup(kind: kind, jobcenter: model)))
            }
        }
    }
}
