import Testing
@testable import WegweiserCore

/// The catalogue is checked with the same rules: ids, references to its own
/// vocabulary, one lead function per task, no handover from a function to itself.
@Suite struct CatalogueRuleTests {
    static func fixture(adding catalogue: String) -> Fixture {
        var fixture = Fixture()
        fixture.catalogFiles["zusatz.yaml"] = catalogue
        return fixture
    }

    @Test func idsAndReferencesInTheCatalogue() throws {
        let catalogue = """
            functions:
              - id: Integrationskoordination
                label: Integrationskoordination
            tasks:
              - id: wohnsitzauflage
                title: Wohnsitzauflage
                phase: aufenthalt
                target_groups: [schutzberechtigte]
                roles:
                  auslaenderamt: lead
            """
        let report = try Self.fixture(adding: catalogue).run()
        // The district binds nothing to the new function; its task leads through the institution id.
        #expect(report.findings == [
            "invalid-id _catalog/zusatz.yaml:2:9",
            "unknown-reference _catalog/zusatz.yaml:7:12",
            "unknown-reference _catalog/zusatz.yaml:8:21",
            "unknown-reference _catalog/zusatz.yaml:10:7",
        ])
        #expect(report.diagnostics.map(\.message) == [
            "'Integrationskoordination' is not a valid function id",
            "unknown phase 'aufenthalt'",
            "unknown target group 'schutzberechtigte'",
            "unknown function 'auslaenderamt'",
        ])
        #expect(report.diagnostics[3].hint == "catalogue tasks and handovers name functions, never institutions")
    }

    @Test func aCatalogueIdUsedTwice() throws {
        let catalogue = """
            tasks:
              - id: anmeldung
                title: Anmeldung, zweite Fassung
                phase: ankommen
                roles:
                  meldebehoerde: lead
            """
        let report = try Self.fixture(adding: catalogue).run()
        // tasks.yaml is read before zusatz.yaml.
        #expect(report.findings == ["duplicate-id _catalog/zusatz.yaml:2:9"])
        let diagnostic = try report.first(.duplicateId)
        #expect(diagnostic.message == "the task id 'anmeldung' is used twice")
        #expect(diagnostic.notes.map(\.summary) == ["_catalog/tasks.yaml:37:9 first used here"])
        // The first one counts.
        #expect(report.resolved?.tasks.first { $0.id == "anmeldung" }?.title == "Anmeldung des Wohnsitzes")
    }

    @Test func aCatalogueTaskWithTwoLeadsOrNone() throws {
        let catalogue = """
            tasks:
              - id: erstberatung
                title: Erstberatung
                phase: ankommen
                roles:
                  migrationsberatung: lead
                  auslaenderbehoerde: lead
              - id: information
                title: Information über Angebote
                phase: ankommen
                roles:
                  migrationsberatung: informed
            """
        let report = try Self.fixture(adding: catalogue).run()
        // The district sees the two leads again, now as institutions, and can adapt the task.
        #expect(report.findings == [
            "lead-count _catalog/zusatz.yaml:7:7",
            "lead-count _catalog/zusatz.yaml:8:5",
            "lead-count district.yaml:2:3",
        ])
        #expect(report.diagnostics.map(\.message) == [
            "the task 'erstberatung' has 2 lead functions",
            "the task 'information' has no lead",
            "the task 'erstberatung' has 2 lead institutions: 'auslaenderamt', 'mbe'",
        ])
        #expect(report.diagnostics[0].hint == "give exactly one function the role 'lead'")
        #expect(report.diagnostics[2].notes.map(\.summary) == ["_catalog/zusatz.yaml:2:5 the catalogue task is defined here"])
    }

    @Test func aCatalogueHandoverFromAFunctionToItself() throws {
        let catalogue = """
            interfaces:
              - id: sgb2-intern
                from: sgb2
                to: sgb2
                subject: Intern
            """
        let report = try Self.fixture(adding: catalogue).run()
        #expect(report.findings == ["self-handover _catalog/zusatz.yaml:4:9"])
        let diagnostic = try report.first(.selfHandover)
        #expect(diagnostic.message == "the handover 'sgb2-intern' leads from 'sgb2' to itself")
        #expect(diagnostic.hint == "a handover connects two functions")
    }

    @Test func catalogueFilesAreReadWithTheSameSchema() throws {
        let report = try Self.fixture(adding: "taks: []\nphases:\n  - id: sprache\n").run()
        #expect(report.findings == ["unknown-key _catalog/zusatz.yaml:1:1", "missing-key _catalog/zusatz.yaml:3:5"])
        #expect(report.diagnostics.map(\.fullMessage) == [
            "unknown key 'taks' in a catalogue file (did you mean 'tasks'?)", "this entry has no 'label'",
        ])
    }
}
