import Foundation
import Testing
@testable import WegweiserCore

/// The HTML paper, rendered from fixture districts with a fixed stand-in for
/// the Schaubild, so that the goldens do not depend on the Graphviz version.
@Suite struct HTMLRendererTests {
    static let svg = #"<svg role="img" aria-label="Schaubild"><title>Schaubild</title></svg>"#

    static func html(_ fixture: Fixture, edition: Paper.Edition) throws -> String {
        let paper = try DocBookFixtures.paper(fixture, edition: edition)
        return try HTMLRenderer().render(paper, svg: svg)
    }

    @Test(arguments: [Paper.Edition.internal, .public])
    func aLandkreisWithAnOptionskommune(edition: Paper.Edition) throws {
        try Golden.check(try Self.html(Fixture(), edition: edition), "html-landkreis-zkt-\(edition.rawValue).html")
    }

    @Test(arguments: [Paper.Edition.internal, .public])
    func aKreisfreieStadtWithAGemeinsameEinrichtung(edition: Paper.Edition) throws {
        try Golden.check(try Self.html(DocBookFixtures.stadt, edition: edition), "html-stadt-ge-\(edition.rawValue).html")
    }

    @Test func theSameDistrictRendersToTheSameBytes() throws {
        #expect(try Self.html(Fixture(), edition: .internal) == Self.html(Fixture(), edition: .internal))
    }

    @Test func personalDataAppearsOnlyInTheInternalEdition() throws {
        let internalHTML = try Self.html(DocBookFixtures.stadt, edition: .internal)
        let publicHTML = try Self.html(DocBookFixtures.stadt, edition: .public)
        for value in DocBookFixtures.personValues {
            let escaped = value.replacingOccurrences(of: "&", with: "&amp;")
            #expect(internalHTML.contains(escaped), "the internal edition lacks '\(value)'")
            #expect(!publicHTML.contains(escaped), "the public edition shows '\(value)'")
        }
        #expect(internalHTML.contains("Zur autorisierten Weitergabe"))
        #expect(!publicHTML.contains("autorisierten Weitergabe"))
        #expect(publicHTML.contains("Öffentliche Ausgabe"))
    }

    /// Mustache looks a missing value up in the surrounding context; a contact
    /// without a web address must not show its institution's.
    @Test func aContactNeverBorrowsItsInstitutionsValues() throws {
        let html = try Self.html(Fixture(["extra.yaml": """
            institutions:
              - id: beratung
                name: Beratungsstelle
                type: beratungsstelle
                web: https://www.beratung.example/institution
                address: Institutsweg 1
                note: Hinweis der Stelle
                contacts:
                  - function: Empfang
                    email: empfang@beratung.example
            offers:
              - id: offen
                title: Offene Sprechstunde
                provider: beratung
            """]), edition: .internal)
        let contact = try #require(html.range(of: "<strong class=\"function\">Empfang</strong>"))
        let block = html[contact.lowerBound...]
        let end = try #require(block.range(of: "</address>"))
        let text = String(block[..<end.lowerBound])
        #expect(!text.contains("beratung.example/institution"))
        #expect(!text.contains("Institutsweg"))
        #expect(!text.contains("Hinweis der Stelle"))
        #expect(text.contains("mailto:empfang@beratung.example"))
    }

    @Test func textIsEscaped() throws {
        let html = try Self.html(Fixture(["extra.yaml": """
            institutions:
              - id: boese
                name: "<script>alert(1)</script> & <b>Stelle</b>"
                type: sonstige
            offers:
              - id: angebot
                title: "<img src=x onerror=alert(1)>"
                provider: boese
            """]), edition: .public)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Stelle&lt;/b&gt;"))
    }

    @Test func everyTemplateIsUsedAndCanBeReplaced() throws {
        #expect(HTMLRenderer.templateNames == ["paper", "matrix", "handovers", "institutions", "contact", "directory", "coverage", "style"])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "body { color: black; } /* eigene */".write(to: folder.appendingPathComponent("style.mustache"), atomically: true, encoding: .utf8)
        let paper = try DocBookFixtures.paper(Fixture(), edition: .public)
        let html = try HTMLRenderer(overrides: folder.path).render(paper, svg: Self.svg)
        #expect(html.contains("body { color: black; } /* eigene */"))
        #expect(!html.contains("--lead-bg"))
    }
}

/// The four introductions: kreisfreie Stadt or Landkreis, gE or zkT.
@Suite struct IntroductionTests {
    static func introduction(_ fixture: Fixture) throws -> String {
        try DocBookFixtures.paper(fixture, edition: .public).introduction.joined(separator: "\n")
    }

    static let landkreisGE = Fixture([
        "institutions.yaml": Fixture.institutions
            .replacingOccurrences(of: "    name: Jobcenter Landkreis Test\n    part_of: landratsamt\n", with: "    name: Jobcenter Landkreis Test\n    carriers: [agentur, landratsamt]\n"),
        "district.yaml": Fixture.district.replacingOccurrences(of: "jobcenter_model: zkt", with: "jobcenter_model: ge"),
    ])

    @Test func landkreisWithOptionskommune() throws {
        let text = try Self.introduction(Fixture())
        #expect(text.contains("Der Landkreis Test ist zugelassener kommunaler Träger (Optionskommune, § 6a SGB II)"))
        #expect(text.contains("die kreisangehörige Gemeinde ist eigener Partner: Sie meldet"))
        #expect(text.contains("Gemeinde"))
        #expect(text.contains("verwaltungsintern"))
        #expect(text.contains("Agentur für Arbeit Test"))
    }

    @Test func landkreisWithGemeinsameEinrichtung() throws {
        let text = try Self.introduction(Self.landkreisGE)
        #expect(text.contains("Das Jobcenter Landkreis Test ist eine gemeinsame Einrichtung nach § 44b SGB II; Träger sind Agentur für Arbeit Test und Landratsamt Test."))
        #expect(text.contains("kreisangehörige"))
        #expect(!text.contains("Optionskommune"))
    }

    @Test func kreisfreieStadtWithGemeinsameEinrichtung() throws {
        let text = try Self.introduction(DocBookFixtures.stadt)
        #expect(text.contains("Die Stadt Teststadt ist eine kreisfreie Stadt."))
        #expect(text.contains("gemeinsame Einrichtung nach § 44b SGB II"))
        #expect(!text.contains("kreisangehörig"))
    }

    @Test func kreisfreieStadtWithOptionskommune() throws {
        var fixture = DocBookFixtures.stadt
        fixture.files["district.yaml"] = fixture.files["district.yaml"]!.replacingOccurrences(of: "jobcenter_model: ge", with: "jobcenter_model: zkt")
        fixture.files = fixture.files.mapValues {
            $0.replacingOccurrences(of: "carriers: [agentur, stadtverwaltung]", with: "part_of: stadtverwaltung")
        }
        let report = try fixture.run()
        #expect(report.errorCount == 0, "\(report.diagnostics.map(\.summary))")
        let text = try Self.introduction(fixture)
        #expect(text.contains("Die Stadt Teststadt ist eine kreisfreie Stadt."))
        #expect(text.contains("ist zugelassener kommunaler Träger (Optionskommune, § 6a SGB II)"))
    }
}
