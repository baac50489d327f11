import Foundation
import WegweiserCore

/// One version of a district, for `diff` and `generate --since`: a district
/// folder (or the id of one under ./Districts), or `REV:path`, read from git
/// without touching the work tree. Loaded, validated and resolved exactly as
/// `generate` does, with its own catalogue: `--catalog`, else `_catalog`
/// beside the folder (in that revision), else the built-in one.
final class DistrictVersion {
    /// How the user named it: "Districts/leipzig", "HEAD~1:Districts/leipzig".
    let label: String
    let report: DistrictReport
    let catalogDiagnostics: [Diagnostic]
    /// Keeps the copy from git alive while the diagnostics point into it.
    private let snapshot: GitSnapshot?

    private init(label: String, report: DistrictReport, catalogDiagnostics: [Diagnostic], snapshot: GitSnapshot?) {
        self.label = label
        self.report = report
        self.catalogDiagnostics = catalogDiagnostics
        self.snapshot = snapshot
    }

    deinit { snapshot?.remove() }

    static func load(_ argument: String, workspace: Workspace) throws -> DistrictVersion {
        if !isDirectory(argument), !isDistrictID(argument, in: workspace), let (revision, path) = GitSnapshot.parse(argument) {
            return try fromGit(revision: revision, path: path, workspace: workspace)
        }
        let folder: String
        do { folder = try workspace.districtFolders([argument])[0] } catch let failure as Workspace.Failure {
            throw CommandFailure(failure.description + "; name a district folder, or a git revision as REV:path")
        }
        let catalogFolder: String?
        do { catalogFolder = try workspace.catalogFolder(forDistrict: folder) } catch let failure as Workspace.Failure {
            throw CommandFailure(failure.description)
        }
        let (catalog, catalogDiagnostics) = workspace.loadCatalog(catalogFolder)
        return DistrictVersion(
            label: argument, report: workspace.check(districtFolder: folder, catalog: catalog),
            catalogDiagnostics: catalogDiagnostics, snapshot: nil)
    }

    private static func fromGit(revision: String, path: String, workspace: Workspace) throws -> DistrictVersion {
        let snapshot: GitSnapshot
        do { snapshot = try GitSnapshot(revision: revision, path: path, limits: workspace.limits) } catch let failure as GitSnapshot.Failure {
            throw CommandFailure(failure.description)
        }
        // An explicit --catalog counts for both versions; otherwise the revision's own.
        let catalogFolder = workspace.catalogFolder ?? snapshot.catalogFolder
        if let catalogFolder, !isDirectory(catalogFolder) { throw CommandFailure("the catalogue folder '\(catalogFolder)' does not exist") }
        let (catalog, catalogDiagnostics) = workspace.loadCatalog(catalogFolder)
        var report = workspace.check(districtFolder: snapshot.districtFolder, catalog: catalog)
        report.path = snapshot.label
        report.diagnostics = report.diagnostics.map { $0.renamingFiles(snapshot.displayPath) }
        return DistrictVersion(
            label: snapshot.label, report: report,
            catalogDiagnostics: catalogDiagnostics.map { $0.renamingFiles(snapshot.displayPath) }, snapshot: snapshot)
    }

    /// The resolved district; with errors (in it or its catalogue) they are
    /// printed and the command stops with exit code 2: two versions can only
    /// be compared when both are valid.
    func resolved() throws -> ResolvedDistrict {
        let errors = (catalogDiagnostics + report.diagnostics).filter { $0.severity == .error }
        guard errors.isEmpty, let district = report.resolved else {
            let formatter = TextFormatter(color: Terminal.standardError.supportsColor) { [snapshot] file in
                SourceCache().text(of: snapshot?.realPath(file) ?? file)
            }
            for diagnostic in errors { Terminal.standardError.write(formatter.format(diagnostic)) }
            throw CommandFailure(
                "cannot compare '\(label)': \(TextFormatter.counts(errors: max(errors.count, 1), warnings: 0)); run 'wegweiser validate' on it")
        }
        return district
    }

    private static func isDirectory(_ path: String) -> Bool { Workspace.isDirectory(path) }

    static func isDistrictID(_ argument: String, in workspace: Workspace) -> Bool {
        !argument.contains("/") && isDirectory(workspace.districtsFolder + "/" + argument)
    }
}
