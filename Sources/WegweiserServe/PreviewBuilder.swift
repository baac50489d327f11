import Foundation
import WegweiserCore

/// Builds one version of the preview: load → validate → resolve → render the
/// HTML paper in memory, as `generate` does (nothing is written to disk).
public struct PreviewBuilder: Sendable {
    public let districtFolder: String
    public let workspace: Workspace
    /// Made once: parsing the templates again for every save would only cost time.
    private let generator: PaperGenerator

    public init(districtFolder: String, workspace: Workspace, edition: Paper.Edition) throws {
        self.districtFolder = districtFolder
        self.workspace = workspace
        generator = try PaperGenerator(formats: [.html], edition: edition, html: HTMLRenderer())
    }

    public var districtID: String { URL(fileURLWithPath: districtFolder).lastPathComponent }

    /// The folders whose YAML files the paper is made of: the district and its catalogue.
    public func watchedFolders() -> [String] {
        guard let catalog = try? workspace.catalogFolder(forDistrict: districtFolder) else { return [districtFolder] }
        return [districtFolder, catalog]
    }

    /// `build` on a Dispatch thread: it blocks for the whole build (and for
    /// Graphviz), which must not hold up a thread of Swift's cooperative pool
    /// that the request handlers need.
    func buildInBackground(version: Int) async -> PreviewPage {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: build(version: version)) }
        }
    }

    public func build(version: Int) -> PreviewPage {
        let catalogFolder: String?
        do { catalogFolder = try workspace.catalogFolder(forDistrict: districtFolder) } catch {
            return problems(version: version, diagnostics: [], failures: ["\(error)"])
        }
        let (catalog, catalogDiagnostics) = workspace.loadCatalog(catalogFolder)
        let report = workspace.check(districtFolder: districtFolder, catalog: catalog)
        let diagnostics = catalogDiagnostics + report.diagnostics
        // As in `generate`: an error in the catalogue or the district stops the paper.
        guard !diagnostics.contains(where: { $0.severity == .error }), let district = report.resolved else {
            return problems(version: version, diagnostics: diagnostics, failures: [])
        }
        do {
            let output = try generator.render(district)
            guard let paper = output.files.first(where: { $0.format == .html })?.text else {
                return problems(version: version, diagnostics: diagnostics, failures: ["no HTML was rendered"])
            }
            let html = LiveReload.inject(into: paper, version: version, banner: WarningBanner.html(warnings: diagnostics.count))
            return PreviewPage(
                content: .paper, districtID: districtID, version: version, html: html, diagnostics: diagnostics, renderWarnings: output.warnings,
                diagnosticsHTML: problemsPage(diagnostics, failures: []).render(version: version))
        } catch {
            return problems(version: version, diagnostics: diagnostics, failures: ["\(error)"])
        }
    }

    private func problems(version: Int, diagnostics: [Diagnostic], failures: [String]) -> PreviewPage {
        let html = problemsPage(diagnostics, failures: failures).render(version: version)
        return PreviewPage(
            content: .problems, districtID: districtID, version: version, html: html, diagnostics: diagnostics, failures: failures, diagnosticsHTML: html)
    }

    private func problemsPage(_ diagnostics: [Diagnostic], failures: [String]) -> ProblemsPage {
        let sources = SourceCache(limits: workspace.limits)
        return ProblemsPage(districtID: districtID, diagnostics: diagnostics, failures: failures, source: { sources.text(of: $0) })
    }
}
