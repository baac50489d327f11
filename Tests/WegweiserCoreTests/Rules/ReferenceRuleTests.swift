import Testing
@testable import WegweiserCore

/// References between entries: every name must point at something that exists.
@Suite struct ReferenceRuleTests {
    // MARK: unknown-reference

    @Test func aRoleKeyThatIsNeitherInstitutionNorFunction() throws {
        let yaml = """
            responsibilities:
              - id: beschaeftigungserlaubnis
                roles:
                  auslaenderamt: lead
                  agentur: involved
                  mbe: advises
                  jobcentre: informed
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["unknown-reference partner.yaml:7:7"])
        let diagnostic = try report.first(.unknownReference)
        #expect(diagnostic.message == "unknown institution or function 'jobcentre'")
        #expect(diagnostic.suggestion == "jobcenter")
        #expect(diagnostic.fullMessage == "unknown institution or function 'jobcentre' (did you mean 'jobcenter'?)")
        #expect(diagnostic.hint == nil)
    }

    @Test func aFunctionNameIsSuggestedToo() throws {
        let yaml = """
            responsibilities:
              - id: anmeldung
                roles:
                  meldebehörde: lead
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["unused-institution institutions.yaml:21:9", "unknown-reference partner.yaml:4:7"])
        #expect(try report.first(.unknownReference).suggestion == "meldebehoerde")
    }

    @Test func senderAndReceiverOfAHandover() throws {
        let yaml = """
            interfaces:
              - id: weiterleitung
                from: auslaenderamd
                to: jobcenterr
                subject: Weiterleitung der Akte
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["unknown-reference partner.yaml:3:11", "unknown-reference partner.yaml:4:9"])
        #expect(report.diagnostics.map(\.message) == [
            "unknown institution or function 'auslaenderamd'", "unknown institution or function 'jobcenterr'",
        ])
        #expect(report.diagnostics.map(\.suggestion) == ["auslaenderamt", "jobcenter"])
    }

    @Test func providerPhaseAndTargetGroupsOfAnOffer() throws {
        // Columns count characters: the two "ü" before 'mbf' are one column each.
        let yaml = """
            offers:
              - {id: kurs, title: Kurs für Geflüchtete, provider: mbf}
              - id: sprachkurs
                title: Sprachkurs
                provider: mbe
                phase: sprache
                target_groups: [schutz, duldng]
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [
            "unknown-reference partner.yaml:2:55",
            "unknown-reference partner.yaml:6:12",
            "unknown-reference partner.yaml:7:21",
            "unknown-reference partner.yaml:7:29",
        ])
        #expect(report.diagnostics.map(\.message) == [
            "unknown institution or function 'mbf'",
            "unknown phase 'sprache'",
            "unknown target group 'schutz'",
            "unknown target group 'duldng'",
        ])
        #expect(report.diagnostics.map(\.suggestion) == ["mbe", nil, nil, "duldung"])
        #expect(report.diagnostics.map(\.hint) == [
            nil, "the catalogue defines: ankommen, arbeit", "the catalogue defines: duldung, gestattung", nil,
        ])
    }

    @Test func membersChairAndSecretariatOfACommittee() throws {
        let yaml = """
            bodies:
              - id: netzwerk
                name: Netzwerk Integration
                members: [landratsamt, agentur, jobcentr]
                chair: [landratsamd]
                secretariat: integrationskoordination
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        // An unknown chair is not reported a second time as not being a member.
        #expect(report.findings == [
            "unknown-reference partner.yaml:4:37",
            "unknown-reference partner.yaml:5:13",
            "unknown-reference partner.yaml:6:18",
        ])
        #expect(report.diagnostics.map(\.message) == [
            "unknown institution or function 'jobcentr'",
            "unknown institution or function 'landratsamd'",
            "unknown institution or function 'integrationskoordination'",
        ])
        #expect(report.diagnostics.map(\.suggestion) == ["jobcenter", "landratsamt", nil])
    }

    @Test func partOfCarriersFunctionsAndTargetGroupsOfAnInstitution() throws {
        let yaml = """
            institutions:
              - id: sozialamt
                name: Sozialamt
                part_of: landratsamd
                carriers: [sgb3]
                functions: [asylbg]
                target_groups: [geduldete]
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [
            "unused-institution partner.yaml:2:9",
            "unknown-reference partner.yaml:4:14",
            "unknown-reference partner.yaml:5:16",
            "unknown-reference partner.yaml:6:17",
            "unknown-reference partner.yaml:7:21",
        ])
        #expect(report.diagnostics.dropFirst().map(\.message) == [
            "unknown institution 'landratsamd' in 'part_of'",
            "unknown institution 'sgb3' in 'carriers'",
            "unknown function 'asylbg'",
            "unknown target group 'geduldete'",
        ])
        #expect(report.diagnostics.dropFirst().map(\.suggestion) == ["landratsamt", nil, "asylblg", nil])
        #expect(report.diagnostics.dropFirst().map(\.hint) == [
            nil,
            "'sgb3' is a function; 'carriers' takes the id of an institution",
            nil,
            "the catalogue defines: duldung, gestattung",
        ])
    }

    @Test func phaseAndTargetGroupsOfATask() throws {
        let yaml = """
            responsibilities:
              - id: sprachfoerderung
                title: Sprachförderung
                phase: arbiet
                target_groups: [gestatung]
                roles:
                  teststadt: lead
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["unknown-reference partner.yaml:4:12", "unknown-reference partner.yaml:5:21"])
        #expect(report.diagnostics.map(\.message) == ["unknown phase 'arbiet'", "unknown target group 'gestatung'"])
        #expect(report.diagnostics.map(\.suggestion) == ["arbeit", "gestattung"])
    }

    @Test func excludedEntriesMustExistInTheCatalogue() throws {
        let district = Fixture.district + """

              exclude_tasks: [anmeldungg]
              exclude_interfaces: [rechtskreiswechsel-sgb]
            """
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["unknown-reference district.yaml:16:19", "unknown-reference district.yaml:17:24"])
        #expect(report.diagnostics.map(\.message) == [
            "unknown catalogue task 'anmeldungg'", "unknown catalogue handover 'rechtskreiswechsel-sgb'",
        ])
        #expect(report.diagnostics.map(\.suggestion) == ["anmeldung", "rechtskreiswechsel-sgb2"])
    }

    // MARK: id-collision

    @Test func anInstitutionIdThatIsAFunctionId() throws {
        // The key 'sgb3' now means the institution, so 'agentur' loses its role.
        let report = try Fixture(["partner.yaml": "institutions:\n  - id: sgb3\n    name: Arbeitsagentur\n"]).run()
        #expect(report.findings == ["unused-institution institutions.yaml:17:9", "id-collision partner.yaml:2:9"])
        let diagnostic = try report.first(.idCollision)
        #expect(diagnostic.message == "the institution id 'sgb3' is also the id of a function in the catalogue")
        #expect(diagnostic.hint == "role keys could not tell them apart; rename the institution, e.g. 'sgb3-testkreis'")
    }

    // MARK: exclude-conflict

    @Test func excludingAndAdaptingTheSameEntry() throws {
        let district = Fixture.district + """

              exclude_tasks: [anmeldung]
              exclude_interfaces: [rechtskreiswechsel-sgb2]
            """
        let yaml = """
            responsibilities:
              - id: anmeldung
                note: Im Bürgerbüro
            interfaces:
              - id: rechtskreiswechsel-sgb2
                trigger: Bescheid über die Anerkennung
            """
        let report = try Fixture(["district.yaml": district, "partner.yaml": yaml]).run()
        #expect(report.findings == ["exclude-conflict district.yaml:16:19", "exclude-conflict district.yaml:17:24"])
        #expect(report.diagnostics.map(\.message) == [
            "the catalogue task 'anmeldung' is excluded and also overridden in 'responsibilities'",
            "the catalogue handover 'rechtskreiswechsel-sgb2' is excluded and also overridden in 'interfaces'",
        ])
        #expect(report.diagnostics.map(\.hint) == ["either exclude it or adapt it, not both", "either exclude it or adapt it, not both"])
        // The override wins, so the paper still shows both.
        let district2 = try #require(report.resolved)
        #expect(district2.tasks.first { $0.id == "anmeldung" }?.note == "Im Bürgerbüro")
        #expect(district2.handovers.map(\.id) == ["rechtskreiswechsel-sgb2"])
    }

    // MARK: chair-not-member

    @Test func aChairMustBeAMember() throws {
        let yaml = """
            bodies:
              - id: netzwerk
                name: Netzwerk Integration
                members: [landratsamt, agentur]
                chair: [landratsamt, jobcenter]
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["chair-not-member partner.yaml:5:26"])
        let diagnostic = try report.first(.chairNotMember)
        #expect(diagnostic.message == "the chair 'jobcenter' of 'netzwerk' is not one of its members")
        #expect(diagnostic.hint == "add 'jobcenter' to 'members'")
    }

    @Test func aChairNamedByFunctionIsAMemberNamedByInstitution() throws {
        let yaml = """
            bodies:
              - id: netzwerk
                name: Netzwerk Integration
                members: [landratsamt, jobcenter]
                chair: [sgb2, landratsamt]
                secretariat: auslaenderbehoerde
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [])
        let body = try #require(report.resolved?.bodies.first)
        #expect(body.chair == ["jobcenter", "landratsamt"])
        #expect(body.secretariat == ["auslaenderamt"])
    }

    // MARK: part-of-cycle

    @Test func partOfGoingRoundInACircle() throws {
        let yaml = """
            institutions:
              - id: dezernat-a
                name: Dezernat A
                part_of: dezernat-b
              - id: dezernat-b
                name: Dezernat B
                part_of: dezernat-a
              - id: stabsstelle
                name: Stabsstelle
                part_of: stabsstelle
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["part-of-cycle partner.yaml:4:14", "part-of-cycle partner.yaml:10:14"])
        #expect(report.diagnostics.map(\.message) == [
            "'part_of' goes round in a circle: dezernat-a → dezernat-b → dezernat-a",
            "'part_of' goes round in a circle: stabsstelle → stabsstelle",
        ])
        #expect(try report.first(.partOfCycle).hint == "an institution cannot be part of itself")
    }

    @Test func aCycleIsReportedOnceAndNotForUnitsHangingBelowIt() throws {
        let yaml = """
            institutions:
              - id: referat
                name: Referat
                part_of: amt-a
              - id: amt-a
                name: Amt A
                part_of: amt-b
              - id: amt-b
                name: Amt B
                part_of: amt-c
              - id: amt-c
                name: Amt C
                part_of: amt-a
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["unused-institution partner.yaml:2:9", "part-of-cycle partner.yaml:7:14"])
        #expect(report.diagnostics[1].message == "'part_of' goes round in a circle: amt-a → amt-b → amt-c → amt-a")
    }

    // MARK: self-handover

    @Test func aDistrictHandoverFromAnInstitutionToItself() throws {
        let yaml = """
            interfaces:
              - id: jobcenter-intern
                from: jobcenter
                to: sgb2
                subject: Übergabe an die Leistungsabteilung
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["self-handover partner.yaml:4:9"])
        let diagnostic = try report.first(.selfHandover)
        #expect(diagnostic.message == "the handover 'jobcenter-intern' leads from 'jobcenter' to itself")
        #expect(diagnostic.hint == "a handover connects two institutions; describe internal steps in the task's note")
    }

    @Test func anOverrideThatMakesACatalogueHandoverSelfReferencing() throws {
        let yaml = """
            interfaces:
              - id: rechtskreiswechsel-sgb2
                from: jobcenter
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        // 'to: sgb2' comes from the catalogue; the message points at what the district wrote.
        #expect(report.findings == ["rechtskreiswechsel district.yaml:2:3", "self-handover partner.yaml:3:11"])
        #expect(try report.first(.selfHandover).message == "the handover 'rechtskreiswechsel-sgb2' leads from 'jobcenter' to itself")
    }
}
