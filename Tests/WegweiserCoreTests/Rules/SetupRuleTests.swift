import Testing
@testable import WegweiserCore

/// The district's setup: its own administration, the Jobcenter model, the Gemeinden.
@Suite struct SetupRuleTests {
    static let institutions = Fixture.institutions
    /// The base district with `jobcenter_model: ge`.
    static let geDistrict = Fixture.district.replacingOccurrences(of: "jobcenter_model: zkt", with: "jobcenter_model: ge")
    /// The base Jobcenter's two lines `part_of` and `functions`, to be replaced.
    static let jobcenterLines = "    part_of: landratsamt\n    functions: [sgb2]"

    static func institutions(jobcenter lines: String) -> String {
        institutions.replacingOccurrences(of: jobcenterLines, with: lines)
    }

    // MARK: own-administration

    @Test func noInstitutionIsTheOwnAdministration() throws {
        let institutions = Self.institutions.replacingOccurrences(of: "type: kreisverwaltung", with: "type: verwaltungseinheit")
        let report = try Fixture(["institutions.yaml": institutions]).run()
        #expect(report.findings == ["own-administration district.yaml:2:3"])
        let diagnostic = try report.first(.ownAdministration)
        #expect(diagnostic.message == "no institution is the district's own administration")
        #expect(diagnostic.hint == "give the Landratsamt 'type: kreisverwaltung'")
    }

    @Test func aKreisfreieStadtNeedsAStadtverwaltung() throws {
        let district = Fixture.district.components(separatedBy: "  municipalities:")[0]
            .replacingOccurrences(of: "kind: landkreis", with: "kind: kreisfreie-stadt")
        let institutions = Self.institutions.replacingOccurrences(of: "type: kreisverwaltung", with: "type: verwaltungseinheit")
        let report = try Fixture(["district.yaml": district, "institutions.yaml": institutions]).run()
        #expect(report.findings == ["own-administration district.yaml:2:3"])
        #expect(try report.first(.ownAdministration).hint == "give the Stadtverwaltung 'type: stadtverwaltung'")
    }

    @Test func twoInstitutionsOfTheAdministrationType() throws {
        let yaml = """
            institutions:
              - id: kreistag
                name: Kreistag
                type: kreisverwaltung
                part_of: landratsamt
            """
        let report = try Fixture(["zz.yaml": yaml]).run()
        #expect(report.findings == ["unused-institution zz.yaml:2:9", "own-administration zz.yaml:4:11"])
        let diagnostic = try report.first(.ownAdministration)
        #expect(diagnostic.message == "more than one institution has type 'kreisverwaltung'")
        #expect(diagnostic.hint == "only the district's own administration has this type; use 'verwaltungseinheit' for its units")
        #expect(diagnostic.notes.map(\.summary) == ["institutions.yaml:4:11 the first one is here"])
    }

