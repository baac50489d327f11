import Foundation
import Testing
@testable import WegweiserCore

/// The built-in templates compiled to Swift (`HTMLView+Compiled.swift`)
/// render exactly what swift-mustache renders from the templates: every
/// sample district, every golden fixture, the `--since` marks, the matrix
/// set by role, hostile text, and papers with every optional part left out
/// or filled in.
@Suite struct CompiledTemplatesTests {
    /// Renders with both engines and compares; on a difference, names the
    /// first differing line of each.
    static func expectSameHTML(_ paper: Paper, _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let compiled = try HTMLRenderer(overrides: nil, engine: .compiled).render(paper, svg: HTMLRendererTests.svg)
        let mustache = try HTMLRenderer(overrides: nil, engine: .mustache).render(paper, svg: HTMLRendererTests.svg)
        guard compiled != mustache else { return }
        let (left, right) = (compiled.split(separator: "\n", omittingEmptySubsequences: false), mustache.split(separator: "\n", omittingEmptySubsequences: false))
        let line = zip(left, right).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(left.count, right.count)
        let show = { (lines: [Substring]) in line < lines.count ? String(lines[line]) : "(end)" }
        Issue.record("\(label): line \(line + 1) differs\ncompiled: \(show(left))\nmustache: \(show(right))", sourceLocation: sourceLocation)
    }

    @Test func theBuiltInTemplatesAreRenderedCompiledUnlessOneIsReplaced() throws {
        #expect(try HTMLRenderer().engine == .compiled)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-compiled-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try HTMLRenderer(overrides: folder.path).engine == .compiled, "an empty templates folder replaces nothing")
        try Data("<p>{{.}}</p>".utf8).write(to: folder.appendingPathComponent("contact.mustache"))
        #expect(try HTMLRenderer(overrides: folder.path).engine == .mustache)
    }

    @Test func everySampleDistrictInBothEditions() throws {
        let root = Golden.packageRoot.appendingPathComponent("Districts").path
        let workspace = Workspace(districtsFolder: root)
        for id in workspace.allDistrictIDs() {
            let folder = root + "/" + id
            let catalog = workspace.loadCatalog(try workspace.catalogFolder(forDistrict: folder)).catalog
            let district = try #require(workspace.check(districtFolder: folder, catalog: catalog).resolved)
            for edition in Paper.Edition.allCases {
                let paper = PaperBuilder(district: district, edition: edition, digest: DefinitionDigest.compute(district)).build()
                try Self.expectSameHTML(paper, "\(id), \(edition)")
            }
        }
    }

    @Test func theGoldenFixturesAndSetups() throws {
        for edition in Paper.Edition.allCases {
            try Self.expectSameHTML(try DocBookFixtures.paper(Fixture(), edition: edition), "Landkreis zkT, \(edition)")
            try Self.expectSameHTML(try DocBookFixtures.paper(DocBookFixtures.stadt, edition: edition), "Stadt gE, \(edition)")
            try Self.expectSameHTML(try DocBookFixtures.paper(DocBookFixtures.hostile, edition: edition), "hostile text, \(edition)")
        }
        for (name, fixture) in SetupGoldenTests.setups {
            try Self.expectSameHTML(try DocBookFixtures.paper(fixture, edition: .internal), name)
        }
    }

    @Test func theMarksOfSince() throws {
        for edition in Paper.Edition.allCases {
            let (changes, new) = try SinceTests.changes(edition: edition)
            try Self.expectSameHTML(SinceTests.paper(new, changes: changes, edition: edition), "--since, \(edition)")
        }
    }

    @Test func theMatrixSetByRole() throws {
        try Self.expectSameHTML(try MatrixByRoleTests.widenedPaper(extra: 40), "by role")
    }

    /// Every optional part absent and every list empty: the inverted sections
    /// and the values a template looks for further out.
    @Test func aPaperWithNothingOptional() throws {
        var paper = try DocBookFixtures.paper(DocBookFixtures.stadt, edition: .internal)
        paper.meta.version = nil
        paper.meta.date = nil
        paper.meta.isoDate = nil
        paper.meta.publisher = nil
        paper.introduction = []
        paper.goals = []
        paper.handovers = []
        paper.offers = []
        paper.bodies = []
        paper.municipalities = nil
        paper.directory = paper.directory.map { entry in
            var entry = entry
            entry.contact = Paper.ContactEntry(function: entry.contact.function)
            return entry
        }
        paper.institutions = paper.institutions.map { entry in
            var entry = entry
            (entry.shortLabel, entry.kind, entry.address, entry.web, entry.note) = (nil, nil, nil, nil, nil)
            (entry.functions, entry.targetGroups, entry.leads, entry.participates) = ([], [], [], [])
            (entry.handoversOut, entry.handoversIn) = ([], [])
            entry.contacts = entry.contacts.map { Paper.ContactEntry(function: $0.function) }
            return entry
        }
        paper.coverage.introduction = []
        paper.coverage.groups = []
        paper.glossary = []
        try Self.expectSameHTML(paper, "nothing optional")
    }

    /// Every optional part present, with text that needs escaping wherever
    /// the paper shows text.
    @Test func aPaperWithEverythingAndMarkupInIt() throws {
        let text = #"<b a='1'>"&amp;"</b> – ü"#
        var paper = try DocBookFixtures.paper(DocBookFixtures.stadt, edition: .public)
        paper.meta.version = text
        paper.meta.publisher = text
        paper.meta.title = text
        paper.goals = [text]
        paper.handovers = paper.handovers.map { entry in
            var entry = entry
            (entry.trigger, entry.note, entry.status, entry.legalBasis) = (text, text, text, text)
            entry.transfers = [text, text]
            return entry
        }
        paper.offers = paper.offers.map { entry in
            var entry = entry
            (entry.phase, entry.access, entry.web, entry.note) = (text, text, "https://example.org/?a=1&b=2", text)
            return entry
        }
        paper.bodies = paper.bodies.map { entry in
            var entry = entry
            (entry.chair, entry.secretariat, entry.rhythm, entry.note) = (text, text, text, text)
            return entry
        }
        paper.municipalities = [Paper.MunicipalityEntry(name: text, contact: Paper.ContactEntry(
            function: text, email: "a@example.org", phone: "+49 1", web: "https://example.org", address: text,
            languages: text, verified: text, note: text,
            person: Paper.PersonEntry(name: text, email: "p@example.org", phone: "+49 2", address: text)))]
        paper.changes = Paper.ChangesSection(title: text, since: text, introduction: [text], groups: [.init(title: text, items: [text])])
        try Self.expectSameHTML(paper, "everything")
    }
}

/// The committed compiled templates are what the script writes from the templates as they are now.
struct CompiledTemplatesFreshnessTests {
    @Test func theCompiledTemplatesMatchTheTemplates() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Golden.packageRoot.appendingPathComponent("scripts/generate-template-code").path, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run scripts/generate-template-code after changing a template or a view")
    }
}
