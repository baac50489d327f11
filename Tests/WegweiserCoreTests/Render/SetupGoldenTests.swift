import Testing
@testable import WegweiserCore

/// Goldens for the two setups the format tests do not cover on their own:
/// a Landkreis with a gemeinsame Einrichtung, and a kreisfreie Stadt that is
/// an Optionskommune. With the other goldens, every format is pinned for all
/// four setups.
@Suite struct SetupGoldenTests {
    static var stadtZKT: Fixture {
        var fixture = DocBookFixtures.stadt
        fixture.files["district.yaml"] = fixture.files["district.yaml"]!
            .replacingOccurrences(of: "jobcenter_model: ge", with: "jobcenter_model: zkt")
        fixture.files = fixture.files.mapValues {
            $0.replacingOccurrences(of: "carriers: [agentur, stadtverwaltung]", with: "part_of: stadtverwaltung")
        }
        return fixture
    }

    static let setups: [(name: String, fixture: Fixture)] = [
        ("landkreis-ge", IntroductionTests.landkreisGE),
        ("stadt-zkt", stadtZKT),
    ]

    @Test(arguments: [0, 1])
    func everyFormatOfTheSetup(index: Int) throws {
        let (name, fixture) = Self.setups[index]
        let report = try fixture.run()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.summary))")
        let district = try #require(report.resolved)
        let paper = PaperBuilder(district: district, edition: .internal, digest: DefinitionDigest.compute(district)).build()
        try Golden.check(try HTMLRenderer().render(paper, svg: HTMLRendererTests.svg), "html-\(name)-internal.html")
        try Golden.check(
            try DocBookRenderer.render(paper, svgFileName: "\(district.id).svg", schema: try DocBookSchema.shared()),
            "docbook-\(name)-internal.xml")
        try Golden.check(SchaubildRenderer.dot(for: district), "schaubild-\(name).dot")
    }
}
