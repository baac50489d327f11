import Testing
@testable import WegweiserCore

/// Resolution: roles through function bindings, exactly one lead, gaps, the Rechtskreiswechsel.
@Suite struct ResolutionRuleTests {
    static let institutions = Fixture.institutions

    // MARK: lead-count

    @Test func twoLeadsBecauseTwoInstitutionsHoldTheLeadFunction() throws {
        let yaml = """
            institutions:
              - id: abh-riesa
                name: Ausländerbehörde Außenstelle Riesa
                functions: [auslaenderbehoerde]
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        // Reported at the binding that made the lead ambiguous: the later one.
        #expect(report.findings == ["lead-count partner.yaml:4:17"])
        let diagnostic = try report.first(.leadCount)
        #expect(diagnostic.message == "the task 'beschaeftigungserlaubnis' has 2 lead institutions: 'auslaenderamt', 'abh-riesa' (all hold 'auslaenderbehoerde')")
        #expect(diagnostic.hint == "adapt 'beschaeftigungserlaubnis' in 'responsibilities' and name the lead institution, or bind the function to one institution")
        #expect(diagnostic.notes.map(\.summary) == ["_catalog/tasks.yaml:28:5 the catalogue task is defined here"])
        #expect(report.resolved?.tasks.first { $0.id == "beschaeftigungserlaubnis" }?.lead == nil)
    }

    @Test func twoLeadsInAnAdaptedTaskWithCatalogueRoles() throws {
        let yaml = """
            institutions:
              - id: abh-riesa
                name: Ausländerbehörde Außenstelle Riesa
                functions: [auslaenderbehoerde]
            responsibilities:
              - id: beschaeftigungserlaubnis
                legal_basis: § 4a AufenthG, § 32 BeschV
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["lead-count partner.yaml:4:17"])
        #expect(try report.first(.leadCount).notes.map(\.summary) == ["_catalog/tasks.yaml:28:5 the catalogue task is defined here"])
    }

    @Test func adaptingTheTaskResolvesTheAmbiguity() throws {
        let yaml = """
            institutions:
              - id: abh-riesa
                name: Ausländerbehörde Außenstelle Riesa
                functions: [auslaenderbehoerde]
            responsibilities:
              - id: beschaeftigungserlaubnis
                roles:
                  auslaenderamt: lead
                  abh-riesa: involved
                  sgb3: involved
                  migrationsberatung: advises
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [])
        #expect(report.resolved?.tasks.first { $0.id == "beschaeftigungserlaubnis" }?.lead == "auslaenderamt")
    }

    @Test func aDistrictTaskWithTwoLeadKeys() throws {
        let yaml = """
            responsibilities:
              - id: anmeldung
                roles:
                  teststadt: lead
                  auslaenderamt: lead
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["lead-count partner.yaml:5:7"])
        let diagnostic = try report.first(.leadCount)
        #expect(diagnostic.message == "the task 'anmeldung' has 2 lead institutions: 'auslaenderamt', 'teststadt'")
        #expect(diagnostic.hint == "a task has exactly one lead; make the others 'involved'")
        #expect(diagnostic.notes.isEmpty)
    }

    @Test func twoLeadKeysReachingTheSameInstitutionAreOneLead() throws {
        let yaml = """
            responsibilities:
              - id: anmeldung
                roles:
                  meldebehoerde: lead
                  teststadt: lead
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [])
        #expect(report.resolved?.tasks.first { $0.id == "anmeldung" }?.lead == "teststadt")
    }

    @Test func aNewDistrictTaskWithoutLead() throws {
        let yaml = """
            responsibilities:
              - id: wohnungssuche
                title: Unterstützung bei der Wohnungssuche
                phase: ankommen
                roles:
                  teststadt: involved
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["lead-count partner.yaml:2:5"])
        let diagnostic = try report.first(.leadCount)
        #expect(diagnostic.message == "the task 'wohnungssuche' has no lead")
        #expect(diagnostic.hint == "give exactly one institution or function the role 'lead'")
    }

    @Test func anOverrideWhoseRolesHaveNoLead() throws {
        let yaml = """
            responsibilities:
              - id: anmeldung
                roles:
                  teststadt: involved
                  auslaenderamt: informed
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["lead-count partner.yaml:2:5"])
        #expect(try report.first(.leadCount).message == "the task 'anmeldung' has no lead")
    }

    // MARK: gap

    @Test func aCatalogueTaskWhoseLeadFunctionNoOneHolds() throws {
        let institutions = Self.institutions.replacingOccurrences(of: "functions: [meldebehoerde]", with: "functions: []")
        let report = try Fixture(["institutions.yaml": institutions]).run()
        #expect(report.findings == ["gap district.yaml:2:3", "unused-institution institutions.yaml:21:9"])
        let diagnostic = try report.first(.gap)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "no institution holds the function 'meldebehoerde', so the task 'anmeldung' has no lead")
        #expect(diagnostic.hint == "bind 'meldebehoerde' to an institution with 'functions: [meldebehoerde]', or add 'anmeldung' to exclude_tasks")
        #expect(diagnostic.notes.map(\.summary) == ["_catalog/tasks.yaml:37:5 the catalogue task is defined here"])
        let task = try #require(report.resolved?.tasks.first { $0.id == "anmeldung" })
        #expect(task.gap == "meldebehoerde")
        #expect(task.lead == nil)
        #expect(report.passes(strict: false))
        #expect(!report.passes(strict: true))
    }

    @Test func aGapInRolesWrittenByTheDistrictPointsAtTheKey() throws {
        let institutions = Self.institutions.replacingOccurrences(of: "functions: [meldebehoerde]", with: "functions: []")
        let yaml = """
            responsibilities:
              - id: anmeldung
                roles:
                  meldebehoerde: lead
                  teststadt: involved
            """
        let report = try Fixture(["institutions.yaml": institutions, "partner.yaml": yaml]).run()
        #expect(report.findings == ["gap partner.yaml:4:7"])
        #expect(try report.first(.gap).notes.isEmpty)
    }

    @Test func aGapInAnAdaptedTaskWithCatalogueRolesPointsAtTheCatalogue() throws {
        // The override only adds a note: the roles, and so the gap, come from the catalogue.
        let institutions = Self.institutions.replacingOccurrences(of: "functions: [meldebehoerde]", with: "functions: []")
        let yaml = """
            responsibilities:
              - id: anmeldung
                note: Im Bürgerbüro
            """
        let report = try Fixture(["institutions.yaml": institutions, "partner.yaml": yaml]).run()
        #expect(report.findings == ["gap district.yaml:2:3", "unused-institution institutions.yaml:21:9"])
        #expect(try report.first(.gap).notes.map(\.summary) == ["_catalog/tasks.yaml:37:5 the catalogue task is defined here"])
    }

    @Test func anExcludedTaskIsNoGap() throws {
        let institutions = Self.institutions.replacingOccurrences(of: "functions: [meldebehoerde]", with: "functions: []")
        let district = Fixture.district + "\n  exclude_tasks: [anmeldung]"
        let report = try Fixture(["district.yaml": district, "institutions.yaml": institutions]).run()
        #expect(report.findings == ["unused-institution institutions.yaml:21:9"])
    }

    @Test func aHandoverWithoutSender() throws {
        let institutions = Self.institutions.replacingOccurrences(
            of: "functions: [auslaenderbehoerde, asylblg]", with: "functions: [auslaenderbehoerde]")
        let report = try Fixture(["institutions.yaml": institutions]).run()
        #expect(report.findings == ["gap district.yaml:2:3", "unused-institution institutions.yaml:5:9"])
        let diagnostic = try report.first(.gap)
        #expect(diagnostic.message == "no institution holds the function 'asylblg', so the handover 'rechtskreiswechsel-sgb2' has no sender")
        #expect(diagnostic.hint == "bind 'asylblg' to an institution, or add 'rechtskreiswechsel-sgb2' to exclude_interfaces")
        #expect(diagnostic.notes.map(\.summary) == ["_catalog/tasks.yaml:44:5 the catalogue handover is defined here"])
        #expect(report.resolved?.handovers.first?.isGap == true)
    }

    @Test func aGapAtTheInheritedEndOfAnOverriddenHandover() throws {
        // The district writes the sender; the receiver 'sgb2' comes from the catalogue.
        let institutions = Self.institutions.replacingOccurrences(of: "functions: [sgb2]", with: "functions: []")
        let yaml = """
            interfaces:
              - id: rechtskreiswechsel-sgb2
                from: auslaenderamt
            """
        let report = try Fixture(["institutions.yaml": institutions, "partner.yaml": yaml]).run()
        #expect(report.findings == ["gap district.yaml:2:3", "unused-institution institutions.yaml:5:9"])
        let diagnostic = try report.first(.gap)
        #expect(diagnostic.message == "no institution holds the function 'sgb2', so the handover 'rechtskreiswechsel-sgb2' has no receiver")
        #expect(diagnostic.notes.map(\.summary) == ["_catalog/tasks.yaml:44:5 the catalogue handover is defined here"])
    }

    @Test func aDistrictHandoverToAnUnheldFunction() throws {
        let institutions = Self.institutions.replacingOccurrences(of: "functions: [sgb2]", with: "functions: []")
        let district = Fixture.district + "\n  exclude_interfaces: [rechtskreiswechsel-sgb2]"
        let yaml = """
            interfaces:
              - id: weiterleitung
                from: auslaenderamt
                to: sgb2
                subject: Weiterleitung nach Anerkennung
            """
        let report = try Fixture(["district.yaml": district, "institutions.yaml": institutions, "partner.yaml": yaml]).run()
        #expect(report.findings == ["unused-institution institutions.yaml:5:9", "gap partner.yaml:4:9"])
        #expect(try report.first(.gap).message == "no institution holds the function 'sgb2', so the handover 'weiterleitung' has no receiver")
    }

    // MARK: rechtskreiswechsel

    @Test func excludingTheRechtskreiswechselWarns() throws {
        let district = Fixture.district + "\n  exclude_interfaces: [rechtskreiswechsel-sgb2]"
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["rechtskreiswechsel district.yaml:2:3", "unused-institution institutions.yaml:5:9"])
        let diagnostic = try report.first(.rechtskreiswechsel)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "no handover leads from the AsylbLG benefits authority (auslaenderamt) to the Jobcenter (jobcenter): the Rechtskreiswechsel after recognition is missing")
        #expect(diagnostic.hint == "keep the catalogue handover 'rechtskreiswechsel-sgb2', or add a handover from 'asylblg' to 'sgb2' in 'interfaces'")
    }

    @Test func aDistrictHandoverBetweenTheInstitutionsIsEnough() throws {
        let district = Fixture.district + "\n  exclude_interfaces: [rechtskreiswechsel-sgb2]"
        let yaml = """
            interfaces:
              - id: uebergabe-jobcenter
                from: auslaenderamt
                to: jobcenter
                subject: Übergabe nach Anerkennung
            """
        #expect(try Fixture(["district.yaml": district, "partner.yaml": yaml]).findings() == [])
    }

    // MARK: Resolution as the format promises it

    @Test func theStrongestRoleWinsSilently() throws {
        let yaml = """
            responsibilities:
              - id: anmeldung
                roles:
                  meldebehoerde: lead
                  teststadt: informed
                  auslaenderbehoerde: involved
                  auslaenderamt: advises
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [])
        let task = try #require(report.resolved?.tasks.first { $0.id == "anmeldung" })
        #expect(task.roles == ["teststadt": .lead, "auslaenderamt": .involved])
        #expect(task.lead == "teststadt")
    }

    @Test func anOverrideReplacesRolesAsAWholeAndInheritsTheRest() throws {
        let yaml = """
            responsibilities:
              - id: beschaeftigungserlaubnis
                roles:
                  auslaenderamt: lead
                note: Anträge über die Außenstelle
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        // 'agentur' and 'mbe' had roles only through the catalogue's roles, now replaced.
        #expect(report.findings == ["unused-institution institutions.yaml:17:9", "unused-institution institutions.yaml:28:9"])
        let task = try #require(report.resolved?.tasks.first { $0.id == "beschaeftigungserlaubnis" })
        #expect(task.roles == ["auslaenderamt": .lead])
        #expect(task.title == "Beschäftigungserlaubnis für Gestattete und Geduldete")
        #expect(task.phase == "arbeit")
        #expect(task.targetGroups == ["gestattung", "duldung"])
        #expect(task.legalBasis == "§ 4a AufenthG")
        #expect(task.note == "Anträge über die Außenstelle")
        #expect(task.origin == .adapted)
    }

    @Test func excludedCatalogueTasksDisappear() throws {
        let district = Fixture.district + "\n  exclude_tasks: [anmeldung]"
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["unused-institution institutions.yaml:21:9"])
        #expect(report.resolved?.tasks.map(\.id) == ["beschaeftigungserlaubnis"])
    }

    @Test func newDistrictTasksFollowTheCatalogueTasksOfTheirPhase() throws {
        let yaml = """
            responsibilities:
              - id: erstberatung
                title: Erstberatung
                phase: ankommen
                roles:
                  mbe: involved
                  teststadt: lead
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [])
        #expect(report.resolved?.tasks.map(\.id) == ["anmeldung", "erstberatung", "beschaeftigungserlaubnis"])
        #expect(report.resolved?.tasks.map(\.origin) == [.catalog, .district, .catalog])
    }

    @Test func aCatalogueHandoverWithinOneInstitutionIsInternal() throws {
        // The Jobcenter pays AsylbLG benefits too: the Rechtskreiswechsel stays inside it.
        let institutions = Self.institutions
            .replacingOccurrences(of: "functions: [sgb2]", with: "functions: [sgb2, asylblg]")
            .replacingOccurrences(of: "functions: [auslaenderbehoerde, asylblg]", with: "functions: [auslaenderbehoerde]")
        let report = try Fixture(["institutions.yaml": institutions]).run()
        #expect(report.findings == [])
        let handover = try #require(report.resolved?.handovers.first)
        #expect(handover.isInternal)
        #expect(handover.edges == [.init(from: "jobcenter", to: "jobcenter")])
    }
}
