import Testing
@testable import WegweiserCore

@Suite("Comparing two versions of a district")
struct DistrictComparerTests {
    @Test("reordering entries and reformatting the files is no change")
    func orderAndFormattingOnly() throws {
        let reordered = Fixture(only: [
            "district.yaml": """
                # dieselbe Definition, anders geschrieben
                district:
                  name: "Landkreis Test"
                  kind: landkreis
                  id: testkreis
                  state: Sachsen
                  jobcenter_model: zkt
                  municipalities:
                    - {name: Stadt Teststadt, contact: {email: buergerbuero@teststadt.example, function: Bürgerbüro}}
                  goals: ['Der Mensch im Mittelpunkt']
                  edition: {publisher: IQ Netzwerk Sachsen, date: 2026-03-01, version: '1.0'}
                """,
            "institutions.yaml": """
                institutions:
                  - {id: mbe, name: Migrationsberatung, type: beratungsstelle, functions: [migrationsberatung]}
                  - id: teststadt
                    type: gemeinde
                    name: 'Stadt Teststadt'
                    contacts:
                      - phone: "+49 3521 100-0"
                        function: Bürgerbüro
                    functions:
                      - meldebehoerde
                """,
            "partner/landratsamt.yaml": """
                institutions:
                  - id: auslaenderamt
                    part_of: landratsamt
                    name: Ausländeramt
                    functions: [asylblg, auslaenderbehoerde]
                    contacts:
                      - {verified: 2026-01-10, email: asyl@kreis-test.example, function: Sachgebietsleitung}
                  - {id: agentur, type: arbeitsagentur, name: Agentur für Arbeit Test, functions: [sgb3]}
                  - {id: jobcenter, name: Jobcenter Landkreis Test, part_of: landratsamt, functions: [sgb2]}
                  - {id: landratsamt, name: Landratsamt Test, type: kreisverwaltung}
                """,
        ])
        let changes = try Fixture().changes(to: reordered)
        #expect(changes.changes.isEmpty)
        #expect(changes.old.digest == changes.new.digest)
        #expect(ChangeText.summary(changes) == "keine Änderungen")
    }

