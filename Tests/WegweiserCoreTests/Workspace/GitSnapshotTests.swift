import Foundation
import Testing
@testable import WegweiserCore

/// A temporary git repository: a district in two committed versions and a changed work tree.
private struct Repository {
    let root: String
    static let folder = "Kreis Görlitz"
    static let district = "Districts/\(folder)"

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-repo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try git("init", "-q")
        try write("\(Self.district)/district.yaml", "version: 1\n")
        try write("\(Self.district)/Unterlagen ä/notes.yaml", "notes: ö\n")
        try write("Districts/_catalog/tasks.yaml", "tasks: 1\n")
        try write("Elsewhere/solo/district.yaml", "solo: 1\n")
        try FileManager.default.createSymbolicLink(
            atPath: "\(root)/\(Self.district)/link.yaml", withDestinationPath: "district.yaml")
        try commit("version 1")
        try git("tag", "v1.0")
        try git("branch", "first")
        try write("\(Self.district)/district.yaml", "version: 2\n")
        try write("Districts/_catalog/tasks.yaml", "tasks: 2\n")
        try commit("version 2")
        // Not committed: a snapshot must neither see nor change this.
        try write("\(Self.district)/district.yaml", "uncommitted\n")
        try write("\(Self.district)/new.yaml", "untracked\n")
    }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func commit(_ message: String) throws {
        try git("add", "-A")
        try git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", message)
    }

    /// Runs git in the repository, ignoring the user's own configuration.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        process.environment = Self.environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// The environment for git here and for the snapshots: no global or system configuration.
    static var environment: [String: String] {
        ProcessInfo.processInfo.environment
            .merging(["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]) { _, new in new }
    }

    func snapshot(
        _ revision: String, _ path: String = district, in directory: String = "", limits: Limits = .standard
    ) throws -> GitSnapshot {
        try GitSnapshot(
            revision: revision, path: path, workingDirectory: root + (directory.isEmpty ? "" : "/" + directory),
            limits: limits, environment: Self.environment)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

private func text(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
}

private func failure(_ body: () throws -> GitSnapshot) -> GitSnapshot.Failure? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? GitSnapshot.Failure
    }
}

@Suite struct GitSnapshotTests {
    @Test func eachRevisionGivesItsOwnContents() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let status = try repository.git("status", "--porcelain")
        let commit = try repository.git("rev-parse", "HEAD~1").trimmingCharacters(in: .newlines)
        for revision in ["HEAD~1", "v1.0", "first", commit, String(commit.prefix(7))] {
            let old = try repository.snapshot(revision)
            #expect(try text(old.districtFolder + "/district.yaml") == "version: 1\n", "\(revision)")
            #expect(try text(old.districtFolder + "/Unterlagen ä/notes.yaml") == "notes: ö\n")
            #expect(try text(old.catalogFolder.map { $0 + "/tasks.yaml" } ?? "") == "tasks: 1\n")
        }
        let new = try repository.snapshot("HEAD")
        #expect(try text(new.districtFolder + "/district.yaml") == "version: 2\n")
        #expect(try text(new.catalogFolder.map { $0 + "/tasks.yaml" } ?? "") == "tasks: 2\n")
        #expect(!FileManager.default.fileExists(atPath: new.districtFolder + "/new.yaml"))

        // The work tree is as it was.
        #expect(try repository.git("status", "--porcelain") == status)
        #expect(try text(repository.root + "/\(Repository.district)/district.yaml") == "uncommitted\n")
        #expect(try text(repository.root + "/\(Repository.district)/new.yaml") == "untracked\n")
    }

    @Test func theCopyIsLaidOutLikeADistrictsFolder() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let snapshot = try repository.snapshot("HEAD", Repository.district + "/")
        #expect(snapshot.districtFolder == snapshot.root + "/Kreis Görlitz")
        #expect(snapshot.catalogFolder == snapshot.root + "/_catalog")
        #expect(snapshot.root.hasPrefix(FileManager.default.temporaryDirectory.path))
        #expect(snapshot.label == "HEAD:Districts/Kreis Görlitz/")
        // A symbolic link stays one, with the stored destination.
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: snapshot.districtFolder + "/link.yaml")
        #expect(link == "district.yaml")
        // No `_catalog` beside this folder.
        let solo = try repository.snapshot("HEAD", "Elsewhere/solo")
        #expect(solo.catalogFolder == nil)
        #expect(try text(solo.districtFolder + "/district.yaml") == "solo: 1\n")
    }

    @Test func largeAndBinaryFilesAreCopiedByteForByte() throws {
        let repository = try Repository()
        defer { repository.remove() }
        // Far more than a pipe holds, so git blocks unless the output is read while it runs.
        let large = Data((0..<600_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try large.write(to: URL(fileURLWithPath: repository.root + "/\(Repository.district)/large.bin"))
        for index in 0..<300 { try repository.write("\(Repository.district)/many/\(index).yaml", "n: \(index)\n") }
        try repository.commit("large")
        let snapshot = try repository.snapshot("HEAD")
        #expect(try Data(contentsOf: URL(fileURLWithPath: snapshot.districtFolder + "/large.bin")) == large)
        #expect(try text(snapshot.districtFolder + "/many/299.yaml") == "n: 299\n")
    }

    @Test func pathsStartingWithDotAreRelativeToTheCurrentDirectory() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let fromDistricts = try repository.snapshot("HEAD~1", "./Kreis Görlitz", in: "Districts")
        #expect(try text(fromDistricts.districtFolder + "/district.yaml") == "version: 1\n")
        #expect(fromDistricts.catalogPath == "./_catalog")
        #expect(fromDistricts.displayPath(fromDistricts.catalogFolder! + "/tasks.yaml") == "HEAD~1:./_catalog/tasks.yaml")

        // From inside the district folder itself: the copy still carries its name.
        let fromInside = try repository.snapshot("HEAD~1", "./", in: Repository.district + "/Unterlagen ä")
            .districtFolder
        #expect(fromInside.hasSuffix("/Unterlagen ä"))
        let here = try repository.snapshot("HEAD", "../", in: Repository.district + "/Unterlagen ä")
        #expect((here.districtFolder as NSString).lastPathComponent == "Kreis Görlitz")
        #expect(try text(here.catalogFolder.map { $0 + "/tasks.yaml" } ?? "") == "tasks: 2\n")

        // Without "./" a path starts at the top level, wherever git runs.
        let topLevel = try repository.snapshot("HEAD", Repository.district, in: "Districts")
        #expect(try text(topLevel.districtFolder + "/district.yaml") == "version: 2\n")
    }

    @Test func displayPathNamesFilesAsTheUserKnowsThem() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let snapshot = try repository.snapshot("HEAD~1")
        let catalog = try #require(snapshot.catalogFolder)
        let district = snapshot.districtFolder
        #expect(snapshot.displayPath(district + "/district.yaml") == "HEAD~1:Districts/Kreis Görlitz/district.yaml")
        #expect(
            snapshot.displayPath(district + "/Unterlagen ä/notes.yaml")
                == "HEAD~1:Districts/Kreis Görlitz/Unterlagen ä/notes.yaml")
        #expect(snapshot.displayPath(district) == "HEAD~1:Districts/Kreis Görlitz")
        #expect(snapshot.displayPath(catalog + "/tasks.yaml") == "HEAD~1:Districts/_catalog/tasks.yaml")
        #expect(snapshot.displayPath(district + "x/district.yaml") == district + "x/district.yaml")
        #expect(snapshot.displayPath("Districts/leipzig/district.yaml") == "Districts/leipzig/district.yaml")
        #expect(snapshot.realPath("HEAD~1:Districts/Kreis Görlitz/district.yaml") == district + "/district.yaml")
        #expect(snapshot.realPath("HEAD~1:Districts/_catalog/tasks.yaml") == catalog + "/tasks.yaml")
        #expect(snapshot.realPath("Districts/leipzig/district.yaml") == "Districts/leipzig/district.yaml")
        #expect(snapshot.label == "HEAD~1:Districts/Kreis Görlitz")
    }

    @Test func failuresSayWhatIsWrong() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let unknown = failure { try repository.snapshot("v9.9") }
        #expect(unknown == .unknownRevision("v9.9"))
        #expect(unknown?.description == "unknown git revision 'v9.9'; see 'git log --oneline' and 'git tag'")
        #expect(failure { try repository.snapshot("-v") } == .unknownRevision("-v"))

        let missing = failure { try repository.snapshot("HEAD~1", "Districts/leipzig") }
        #expect(missing == .noFolder(revision: "HEAD~1", path: "Districts/leipzig"))
        #expect(missing?.description == "there is no folder 'Districts/leipzig' in revision 'HEAD~1'")
        // A file is no folder either.
        let file = "Districts/_catalog/tasks.yaml"
        #expect(failure { try repository.snapshot("HEAD", file) } == .noFolder(revision: "HEAD", path: file))

        var limits = Limits.standard
        limits.maxFiles = 2
        let tooMany = failure { try repository.snapshot("HEAD", limits: limits) }
        #expect(tooMany == .tooManyFiles(revision: "HEAD", path: "Districts/Kreis Görlitz", limit: 2))
        #expect(tooMany?.description == "the folder 'Districts/Kreis Görlitz' in revision 'HEAD' has more than 2 files")
    }

    @Test func outsideARepositoryOrWithoutGit() throws {
        let outside = FileManager.default.temporaryDirectory
            .appendingPathComponent("wegweiser-norepo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        // git must not find a repository above the temporary folder either.
        var environment = Repository.environment
        environment["GIT_CEILING_DIRECTORIES"] = (outside as NSString).deletingLastPathComponent
        let noRepository = failure {
            try GitSnapshot(revision: "HEAD", path: "Districts/x", workingDirectory: outside, environment: environment)
        }
        #expect(noRepository == .notARepository(outside))
        #expect(noRepository?.description == "'\(outside)' is not inside a git repository; the form REV:path reads from git")

        environment["PATH"] = outside
        let noGit = failure {
            try GitSnapshot(revision: "HEAD", path: "Districts/x", workingDirectory: outside, environment: environment)
        }
        #expect(noGit == .gitNotFound)
        #expect(noGit?.description == "git is not installed; install it with: apt-get install git")
        #expect(GitSnapshot.Failure.gitFailed("bad object").description == "git failed: bad object")
    }

    @Test func parseSplitsAtTheFirstColon() {
        #expect(GitSnapshot.parse("HEAD:Districts/x")! == ("HEAD", "Districts/x"))
        #expect(GitSnapshot.parse("HEAD~1:Districts/a:b")! == ("HEAD~1", "Districts/a:b"))
        #expect(GitSnapshot.parse("Districts/x") == nil)
        #expect(GitSnapshot.parse(":x") == nil)
        #expect(GitSnapshot.parse("HEAD:") == nil)
    }

    @Test func removeDeletesTheCopy() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let snapshot = try repository.snapshot("HEAD")
        #expect(FileManager.default.fileExists(atPath: snapshot.districtFolder + "/district.yaml"))
        snapshot.remove()
        #expect(!FileManager.default.fileExists(atPath: snapshot.root))
        // deinit does the same.
        var root = ""
        do { root = try repository.snapshot("HEAD~1").root }
        #expect(!FileManager.default.fileExists(atPath: root))
    }

    @Test func theSnapshotFeedsThePipeline() throws {
        let repository = try Repository()
        defer { repository.remove() }
        try repository.write("Districts/testkreis/district.yaml", Fixture.district)
        try repository.write("Districts/testkreis/institutions.yaml", Fixture.institutions)
        try repository.write("Districts/_catalog/tasks.yaml", Fixture.catalog)
        try repository.commit("a valid district")
        try repository.write("Districts/testkreis/institutions.yaml", "broken: [\n")

        let snapshot = try repository.snapshot("HEAD", "Districts/testkreis")
        let workspace = Workspace()
        let catalogFolder = try workspace.catalogFolder(forDistrict: snapshot.districtFolder)
        #expect(catalogFolder == snapshot.catalogFolder)
        let (catalog, catalogDiagnostics) = workspace.loadCatalog(catalogFolder)
        #expect(catalogDiagnostics.filter { $0.severity == .error }.isEmpty)
        let report = workspace.check(districtFolder: snapshot.districtFolder, catalog: catalog)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.summary) == [])
        #expect(report.resolved != nil)
        #expect(report.id == "testkreis")
    }
}
