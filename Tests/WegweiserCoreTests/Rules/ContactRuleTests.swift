import Testing
@testable import WegweiserCore

/// Contacts and completeness: what the paper would be missing.
@Suite struct ContactRuleTests {
    static let institutions = Fixture.institutions

    // MARK: unreachable-contact

    @Test func aContactWithOnlyPersonalData() throws {
        let yaml = """
            institutions:
              - id: beratung
                name: Beratungsstelle
                functions: [migrationsberatung]
                contacts:
                  - function: Leitung
                    address: Markt 1
                    person: {name: Erika Beispiel, email: erika@beratung.example}
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["unreachable-contact partner.yaml:6:9"])
        let diagnostic = try report.first(.unreachableContact)
        #expect(diagnostic.message == "the contact 'Leitung' of Beratungsstelle has no e-mail, phone or web address")
        #expect(diagnostic.hint == "add a functional 'email', 'phone' or 'web'; the person block is left out of the public edition")
    }

    @Test func aMunicipalityContactWithoutChannel() throws {
        let district = Fixture.district.replacingOccurrences(of: "email: buergerbuero@teststadt.example", with: "address: Markt 1")
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["unreachable-contact district.yaml:15:16"])
        #expect(try report.first(.unreachableContact).message == "the contact 'Bürgerbüro' of Stadt Teststadt has no e-mail, phone or web address")
    }

    @Test func aWebAddressAloneIsEnough() throws {
        let yaml = """
            institutions:
              - id: beratung
                name: Beratungsstelle
                functions: [migrationsberatung]
                contacts:
                  - function: Online-Beratung
                    web: https://beratung.example/online
            """
        #expect(try Fixture(["partner.yaml": yaml]).findings() == [])
    }

    // MARK: stale-contact

    /// The base district with an edition date and the Ausländeramt's contact verified on another day.
    static func fixture(edition: String, verified: String) -> Fixture {
        Fixture([
            "district.yaml": Fixture.district.replacingOccurrences(of: "date: 2026-03-01", with: "date: \(edition)"),
            "institutions.yaml": institutions.replacingOccurrences(of: "verified: 2026-01-10", with: "verified: \(verified)"),
        ])
    }

    @Test func exactly24MonthsIsFine() throws {
        #expect(try Self.fixture(edition: "2026-01-10", verified: "2024-01-10").findings() == [])
    }

    @Test func twentyFourMonthsAndOneDayWarns() throws {
        let report = try Self.fixture(edition: "2026-01-10", verified: "2024-01-09").run()
        #expect(report.findings == ["stale-contact institutions.yaml:16:19"])
        let diagnostic = try report.first(.staleContact)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "the contact 'Sachgebietsleitung' of Ausländeramt was last verified on 2024-01-09, more than 24 months before the edition date 2026-01-10")
        #expect(diagnostic.hint == "check the contact and update 'verified'")
    }

    @Test func theMonthEndIsClampedOnLeapDays() throws {
        // 24 months before 29 February 2028 is 28 February 2026, the last day of that month.
        #expect(try Self.fixture(edition: "2028-02-29", verified: "2026-02-28").findings() == [])
        #expect(try Self.fixture(edition: "2028-02-29", verified: "2026-02-27").findings() == ["stale-contact institutions.yaml:16:19"])
        // 24 months before 28 February 2026 is 28 February 2024; the 29th is later, so fine.
        #expect(try Self.fixture(edition: "2026-02-28", verified: "2024-02-28").findings() == [])
        #expect(try Self.fixture(edition: "2026-03-31", verified: "2024-03-30").findings() == ["stale-contact institutions.yaml:16:19"])
    }

    @Test func withoutEditionDateNothingIsStale() throws {
        let district = Fixture.district.replacingOccurrences(of: "    date: 2026-03-01\n", with: "")
        let institutions = Self.institutions.replacingOccurrences(of: "verified: 2026-01-10", with: "verified: 1999-01-01")
        #expect(try Fixture(["district.yaml": district, "institutions.yaml": institutions]).findings() == [])
    }

    @Test func staleMunicipalityContactsAreCheckedToo() throws {
        let district = Fixture.district.replacingOccurrences(
            of: "email: buergerbuero@teststadt.example}", with: "email: buergerbuero@teststadt.example, verified: 2020-01-01}")
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["stale-contact district.yaml:15:88"])
        #expect(try report.first(.staleContact).message.hasPrefix("the contact 'Bürgerbüro' of Stadt Teststadt was last verified on 2020-01-01"))
    }

    // MARK: unused-institution

    @Test func anInstitutionNobodyNames() throws {
        let yaml = """
            institutions:
              - id: handwerkskammer
                name: Handwerkskammer Dresden
                type: kammer
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["unused-institution partner.yaml:2:9"])
        let diagnostic = try report.first(.unusedInstitution)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "the institution 'handwerkskammer' appears nowhere in the paper: no task, handover, offer or committee names it")
        #expect(diagnostic.hint == "give it a role in 'responsibilities', a function that tasks use, or remove it")
    }

    @Test func offersCommitteesPartOfAndCarriersCount() throws {
        let yaml = """
            institutions:
              - id: kammer
                name: Handwerkskammer
              - id: sprachschule
                name: Sprachschule
              - id: wohlfahrt
                name: Wohlfahrtsverband
              - id: referat
                name: Referat
                part_of: wohlfahrt
              - id: ehrenamt
                name: Ehrenamtsnetz
            offers:
              - {id: kurs, title: Sprachkurs, provider: sprachschule}
            bodies:
              - {id: netz, name: Netzwerk, members: [kammer, mbe], chair: [kammer], secretariat: ehrenamt}
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        // 'wohlfahrt' is used as the parent of 'referat'; nobody names 'referat' itself.
        #expect(report.findings == ["unused-institution partner.yaml:8:9"])
    }

    // MARK: lead-without-contact

    @Test func aLeadInstitutionWithoutContact() throws {
        let institutions = Self.institutions.replacingOccurrences(
            of: "    contacts:\n      - function: Bürgerbüro\n        phone: \"+49 3521 100-0\"\n", with: "")
        let report = try Fixture(["institutions.yaml": institutions]).run()
        #expect(report.findings == ["lead-without-contact institutions.yaml:21:9"])
        let diagnostic = try report.first(.leadWithoutContact)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "'teststadt' leads 1 task but has no contact")
        #expect(diagnostic.hint == "add 'contacts:' with at least one functional channel")
    }

    @Test func theCountOfLedTasksIsInTheMessage() throws {
        let yaml = """
            responsibilities:
              - id: beschaeftigungserlaubnis
                roles:
                  landratsamt: lead
              - id: anmeldung
                roles:
                  landratsamt: lead
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [
            "lead-without-contact institutions.yaml:2:9",
            "unused-institution institutions.yaml:17:9",
            "unused-institution institutions.yaml:21:9",
            "unused-institution institutions.yaml:28:9",
        ])
        #expect(try report.first(.leadWithoutContact).message == "'landratsamt' leads 2 tasks but has no contact")
    }
}