    @Test("district data: name, edition, goals")
    func districtData() throws {
        let new = Fixture(["district.yaml": Fixture.district
            .replacingOccurrences(of: "name: Landkreis Test\n", with: "name: Landkreis Testland\n")
            .replacingOccurrences(of: "version: \"1.0\"", with: "version: \"2.0\"")
            .replacingOccurrences(of: "date: 2026-03-01", with: "date: 2026-09-01")
            .replacingOccurrences(of: "    - Der Mensch im Mittelpunkt", with: "    - Schnelle Wege in Arbeit")])
        #expect(try Fixture().changeLines(to: new) == [
            "district changed testkreis | Name: Landkreis Test → Landkreis Testland | Version: 1.0 → 2.0"
                + " | Stand: 01.03.2026 → 01.09.2026 | Ziele: + Schnelle Wege in Arbeit; − Der Mensch im Mittelpunkt",
        ])
    }

    @Test("municipalities: added, and a contact changed")
    func municipalities() throws {
        let new = Fixture(["district.yaml": Fixture.district
            .replacingOccurrences(of: "buergerbuero@teststadt.example}", with: "info@teststadt.example}\n"
                + "    - name: Gemeinde Neudorf\n      contact: {function: Gemeindeamt, phone: \"+49 3521 200-0\"}")])
        #expect(try Fixture().changeLines(to: new) == [
            "municipalities added Gemeinde Neudorf",
            "municipalities changed Stadt Teststadt | Kontakt: E-Mail: buergerbuero@teststadt.example → info@teststadt.example",
        ])
    }

    @Test("a Gemeinde without contact that replaces another is no rename: there is nothing to match")
    func emptyEntriesAreNotRenames() throws {
        let old = Fixture(["district.yaml": Fixture.district + "\n    - name: Gemeinde Altdorf\n"])
        let new = Fixture(["district.yaml": Fixture.district + "\n    - name: Gemeinde Neudorf\n"])
        #expect(try old.changeLines(to: new) == ["municipalities removed Gemeinde Altdorf", "municipalities added Gemeinde Neudorf"])
    }

    @Test("institutions: added, removed, renamed, changed field by field")
    func institutions() throws {
        let new = Fixture.editingInstitutions([
            ("  - id: teststadt", "  - id: stadt-teststadt"),
            ("    type: arbeitsagentur\n", "    type: arbeitsagentur\n    web: https://arbeitsagentur.example/test\n"),
            ("    part_of: landratsamt\n    functions: [sgb2]", "    short: JC\n    part_of: landratsamt\n    functions: [sgb2]"),
            ("""
              - id: mbe
                name: Migrationsberatung
                type: beratungsstelle
                functions: [migrationsberatung]
            """, """
              - id: sprachcafe
                name: Sprachcafé Teststadt
                type: netzwerk
            """),
        ])
        #expect(try Fixture().changeLines(to: new) == [
            "institutions changed agentur | Website: — → https://arbeitsagentur.example/test",
            "institutions changed jobcenter | Kurzbezeichnung: — → JC",
            "institutions removed mbe",
            "institutions added sprachcafe",
            "institutions renamed stadt-teststadt (was teststadt)",
            // The institution that advised is gone: its cell goes with it. The renamed one keeps its cells.
            "matrix removed beschaeftigungserlaubnis @mbe | Rolle: berät → —",
        ])
    }

    @Test("a function bound to another institution changes the cells it reaches")
    func bindingChange() throws {
        let new = Fixture.editingInstitutions([
            ("    type: beratungsstelle\n    functions: [migrationsberatung]",
             "    type: beratungsstelle\n  - id: jmd\n    name: Jugendmigrationsdienst\n    type: beratungsstelle\n    functions: [migrationsberatung]"),
        ])
        let changes = try Fixture().changes(to: new)
        #expect(changes.changes.map(\.line) == [
            "institutions added jmd",
            "institutions changed mbe | Funktionen: − Migrationsberatung für erwachsene Zuwanderer",
            "matrix added beschaeftigungserlaubnis @jmd | Rolle: — → berät",
            "matrix removed beschaeftigungserlaubnis @mbe | Rolle: berät → —",
        ])
        #expect(changes.changes(in: .matrix).map(ChangeText.headline) == [
            "Beschäftigungserlaubnis für Gestattete und Geduldete: Jugendmigrationsdienst ohne Rolle → berät",
            "Beschäftigungserlaubnis für Gestattete und Geduldete: Migrationsberatung berät → ohne Rolle",
        ])
    }

    @Test("a role changed in the catalogue shows as the matrix cell it changes")
    func catalogueChange() throws {
        var new = Fixture()
        new.catalogFiles = ["tasks.yaml": Fixture.catalog.replacingOccurrences(
            of: "meldebehoerde: lead\n      auslaenderbehoerde: informed", with: "meldebehoerde: lead\n      auslaenderbehoerde: involved")]
        let changes = try Fixture().changes(to: new)
        #expect(changes.changes.map(\.line) == ["matrix changed anmeldung @auslaenderamt | Rolle: wird informiert → mitwirkend"])
        #expect(ChangeText.headline(changes.changes[0]) == "Anmeldung des Wohnsitzes: Ausländeramt wird informiert → mitwirkend")
    }

    @Test("tasks: added, removed by exclusion, renamed, adapted; cells of an adapted task")
    func tasks() throws {
        let own = """
              - id: sprachkurs
                title: Vermittlung in Berufssprachkurse
                phase: arbeit
                roles:
                  sgb2: lead
                  mbe: advises
            """
        let old = Fixture(["responsibilities.yaml": "responsibilities:\n" + own])
        let new = Fixture([
            "district.yaml": Fixture.district.replacingOccurrences(of: "  municipalities:", with: "  exclude_tasks: [anmeldung]\n  municipalities:"),
            "responsibilities.yaml": "responsibilities:\n" + own.replacingOccurrences(of: "id: sprachkurs", with: "id: berufssprachkurs") + """

              - id: beschaeftigungserlaubnis
                note: Vorabzustimmung über das Jobcenter möglich
                roles:
                  auslaenderbehoerde: lead
                  sgb3: involved
                  migrationsberatung: advises
                  jobcenter: informed
              - id: erstberatung
                title: Erstberatung zum Arbeitsmarktzugang
                phase: ankommen
                roles:
                  mbe: lead
            """,
        ])
        #expect(try old.changeLines(to: new) == [
            "tasks removed anmeldung",
            "tasks renamed berufssprachkurs (was sprachkurs)",
            "tasks changed beschaeftigungserlaubnis | Hinweis: — → Vorabzustimmung über das Jobcenter möglich",
            "tasks added erstberatung",
            "matrix added beschaeftigungserlaubnis @jobcenter | Rolle: — → wird informiert",
        ])
    }

    @Test("contacts: matched by function within their institution")
    func contacts() throws {
        let old = Fixture.editingInstitutions([
            ("    part_of: landratsamt\n    functions: [sgb2]",
             "    part_of: landratsamt\n    functions: [sgb2]\n    contacts:\n      - {function: Eingangszone, email: eingang@jc-test.example}"),
        ])
        let new = Fixture.editingInstitutions([
            ("    part_of: landratsamt\n    functions: [sgb2]",
             "    part_of: landratsamt\n    functions: [sgb2]\n    contacts:\n      - {function: Servicestelle Arbeitsmarktzugang, phone: \"+49 3521 300-0\"}"),
            ("        email: asyl@kreis-test.example\n",
             "        email: auslaenderamt@kreis-test.example\n        person: {name: Erika Muster, phone: \"+49 3521 725-1234\"}\n"),
            ("      - function: Bürgerbüro", "      - function: Bürgerservice"),
        ])
        #expect(try old.changeLines(to: new) == [
            "contacts changed Sachgebietsleitung @auslaenderamt | E-Mail: asyl@kreis-test.example → auslaenderamt@kreis-test.example"
                + " | Person: Name: — → Erika Muster | Person: Telefon: — → +49 3521 725-1234",
            "contacts removed Eingangszone @jobcenter",
            "contacts added Servicestelle Arbeitsmarktzugang @jobcenter",
            "contacts renamed Bürgerservice @teststadt (was Bürgerbüro)",
        ])
        // The public edition compares without any person value.
        #expect(try old.changeLines(to: new, edition: .public)[0]
            == "contacts changed Sachgebietsleitung @auslaenderamt | E-Mail: asyl@kreis-test.example → auslaenderamt@kreis-test.example")
    }

    @Test("a change of personal data alone is no change in the public edition")
    func personOnlyPublic() throws {
        let old = Fixture.editingInstitutions([
            ("        verified: 2026-01-10", "        verified: 2026-01-10\n        person: {name: Erika Muster}")])
        let new = Fixture.editingInstitutions([
            ("        verified: 2026-01-10", "        verified: 2026-01-10\n        person: {name: Max Beispiel}")])
        #expect(try old.changeLines(to: new, edition: .public).isEmpty)
        #expect(try old.changeLines(to: new) == [
            "contacts changed Sachgebietsleitung @auslaenderamt | Person: Name: Erika Muster → Max Beispiel",
        ])
    }

    @Test("handovers: added, removed, adapted, and an end moved")
    func handovers() throws {
        let old = Fixture(["interfaces.yaml": """
            interfaces:
              - id: infofluss
                from: jobcenter
                to: agentur
                subject: Informationen zu Arbeitsuchenden
              - id: altmeldung
                from: teststadt
                to: jobcenter
                subject: Meldung von Zuzügen
            """])
        let new = Fixture(["interfaces.yaml": """
            interfaces:
              - id: rechtskreiswechsel-sgb2
                trigger: Bescheid des BAMF über die Anerkennung
              - id: infofluss
                from: jobcenter
                to: mbe
                subject: Informationen zu Arbeitsuchenden
              - id: meldedaten
                from: teststadt
                to: auslaenderamt
                subject: Meldedaten zugezogener Ausländerinnen und Ausländer
                transfers: [Meldedaten nach § 72 AufenthV]
            """])
        #expect(try old.changeLines(to: new) == [
            "handovers removed altmeldung",
            "handovers changed infofluss | Empfänger: + Migrationsberatung; − Agentur für Arbeit Test",
            "handovers added meldedaten",
            "handovers changed rechtskreiswechsel-sgb2 | Anlass: — → Bescheid des BAMF über die Anerkennung",
        ])
    }

    @Test("offers and committees: added, removed, changed")
    func offersAndBodies() throws {
        let old = Fixture(["angebote.yaml": """
            offers:
              - id: sprachcafe
                title: Sprachcafé
                provider: mbe
                phase: ankommen
              - id: beratung
                title: Beratung
                provider: mbe
            bodies:
              - id: netzwerk
                name: Netzwerk Arbeit
                members: [jobcenter, agentur]
                chair: [jobcenter]
            """])
        let new = Fixture(["angebote.yaml": """
            offers:
              - id: sprachcafe
                title: Sprachcafé am Markt
                provider: mbe
                phase: arbeit
                target_groups: [gestattung]
              - id: jobmesse
                title: Jobmesse
                provider: agentur
            bodies:
              - id: netzwerk
                name: Netzwerk Arbeit
                members: [agentur, jobcenter, mbe]
                chair: [jobcenter]
                rhythm: monatlich
              - id: kog
                name: Koordinierungsgruppe
                members: [landratsamt]
            """])
        #expect(try old.changeLines(to: new) == [
            "offers removed beratung",
            "offers added jobmesse",
            "offers changed sprachcafe | Titel: Sprachcafé → Sprachcafé am Markt"
                + " | Phase: Ankommen und Erstorientierung → Arbeitsmarktzugang und Vermittlung"
                + " | Zielgruppen: + Asylsuchende mit Aufenthaltsgestattung",
            "bodies added kog",
            "bodies changed netzwerk | Mitglieder: + Migrationsberatung | Turnus: — → monatlich",
        ])
    }

    @Test("an institution renamed keeps its cells, handovers, offers and committees")
    func renameCarriesReferences() throws {
        let uses = """
            offers:
              - {id: sprachcafe, title: Sprachcafé, provider: ID}
            bodies:
              - {id: netzwerk, name: Netzwerk, members: [ID, agentur]}
            interfaces:
              - {id: infofluss, from: ID, to: agentur, subject: Informationen}
            responsibilities:
              - id: erstberatung
                title: Erstberatung
                phase: ankommen
                roles: {ID: lead}
            """
        let old = Fixture(["uses.yaml": uses.replacingOccurrences(of: "ID", with: "mbe")])
        let new = Fixture.editingInstitutions(
            [("  - id: mbe", "  - id: migrationsberatung-test")],
            files: ["uses.yaml": uses.replacingOccurrences(of: "ID", with: "migrationsberatung-test")])
        #expect(try old.changeLines(to: new) == ["institutions renamed migrationsberatung-test (was mbe)"])
    }

    @Test("the summary counts each kind")
    func summary() throws {
        let new = Fixture.editingInstitutions([("  - id: teststadt", "  - id: stadt-teststadt"), ("name: Ausländeramt", "name: Ausländerbehörde")])
        let changes = try Fixture().changes(to: new)
        #expect(ChangeText.summary(changes) == "2 Änderungen: 1 umbenannt, 1 geändert")
        #expect(changes.changes.map(ChangeText.sentence) == [
            "geändert: Ausländerbehörde (auslaenderamt) – Name: Ausländeramt → Ausländerbehörde",
            "umbenannt: teststadt → stadt-teststadt (Stadt Teststadt)",
        ])
    }
}
