import WegweiserCore

/// Districts run through load → validate → resolve, with their catalogues
/// (each catalogue loaded and checked once).
struct CheckedDistricts {
    var catalogDiagnostics: [Diagnostic] = []
    var reports: [DistrictReport] = []

    init(folders: [String], workspace: Workspace) throws {
        var catalogs: [String: Catalog] = [:]
        var pairs: [(folder: String, catalog: Catalog)] = []
        for folder in folders {
            let catalogFolder: String?
            do { catalogFolder = try workspace.catalogFolder(forDistrict: folder) } catch let failure as Workspace.Failure {
                throw CommandFailure(failure.description)
            }
            let key = catalogFolder ?? ""
            if catalogs[key] == nil {
                let (catalog, diagnostics) = workspace.loadCatalog(catalogFolder)
                catalogs[key] = catalog
                catalogDiagnostics += diagnostics
            }
            pairs.append((folder, catalogs[key]!))
        }
        // Districts are independent: check them on every core, report them in order.
        reports = pairs.parallelMap { workspace.check(districtFolder: $0.folder, catalog: $0.catalog) }
    }

    func catalogPasses(strict: Bool) -> Bool {
        strict ? catalogDiagnostics.isEmpty : !catalogDiagnostics.contains { $0.severity == .error }
    }

    func passes(strict: Bool) -> Bool {
        catalogPasses(strict: strict) && reports.allSatisfy { $0.passes(strict: strict) }
    }

    var allDiagnostics: [Diagnostic] { catalogDiagnostics + reports.flatMap(\.diagnostics) }

    /// Every diagnostic as text on stderr, with source excerpts.
    func printDiagnostics() {
        Self.print(allDiagnostics)
    }

    /// Diagnostics as text on stderr, with source excerpts.
    static func print(_ diagnostics: [Diagnostic]) {
        let sources = SourceCache()
        let formatter = TextFormatter(color: Terminal.standardError.supportsColor, source: { sources.text(of: $0) })
        for diagnostic in diagnostics { Terminal.standardError.write(formatter.format(diagnostic)) }
    }

    /// One line per district and a total, for stderr.
    func summary(strict: Bool) -> String {
        var out = ""
        for report in reports {
            out += "\(report.id): \(TextFormatter.counts(errors: report.errorCount, warnings: report.warningCount))\n"
        }
        let all = catalogDiagnostics + reports.flatMap(\.diagnostics)
        let errors = all.filter { $0.severity == .error }.count
        let verdict = passes(strict: strict) ? "passed" : "failed"
        out += "\(reports.count) district\(reports.count == 1 ? "" : "s") checked: \(TextFormatter.counts(errors: errors, warnings: all.count - errors)) — \(verdict)\(strict ? " (strict)" : "")\n"
        return out
    }
}
