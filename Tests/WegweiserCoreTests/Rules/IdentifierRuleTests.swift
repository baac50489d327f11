import Testing
@testable import WegweiserCore

/// Ids: their form, their uniqueness, and the district id matching its folder.
@Suite struct IdentifierRuleTests {
    // MARK: invalid-id

    @Test func anInstitutionIdWrittenAsAName() throws {
        let yaml = """
            institutions:
              - id: Jobcenter Meißen
                name: Jobcenter
                functions: [migrationsberatung]
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["invalid-id partner.yaml:2:9"])
        let diagnostic = try report.first(.invalidId)
        #expect(diagnostic.message == "'Jobcenter Meißen' is not a valid institution id")
        #expect(diagnostic.hint == "ids are lower-case letters, digits and single hyphens, at most 64 characters, e.g. 'jobcenter-meissen'")
    }

    @Test func idsOfEveryKindAreChecked() throws {
        let yaml = """
            responsibilities:
              - id: Sprachkurs_Vermittlung
                title: Vermittlung in Sprachkurse
                phase: arbeit
                roles:
                  teststadt: lead
            interfaces:
              - id: "übergabe--akte"
                from: auslaenderamt
                to: jobcenter
                subject: Übergabe der Akte
            offers:
              - id: -kurs
                title: Kurs
                provider: mbe
            bodies:
              - id: Netzwerk 2026
                name: Netzwerk
                members: [landratsamt]
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [
            "invalid-id partner.yaml:2:9", "invalid-id partner.yaml:8:9",
            "invalid-id partner.yaml:13:9", "invalid-id partner.yaml:17:9",
        ])
        #expect(report.diagnostics.map(\.message) == [
            "'Sprachkurs_Vermittlung' is not a valid task id",
            "'übergabe--akte' is not a valid handover id",
            "'-kurs' is not a valid offer id",
            "'Netzwerk 2026' is not a valid committee id",
        ])
        #expect(report.diagnostics.map { $0.hint?.components(separatedBy: "e.g. ").last } == [
            "'sprachkurs-vermittlung'", "'uebergabe-akte'", "'kurs'", "'netzwerk-2026'",
        ])
    }

    @Test func anIdWithoutAnyUsableLetterGetsNoProposal() throws {
        let yaml = """
            offers:
              - id: "§§"
                title: Kurs
                provider: mbe
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["invalid-id partner.yaml:2:9"])
        #expect(try report.first(.invalidId).hint == "ids are lower-case letters, digits and single hyphens, at most 64 characters")
    }

    @Test func anIdLongerThan64Characters() throws {
        let id = String(repeating: "a", count: 65)
        let report = try Fixture(["partner.yaml": "offers:\n  - id: \(id)\n    title: Kurs\n    provider: mbe\n"]).run()
        #expect(report.findings == ["invalid-id partner.yaml:2:9"])
        #expect(try report.first(.invalidId).hint?.hasSuffix("e.g. '\(String(repeating: "a", count: 64))'") == true)
    }

    // MARK: duplicate-id

    @Test func anInstitutionIdUsedInTwoFiles() throws {
        let first = """
            institutions:
              - id: beratung
                name: Beratungsstelle Nord
                functions: [migrationsberatung]
            """
        let second = """
            institutions:
              - id: sprachschule
                name: Sprachschule
                functions: [migrationsberatung]
              - id: beratung
                name: Beratungsstelle Süd
            """
        let report = try Fixture(["partner/nord.yaml": first, "partner/sued.yaml": second]).run()
        #expect(report.findings == ["duplicate-id partner/sued.yaml:5:9"])
        let diagnostic = try report.first(.duplicateId)
        #expect(diagnostic.message == "the institution id 'beratung' is used twice")
        #expect(diagnostic.hint == "ids must be unique, also across the files of a district")
        #expect(diagnostic.notes.map(\.summary) == ["partner/nord.yaml:2:9 first used here"])
    }

    @Test func theLaterFileInSortedOrderGetsTheError() throws {
        // a.yaml is read before institutions.yaml, so the base district's entry is the second
        // one. The first entry counts: it holds no 'sgb2', so the Rechtskreiswechsel has no receiver.
        let report = try Fixture(["a.yaml": "institutions:\n  - id: jobcenter\n    name: Jobcenter Neu\n"]).run()
        #expect(report.findings == ["unused-institution a.yaml:2:9", "gap district.yaml:2:3", "duplicate-id institutions.yaml:5:9"])
        #expect(try report.first(.duplicateId).notes.map(\.summary) == ["a.yaml:2:9 first used here"])
    }

    @Test func taskHandoverOfferAndCommitteeIdsAreUniqueWithinTheirKind() throws {
        // The same id in two kinds ('anmeldung' as task and as handover) is fine.
        let yaml = """
            responsibilities:
              - id: anmeldung
                note: Erste Anpassung
              - id: anmeldung
                note: Zweite Anpassung
            interfaces:
              - {id: anmeldung, from: teststadt, to: auslaenderamt, subject: Anmeldung}
              - {id: anmeldung, from: teststadt, to: auslaenderamt, subject: Anmeldung}
            offers:
              - {id: kurs, title: Kurs, provider: mbe}
              - {id: kurs, title: Kurs, provider: mbe}
            bodies:
              - {id: netz, name: Netz, members: [mbe]}
              - {id: netz, name: Netz, members: [mbe]}
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [
            "duplicate-id partner.yaml:4:9", "duplicate-id partner.yaml:8:10",
            "duplicate-id partner.yaml:11:10", "duplicate-id partner.yaml:14:10",
        ])
        #expect(report.diagnostics.map(\.message) == [
            "the task id 'anmeldung' is used twice", "the handover id 'anmeldung' is used twice",
            "the offer id 'kurs' is used twice", "the committee id 'netz' is used twice",
        ])
        #expect(report.diagnostics.map { $0.notes.map(\.summary) } == [
            ["partner.yaml:2:9 first used here"], ["partner.yaml:7:10 first used here"],
            ["partner.yaml:10:10 first used here"], ["partner.yaml:13:10 first used here"],
        ])
    }

    @Test func twoContactsOfOneInstitutionWithTheSameFunction() throws {
        let yaml = """
            institutions:
              - id: beratung
                name: Beratungsstelle
                functions: [migrationsberatung]
                contacts:
                  - function: Beratung
                    email: beratung@beratung.example
                  - function: Beratung
                    phone: "+49 341 1234567"
              - id: sprachschule
                name: Sprachschule
                functions: [migrationsberatung]
                contacts:
                  - function: Beratung
                    email: info@sprachschule.example
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["duplicate-id partner.yaml:8:19"])
        let diagnostic = try report.first(.duplicateId)
        #expect(diagnostic.message == "'beratung' has two contacts with the function 'Beratung'")
        #expect(diagnostic.hint == "contacts are matched by their function; name them apart")
        #expect(diagnostic.notes.map(\.summary) == ["partner.yaml:6:19 first used here"])
    }

    // MARK: district-id-mismatch

    @Test func theDistrictIdMustEqualTheFolderName() throws {
        let district = Fixture.district.replacingOccurrences(of: "id: testkreis", with: "id: testkreis-neu")
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["district-id-mismatch district.yaml:2:7"])
        let diagnostic = try report.first(.districtIdMismatch)
        #expect(diagnostic.message == "the district id 'testkreis-neu' does not match its folder 'testkreis'")
        #expect(diagnostic.hint == "set 'id: testkreis', or rename the folder to 'testkreis-neu'")
    }

    @Test func anInvalidDistrictIdIsReportedToo() throws {
        let district = Fixture.district.replacingOccurrences(of: "id: testkreis", with: "id: Landkreis Test")
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["district-id-mismatch district.yaml:2:7", "invalid-id district.yaml:2:7"])
        #expect(try report.first(.invalidId).message == "'Landkreis Test' is not a valid district id")
    }

    // MARK: IdentifierRules

    @Test(arguments: ["a", "jobcenter", "landkreis-meissen", "sgb2", "2026", "a-b-c", String(repeating: "x", count: 64)])
    func validIds(_ id: String) {
        #expect(IdentifierRules.isValid(id))
    }

    @Test(arguments: ["", "-a", "a-", "a--b", "A", "jobcenter_meissen", "meißen", "a b", "a.b", String(repeating: "x", count: 65)])
    func invalidIds(_ id: String) {
        #expect(!IdentifierRules.isValid(id))
    }

    @Test func proposals() {
        #expect(IdentifierRules.proposal(for: "Jobcenter Meißen") == "jobcenter-meissen")
        #expect(IdentifierRules.proposal(for: "Ausländerbehörde") == "auslaenderbehoerde")
        #expect(IdentifierRules.proposal(for: "Jugendmigrationsdienst (JMD)") == "jugendmigrationsdienst-jmd")
        #expect(IdentifierRules.proposal(for: "  Stadt -- Leipzig  ") == "stadt-leipzig")
        #expect(IdentifierRules.proposal(for: "Übergänge") == "uebergaenge")
        #expect(IdentifierRules.proposal(for: "§§") == nil)
        #expect(IdentifierRules.proposal(for: "jobcenter") == nil, "a valid id needs no proposal")
        let long = IdentifierRules.proposal(for: String(repeating: "ab ", count: 30))
        #expect(long.map { $0.count <= 64 && IdentifierRules.isValid($0) } == true)
    }
}