    @Test func theAdministrationTypeOfTheOtherKind() throws {
        let yaml = """
            institutions:
              - id: stadtverwaltung
                name: Stadtverwaltung Teststadt
                type: stadtverwaltung
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["unused-institution partner.yaml:2:9", "own-administration partner.yaml:4:11"])
        let diagnostic = try report.first(.ownAdministration)
        #expect(diagnostic.message == "'stadtverwaltung' has type 'stadtverwaltung', but this district is a landkreis")
        #expect(diagnostic.hint == "a landkreis's own administration has type 'kreisverwaltung'")
    }

    // MARK: jobcenter-model

    @Test func zktJobcenterOutsideTheAdministration() throws {
        let report = try Fixture(["institutions.yaml": Self.institutions(jobcenter: "    functions: [sgb2]")]).run()
        #expect(report.findings == ["jobcenter-model institutions.yaml:5:9"])
        let diagnostic = try report.first(.jobcenterModel)
        #expect(diagnostic.message == "with 'jobcenter_model: zkt' the Jobcenter 'jobcenter' must be part of the district's own administration 'landratsamt'")
        #expect(diagnostic.hint == "add 'part_of: landratsamt' (or a unit of it), or set 'jobcenter_model: ge'")
        #expect(diagnostic.notes.map(\.summary) == ["district.yaml:6:20 the jobcenter model is set here"])
    }

    @Test func zktJobcenterPartOfAnotherInstitution() throws {
        let report = try Fixture(["institutions.yaml": Self.institutions(jobcenter: "    part_of: agentur\n    functions: [sgb2]")]).run()
        #expect(report.findings == ["jobcenter-model institutions.yaml:7:14"])
    }

    @Test func zktJobcenterThroughAnIntermediateUnitIsInside() throws {
        let dezernat = """
            institutions:
              - id: dezernat-soziales
                name: Dezernat Soziales
                type: verwaltungseinheit
                part_of: landratsamt
            """
        let fixture = Fixture([
            "institutions.yaml": Self.institutions(jobcenter: "    part_of: dezernat-soziales\n    functions: [sgb2]"),
            "partner.yaml": dezernat,
        ])
        #expect(try fixture.findings() == [])
    }

    @Test func zktJobcenterWithCarriers() throws {
        let report = try Fixture([
            "institutions.yaml": Self.institutions(jobcenter: Self.jobcenterLines + "\n    carriers: [agentur, landratsamt]"),
        ]).run()
        #expect(report.findings == ["jobcenter-model institutions.yaml:9:16"])
        let diagnostic = try report.first(.jobcenterModel)
        #expect(diagnostic.message == "an Optionskommune's Jobcenter has no 'carriers'; the district carries it alone")
        #expect(diagnostic.hint == "remove 'carriers', or set 'jobcenter_model: ge'")
    }

    @Test func geJobcenterInsideTheAdministration() throws {
        let report = try Fixture([
            "district.yaml": Self.geDistrict,
            "institutions.yaml": Self.institutions(jobcenter: Self.jobcenterLines + "\n    carriers: [agentur, landratsamt]"),
        ]).run()
        #expect(report.findings == ["jobcenter-model institutions.yaml:7:14"])
        let diagnostic = try report.first(.jobcenterModel)
        #expect(diagnostic.message == "with 'jobcenter_model: ge' the Jobcenter 'jobcenter' is a joint institution, not part of 'landratsamt'")
        #expect(diagnostic.hint == "remove 'part_of' and name its carriers, or set 'jobcenter_model: zkt'")
        #expect(diagnostic.notes.map(\.summary) == ["district.yaml:6:20 the jobcenter model is set here"])
    }

    @Test func geJobcenterWithoutCarriers() throws {
        let report = try Fixture([
            "district.yaml": Self.geDistrict, "institutions.yaml": Self.institutions(jobcenter: "    functions: [sgb2]"),
        ]).run()
        #expect(report.findings == ["jobcenter-model institutions.yaml:5:9"])
        let diagnostic = try report.first(.jobcenterModel)
        #expect(diagnostic.message == "a gemeinsame Einrichtung names its two carriers; missing: the Agentur für Arbeit (an institution holding 'sgb3') and the district's own administration 'landratsamt'")
        #expect(diagnostic.hint == "add 'carriers: [agentur, landratsamt]'")
    }

    @Test func geJobcenterWithOneCarrier() throws {
        let report = try Fixture([
            "district.yaml": Self.geDistrict,
            "institutions.yaml": Self.institutions(jobcenter: "    carriers: [agentur]\n    functions: [sgb2]"),
        ]).run()
        #expect(report.findings == ["jobcenter-model institutions.yaml:7:16"])
        #expect(try report.first(.jobcenterModel).message == "a gemeinsame Einrichtung names its two carriers; missing: the district's own administration 'landratsamt'")
    }

    @Test func geJobcenterWithBothCarriersIsFine() throws {
        let fixture = Fixture([
            "district.yaml": Self.geDistrict,
            "institutions.yaml": Self.institutions(jobcenter: "    carriers: [agentur, landratsamt]\n    functions: [sgb2]"),
        ])
        #expect(try fixture.findings() == [])
    }

    // MARK: municipalities

    @Test func aLandkreisWithoutMunicipalities() throws {
        let district = Fixture.district.components(separatedBy: "  municipalities:")[0]
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["municipalities district.yaml:2:3"])
        let diagnostic = try report.first(.municipalities)
        #expect(diagnostic.message == "a Landkreis needs its 'municipalities' (the Gemeinden)")
        #expect(diagnostic.hint == "list the Gemeinden under 'municipalities:' with name and contact")
    }

    @Test func aKreisfreieStadtWithMunicipalities() throws {
        let district = Fixture.district.replacingOccurrences(of: "kind: landkreis", with: "kind: kreisfreie-stadt")
        let institutions = Self.institutions.replacingOccurrences(of: "type: kreisverwaltung", with: "type: stadtverwaltung")
        let report = try Fixture(["district.yaml": district, "institutions.yaml": institutions]).run()
        #expect(report.findings == ["municipalities district.yaml:14:7"])
        let diagnostic = try report.first(.municipalities)
        #expect(diagnostic.message == "a kreisfreie Stadt has no 'municipalities'")
        #expect(diagnostic.hint == "remove 'municipalities', or set 'kind: landkreis'")
    }
}
