import Testing
@testable import WegweiserCore

/// The shape of the data: keys, their kinds and values with a fixed set of spellings.
@Suite struct ShapeRuleTests {
    // MARK: unknown-key

    @Test func anUnknownKeyWithDidYouMean() throws {
        let yaml = """
            institutions:
              - id: beratung
                name: Beratungsstelle
                functoins: [migrationsberatung]
                farbe: blau
            ofers: []
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [
            "unused-institution partner.yaml:2:9",
            "unknown-key partner.yaml:4:5",
            "unknown-key partner.yaml:5:5",
            "unknown-key partner.yaml:6:1",
        ])
        let typo = report.diagnostics[1]
        #expect(typo.message == "unknown key 'functoins' in an institution")
        #expect(typo.suggestion == "functions")
        #expect(typo.fullMessage == "unknown key 'functoins' in an institution (did you mean 'functions'?)")
        #expect(typo.hint == nil)
        let unknown = report.diagnostics[2]
        #expect(unknown.message == "unknown key 'farbe' in an institution")
        #expect(unknown.suggestion == nil)
        #expect(unknown.hint == "allowed here: id, name, short, type, part_of, functions, carriers, address, web, target_groups, note, contacts")
        let topLevel = report.diagnostics[3]
        #expect(topLevel.message == "unknown key 'ofers' in a district file")
        #expect(topLevel.suggestion == "offers")
    }

    @Test func anUnknownKeyInANestedContact() throws {
        let yaml = """
            institutions:
              - id: beratung
                name: Beratungsstelle
                functions: [migrationsberatung]
                contacts:
                  - function: Beratung
                    emial: beratung@beratung.example
                    phone: "+49 341 1234567"
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["unknown-key partner.yaml:7:9"])
        let diagnostic = try report.first(.unknownKey)
        #expect(diagnostic.message == "unknown key 'emial' in a contact")
        #expect(diagnostic.suggestion == "email")
    }

    @Test func theDistrictBlockBelongsInDistrictYAML() throws {
        let yaml = """
            district:
              id: testkreis
              name: Landkreis Test
              kind: landkreis
              jobcenter_model: zkt
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["unknown-key partner.yaml:2:3"])
        let diagnostic = try report.first(.unknownKey)
        #expect(diagnostic.message == "the 'district:' block belongs in district.yaml, not in a contribution")
        #expect(diagnostic.hint == "move it to district.yaml")
    }

    // MARK: missing-key

    @Test func anInstitutionWithoutName() throws {
        let yaml = """
            institutions:
              - id: beratung
                functions: [migrationsberatung]
              - id: sprachschule
                name:
                functions: [migrationsberatung]
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["missing-key partner.yaml:2:5", "missing-key partner.yaml:4:5"])
        #expect(report.diagnostics.map(\.message) == [
            "this institution has no 'name'", "'name' of this institution has no value",
        ])
        #expect(report.diagnostics[0].hint == "add 'name:' (full name)")
    }

    @Test func aContactWithoutFunction() throws {
        let yaml = """
            institutions:
              - id: beratung
                name: Beratungsstelle
                functions: [migrationsberatung]
                contacts:
                  - email: beratung@beratung.example
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["missing-key partner.yaml:6:9"])
        let diagnostic = try report.first(.missingKey)
        #expect(diagnostic.message == "this contact has no 'function'")
        #expect(diagnostic.hint == "add 'function:' (the contact's function, unique within its institution)")
    }

    @Test func districtYAMLWithoutDistrictBlock() throws {
        let report = try Fixture(["district.yaml": "institutions: []\n"]).run()
        #expect(report.findings == ["missing-key district.yaml:1:1"])
        let diagnostic = try report.first(.missingKey)
        #expect(diagnostic.message == "district.yaml has no 'district:' block")
        #expect(diagnostic.hint == "add 'district:' with id, name, kind and jobcenter_model")
        #expect(report.resolved == nil)
    }

    @Test func anEmptyDistrictYAMLHasNoDistrictBlock() throws {
        for text in ["", "# nothing here yet\n"] {
            let report = try Fixture(["district.yaml": text]).run()
            #expect(report.findings == ["missing-key district.yaml:1:1"])
            #expect(report.resolved == nil)
        }
    }

    @Test func theDistrictNeedsItsFourKeys() throws {
        let yaml = """
            district:
              id:
              name: Landkreis Test
            """
        let report = try Fixture(["district.yaml": yaml]).run()
        #expect(report.findings == ["missing-key district.yaml:2:3", "missing-key district.yaml:2:3", "missing-key district.yaml:2:3"])
        #expect(report.diagnostics.map(\.message) == [
            "'id' of this district has no value",
            "this district has no 'jobcenter_model'",
            "this district has no 'kind'",
        ])
        #expect(report.diagnostics.map(\.hint) == [
            "add 'id:' (equal to the folder name)",
            "add 'jobcenter_model:' (ge (gemeinsame Einrichtung) | zkt (Optionskommune))",
            "add 'kind:' (landkreis | kreisfreie-stadt)",
        ])
    }

    @Test func aNewTaskOrHandoverNeedsMoreThanAnOverride() throws {
        let yaml = """
            responsibilities:
              - id: anmeldungen
                note: Anmeldung im Bürgerbüro
            interfaces:
              - id: meldung
                from: teststadt
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["missing-key partner.yaml:2:5", "missing-key partner.yaml:5:5"])
        let task = report.diagnostics[0]
        #expect(task.message == "the new task 'anmeldungen' has no 'title', 'phase', 'roles'")
        // Most often the id of the catalogue task to adapt is misspelt.
        #expect(task.suggestion == "anmeldung")
        #expect(task.hint == "a task that does not adapt a catalogue entry needs title, phase, roles")
        let handover = report.diagnostics[1]
        #expect(handover.message == "the new handover 'meldung' has no 'to', 'subject'")
        #expect(handover.suggestion == nil)
        #expect(handover.hint == "a handover that does not adapt a catalogue entry needs from, to, subject")
    }

    @Test func offersAndCommitteesNeedTheirKeys() throws {
        let yaml = """
            offers:
              - id: kurs
            bodies:
              - id: netzwerk
                name: Netzwerk Integration
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["missing-key partner.yaml:2:5", "missing-key partner.yaml:2:5", "missing-key partner.yaml:4:5"])
        #expect(report.diagnostics.map(\.message) == [
            "this offer has no 'provider'", "this offer has no 'title'", "this committee has no 'members'",
        ])
    }

    // MARK: wrong-type

    @Test func valuesOfTheWrongKind() throws {
        let yaml = """
            institutions:
              - id: beratung
                name: [Beratungsstelle]
                functions: migrationsberatung
                note: {Hinweis: offen}
                contacts: {function: Leitung}
              - Ausländeramt
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        // The 'name' of the wrong kind is not reported a second time as missing;
        // without its functions the institution is not used anywhere.
        #expect(report.findings == [
            "unused-institution partner.yaml:2:9",
            "wrong-type partner.yaml:3:11",
            "wrong-type partner.yaml:4:16",
            "wrong-type partner.yaml:5:11",
            "wrong-type partner.yaml:6:15",
            "wrong-type partner.yaml:7:5",
        ])
        #expect(report.diagnostics.dropFirst().map(\.message) == [
            "'name' must be a text, found a list",
            "'functions' must be a list, found text",
            "'note' must be a text, found a mapping",
            "'contacts' must be a list of entries, found a mapping",
            "expected an institution (a mapping of keys), found text",
        ])
        #expect(report.diagnostics.dropFirst().map(\.hint) == [
            "give a single value, not a list",
            "write a list: [migrationsberatung]",
            "a text containing ': ' must be put in quotes",
            nil,
            nil,
        ])
    }

    @Test func rolesOfTheWrongKind() throws {
        let yaml = """
            responsibilities:
              - id: anmeldung
                roles:
                  teststadt: lead
                  auslaenderamt: [informed]
                  landratsamt:
              - id: beschaeftigungserlaubnis
                roles: [auslaenderamt]
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [
            "wrong-type partner.yaml:5:22", "wrong-type partner.yaml:6:19", "wrong-type partner.yaml:8:12",
        ])
        #expect(report.diagnostics.map(\.message) == [
            "the role of 'auslaenderamt' must be one of lead, involved, advises, informed, found a list",
            "the role of 'landratsamt' must be one of lead, involved, advises, informed, found nothing",
            "'roles' must be a mapping of keys, found a list",
        ])
    }

    @Test func listEntriesOfTheWrongKind() throws {
        let yaml = """
            institutions:
              - id: beratung
                name: Beratungsstelle
                functions: [migrationsberatung, [a], {b: c}, ~]
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [
            "wrong-type partner.yaml:4:37", "wrong-type partner.yaml:4:42", "wrong-type partner.yaml:4:50",
        ])
        #expect(report.diagnostics.map(\.message) == [
            "each entry of 'functions' must be a text, found a list",
            "each entry of 'functions' must be a text, found a mapping",
            "each entry of 'functions' must be a text, found nothing",
        ])
    }

    @Test func aFileThatIsAListOrText() throws {
        let report = try Fixture(["a.yaml": "- institutions\n- offers\n", "b.yaml": "Landkreis Test\n"]).run()
        #expect(report.findings == ["wrong-type a.yaml:1:1", "wrong-type b.yaml:1:1"])
        #expect(report.diagnostics.map(\.message) == [
            "expected a district file (a mapping of keys), found a list",
            "expected a district file (a mapping of keys), found text",
        ])
    }

    @Test func aKeyThatIsAList() throws {
        let report = try Fixture(["partner.yaml": "? [institutions]\n: []\n"]).run()
        #expect(report.findings == ["wrong-type partner.yaml:1:3"])
        #expect(try report.first(.wrongType).message == "a key must be plain text, not a list or mapping")
    }

    // MARK: invalid-value

    @Test func kindAndJobcenterModel() throws {
        let district = Fixture.district
            .replacingOccurrences(of: "kind: landkreis", with: "kind: landkries")
            .replacingOccurrences(of: "jobcenter_model: zkt", with: "jobcenter_model: optionskommune")
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["invalid-value district.yaml:5:9", "invalid-value district.yaml:6:20"])
        let kind = report.diagnostics[0]
        #expect(kind.message == "'landkries' is not a valid kind")
        #expect(kind.suggestion == "landkreis")
        #expect(kind.hint == "use one of: landkreis, kreisfreie-stadt")
        let model = report.diagnostics[1]
        #expect(model.message == "'optionskommune' is not a valid jobcenter_model")
        #expect(model.suggestion == nil)
        #expect(model.hint == "use one of: ge, zkt")
    }

    @Test func valuesAreCaseSensitiveWithASuggestion() throws {
        let district = Fixture.district.replacingOccurrences(of: "jobcenter_model: zkt", with: "jobcenter_model: ZKT")
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["invalid-value district.yaml:6:20"])
        #expect(try report.first(.invalidValue).suggestion == "zkt")
    }

    @Test func institutionType() throws {
        let institutions = Fixture.institutions.replacingOccurrences(of: "type: beratungsstelle", with: "type: beratungstelle")
        let report = try Fixture(["institutions.yaml": institutions]).run()
        #expect(report.findings == ["invalid-value institutions.yaml:30:11"])
        let diagnostic = try report.first(.invalidValue)
        #expect(diagnostic.message == "'beratungstelle' is not a valid type")
        #expect(diagnostic.suggestion == "beratungsstelle")
        #expect(diagnostic.hint == "use one of: kreisverwaltung, stadtverwaltung, verwaltungseinheit, gemeinde, jobcenter, arbeitsagentur, bundesbehoerde, landesbehoerde, kammer, beratungsstelle, bildungstraeger, wohlfahrtsverband, netzwerk, sonstige")
    }

    @Test func role() throws {
        let yaml = """
            responsibilities:
              - id: anmeldung
                roles:
                  teststadt: lead
                  auslaenderamt: infromed
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["invalid-value partner.yaml:5:22"])
        let diagnostic = try report.first(.invalidValue)
        #expect(diagnostic.message == "'infromed' is not a role")
        #expect(diagnostic.suggestion == "informed")
        #expect(diagnostic.hint == "use one of: lead (federführend), involved (mitwirkend), advises (berät), informed (wird informiert)")
    }
}
