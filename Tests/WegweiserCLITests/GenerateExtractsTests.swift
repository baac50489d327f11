import Foundation
import Testing

/// `wegweiser generate --extracts`: one printable page per institution and
/// an overview, in `<out>/<id>/auszuege/`.
@Suite struct GenerateExtractsTests {
    static let pages = [
        "agentur.html", "auslaenderamt.html", "index.html", "jobcenter.html", "landratsamt.html", "mbe.html", "vhs.html",
    ]

    static func extracts(in workspace: TemporaryWorkspace, out: String = "Output") throws -> [String: String] {
        let folder = workspace.url.appendingPathComponent("\(out)/lueckenkreis/auszuege")
        return try GenerateCommandTests.files(in: folder).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// An output folder that is itself called "auszuege" changes nothing in the report.
    @Test func theReportNamesTheExtractsFolderWhateverTheOutputFolderIsCalled() throws {
        let workspace = try TemporaryWorkspace(copying: "coverage")
        defer { workspace.remove() }
        let result = try CommandRunner.run(
            ["generate", "--extracts", "--formats", "html,dot", "--out", "auszuege/neu", "lueckenkreis"], in: workspace.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains(
            "lueckenkreis: wrote auszuege/neu/lueckenkreis/lueckenkreis.html, auszuege/neu/lueckenkreis/lueckenkreis.dot, "
                + "auszuege/neu/lueckenkreis/auszuege/ (7 pages)\n"))
    }

    @Test func writesAPagePerInstitutionAndAnOverview() throws {
        let workspace = try TemporaryWorkspace(copying: "coverage")
        defer { workspace.remove() }
        let result = try CommandRunner.run(["generate", "--extracts", "--formats", "html", "lueckenkreis"], in: workspace.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains(
            "lueckenkreis: wrote Output/lueckenkreis/lueckenkreis.html, Output/lueckenkreis/auszuege/ (7 pages)\n"))
        let pages = try Self.extracts(in: workspace)
        #expect(pages.keys.sorted() == Self.pages)
        // Lead tasks and a handover out; involved, a handover in and a person block;
        // nothing at all: every part of the template.
        try Golden.check(pages["auslaenderamt.html"]!, "extract-auslaenderamt.html")
        try Golden.check(pages["agentur.html"]!, "extract-agentur.html")
        try Golden.check(pages["vhs.html"]!, "extract-vhs.html")
        try Golden.check(pages["index.html"]!, "extract-index.html")
        // Everything an institution page needs, nothing from the network.
        for (name, page) in pages {
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">"), "\(name)")
            #expect(page.contains("@page { size: A4;"), "\(name)")
            #expect(page.contains("Erzeugt mit wegweiser 0.1.0 aus der Definition sha256:"), "\(name)")
            #expect(!page.contains("http://") && !page.contains("<link") && !page.contains("<script"), "\(name)")
        }
        // The same input gives the same bytes.
        let again = try CommandRunner.run(["generate", "--extracts", "--formats", "html", "lueckenkreis"], in: workspace.url)
        #expect(again.exitCode == 0)
        #expect(try Self.extracts(in: workspace) == pages)
    }

    @Test func thePublicEditionHoldsNoPersonalData() throws {
        let workspace = try TemporaryWorkspace(copying: "coverage")
        defer { workspace.remove() }
        let result = try CommandRunner.run(
            ["generate", "--extracts", "--edition", "public", "--out", "public", "lueckenkreis"], in: workspace.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let pages = try Self.extracts(in: workspace, out: "public")
        #expect(pages.keys.sorted() == Self.pages)
        #expect(pages["auslaenderamt.html"]!.contains("asyl@kreis-luecke.example"), "functional channels stay")
        for (name, page) in pages {
            for value in CoverageCommandTests.personValues {
                #expect(!page.contains(value), "the public extract \(name) shows the personal value '\(value)'")
            }
            #expect(!page.contains("autorisierten Weitergabe"), "\(name) is marked as internal")
        }
        let internalEdition = try CommandRunner.run(["generate", "--extracts", "lueckenkreis"], in: workspace.url)
        #expect(internalEdition.exitCode == 0)
        #expect(try Self.extracts(in: workspace)["agentur.html"]!.contains("Max Mustermann"))
    }

    @Test func pagesOfRemovedInstitutionsGoOthersStay() throws {
        let workspace = try TemporaryWorkspace(copying: "coverage")
        defer { workspace.remove() }
        let folder = workspace.url.appendingPathComponent("Output/lueckenkreis/auszuege")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let stale = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"wegweiser 0.0.9\">\n"
        try stale.write(to: folder.appendingPathComponent("sozialamt.html"), atomically: true, encoding: .utf8)
        try "<p>Notizen aus dem Workshop</p>\n".write(to: folder.appendingPathComponent("notizen.html"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["generate", "--extracts", "--formats", "dot", "lueckenkreis"], in: workspace.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try Self.extracts(in: workspace).keys.sorted() == (Self.pages + ["notizen.html"]).sorted())
    }

    @Test func aDistrictWithErrorsGetsNoExtracts() throws {
        let workspace = try TemporaryWorkspace(copying: "mixed")
        defer { workspace.remove() }
        let result = try CommandRunner.run(["generate", "--extracts", "fehlerkreis", "gutkreis"], in: workspace.url)
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("fehlerkreis: not written (2 errors and 2 warnings)"))
        let output = workspace.url.appendingPathComponent("Output")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("fehlerkreis").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("gutkreis/auszuege/index.html").path))
    }

    @Test func withoutTheFlagNoExtracts() throws {
        let workspace = try TemporaryWorkspace(copying: "coverage")
        defer { workspace.remove() }
        let result = try CommandRunner.run(["generate", "--formats", "html", "lueckenkreis"], in: workspace.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.url.appendingPathComponent("Output/lueckenkreis/auszuege").path))
    }
}
