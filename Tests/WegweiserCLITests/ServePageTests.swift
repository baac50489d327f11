import Foundation
import Testing
import WegweiserCore
@testable import WegweiserServe

/// The pages `wegweiser serve` builds: the paper with the reload script, and
/// the problems instead of a stale paper.
@Suite struct ServePageTests {
    static let mixed = CommandRunner.packageRoot.appendingPathComponent("Tests/WegweiserCLITests/Workspaces/mixed")

    /// The page for a district with errors, as a golden file (paths relative to the package, the nonce fixed).
    @Test func theProblemsPageListsEveryDiagnosticAsTheCommandLinePrintsIt() throws {
        let builder = try PreviewBuilder(
            districtFolder: Self.mixed.appendingPathComponent("Districts/fehlerkreis").path, workspace: Workspace(),
            edition: .internal)
        let page = builder.build(version: 3)
        #expect(page.content == .problems)
        #expect(page.districtID == "fehlerkreis")
        let html = page.html.replacingOccurrences(of: CommandRunner.packageRoot.path + "/", with: "")
            .replacingOccurrences(of: LiveReload.nonce, with: "NONCE")
        try Golden.check(html, "serve-problems.html")
        #expect(html.contains("""
            <li class="error"><pre>Tests/WegweiserCLITests/Workspaces/mixed/Districts/fehlerkreis/institutions.yaml:15:16: error: &#39;asyl@kreis-test&#39; is not a valid e-mail address: the part after &#39;@&#39; is not a domain like example.org [invalid-email]
               15 |         email: asyl@kreis-test
                  |                ^~~~~~~~~~~~~~~
            </pre></li>
            """))
        #expect(html.contains("<p class=\"summary\">2 Fehler und 2 Warnungen. "))
        #expect(html.contains(#"<html lang="de">"#))
        #expect(html.contains(#"new EventSource("/events?version=3")"#))
    }

    @Test func textFromTheFilesIsEscapedInTheProblemsPage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-serve-\(UUID().uuidString)")
        let district = folder.appendingPathComponent("Districts/gutkreis")
        try FileManager.default.createDirectory(at: district.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.mixed.appendingPathComponent("Districts/gutkreis"), to: district)
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = "  - id: evil\n    name: Evil\n    type: beratungsstelle\n    part_of: \"<script>alert('x')</script>\"\n"
        let institutions = district.appendingPathComponent("institutions.yaml")
        try Data((try String(contentsOf: institutions, encoding: .utf8) + hostile).utf8).write(to: institutions)

        let page = try PreviewBuilder(districtFolder: district.path, workspace: Workspace(), edition: .internal).build(version: 1)
        #expect(page.content == .problems)
        #expect(page.errorCount > 0)
        #expect(page.html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        // Only the preview's own script, with its nonce.
        #expect(page.html.components(separatedBy: "<script").count == 2)
        #expect(page.html.contains("<script nonce=\"\(LiveReload.nonce)\">"))
    }

    @Test func aDistrictWithWarningsOnlyShowsThePaperWithABanner() throws {
        let builder = try PreviewBuilder(
            districtFolder: Self.mixed.appendingPathComponent("Districts/warnkreis").path, workspace: Workspace(),
            edition: .internal)
        let page = builder.build(version: 1)
        #expect(page.content == .paper)
        #expect(page.warningCount > 0)
        #expect(page.html.contains(#"<a href="/diagnostics">"#))
        #expect(page.diagnosticsHTML.contains("warning:"))
    }

    @Test func theInjectionCanBeTakenOutAgain() {
        let paper = "<!DOCTYPE html>\n<html lang=\"de\">\n<body>\n<p>x</p>\n</body>\n</html>\n"
        let page = LiveReload.inject(into: paper, version: 7, banner: WarningBanner.html(warnings: 2))
        #expect(page != paper)
        #expect(page.hasSuffix("</body>\n</html>\n"))
        #expect(LiveReload.removed(from: page) == paper)
    }

    @Test func onlyLoopbackHostsCountAsLocal() {
        #expect(PreviewServer.isLoopback("127.0.0.1"))
        #expect(PreviewServer.isLoopback("localhost"))
        #expect(PreviewServer.isLoopback("::1"))
        #expect(!PreviewServer.isLoopback("0.0.0.0"))
        #expect(!PreviewServer.isLoopback("192.168.1.5"))
        #expect(PreviewServer.url(host: "::1", port: 8080) == "http://[::1]:8080/")
    }
}

extension LiveReload {
    /// The page without what `inject` added: the paper as `generate` writes it.
    static func removed(from page: String) -> String {
        guard let begin = page.range(of: beginMarker), let end = page.range(of: endMarker + "\n", range: begin.upperBound..<page.endIndex)
        else { return page }
        var paper = page
        paper.removeSubrange(begin.lowerBound..<end.upperBound)
        return paper
    }
}
