import Foundation
import Testing
@testable import WegweiserCore

/// Small districts for the Schaubild tests, run through the real pipeline.
enum SchaubildFixtures {
    /// A catalogue handover between two functions the Ausländeramt of the
    /// Landkreis both holds: an internal step, never an arrow.
    static let internalInterface = """

          - id: mitteilung-aufenthaltstitel
            from: auslaenderbehoerde
            to: asylblg
            subject: Mitteilung über die Erteilung eines Aufenthaltstitels
        """

    /// The base Landkreis (zkt) with a second Gemeinde, a Dezernat between
    /// the Landratsamt and the Jobcenter, and handovers in both directions.
    static let landkreisFiles: [String: String] = [
        "gemeinden.yaml": """
            institutions:
              - id: nachbarort
                name: Gemeinde Nachbarort
                type: gemeinde
                functions: [meldebehoerde]
                contacts:
                  - function: Einwohnermeldeamt
                    email: meldeamt@nachbarort.example
            """,
        "dezernat.yaml": """
            institutions:
              - id: dezernat-soziales
                name: Landratsamt Test – Dezernat Soziales
                type: verwaltungseinheit
                part_of: landratsamt
              - id: jobcenter
                name: Jobcenter Landkreis Test
                short: JC
                type: jobcenter
                part_of: dezernat-soziales
                functions: [sgb2]
            """,
        "institutions.yaml": """
            institutions:
              - id: landratsamt
                name: Landratsamt Test
                short: LRA
                type: kreisverwaltung
              - id: auslaenderamt
                name: Landratsamt Test – Ausländeramt
                short: ABH
                part_of: landratsamt
                functions: [auslaenderbehoerde, asylblg]
                contacts:
                  - function: Sachgebietsleitung
                    email: asyl@kreis-test.example
              - id: agentur
                name: Agentur für Arbeit Test
                short: AA
                type: arbeitsagentur
                functions: [sgb3]
              - id: teststadt
                name: Stadt Teststadt
                type: gemeinde
                functions: [meldebehoerde]
                contacts:
                  - function: Bürgerbüro
                    phone: "+49 3521 100-0"
              - id: mbe
                name: Migrationsberatung
                short: MBE
                type: beratungsstelle
                functions: [migrationsberatung]
              - id: vhs
                name: Volkshochschule Test
                type: bildungstraeger
            """,
        "responsibilities.yaml": """
            responsibilities:
              - id: anmeldung
                roles:
                  teststadt: lead
                  nachbarort: involved
                  auslaenderbehoerde: informed
            interfaces:
              - id: meldung-gemeinden
                from: meldebehoerde
                to: auslaenderamt
                subject: Anmeldung neu zugezogener Schutzsuchender
              - id: zustimmung-anfrage
                from: auslaenderamt
                to: agentur
                subject: Anfrage zur Zustimmung der Bundesagentur für Arbeit
              - id: zustimmung-antwort
                from: agentur
                to: auslaenderamt
                subject: Zustimmung oder Versagung der Zustimmung
              - id: berufssprachkurs
                from: jobcenter
                to: mbe
                subject: Hinweis auf Berufssprachkurse
              - id: sprachkurs-zweiter-hinweis
                from: jobcenter
                to: mbe
                subject: Erinnerung an die Anmeldung zum Sprachkurs
            """,
    ]

    /// The Landkreis fixture: Optionskommune, Gemeinden, an internal step.
    static func landkreis(_ changes: [String: String] = [:]) throws -> ResolvedDistrict {
        if changes.isEmpty { return try cachedLandkreis.get() }
        return try resolved(landkreisFixture(changes))
    }

    private static func landkreisFixture(_ changes: [String: String] = [:]) -> Fixture {
        var fixture = Fixture(landkreisFiles.merging(changes) { _, new in new })
        fixture.catalogFiles = ["tasks.yaml": Fixture.catalog + internalInterface]
        return fixture
    }

    /// The unchanged fixtures, resolved once for all tests.
    private static let cachedLandkreis = Result { try resolvedOnce(landkreisFixture()) }
    private static let cachedStadt = Result { try resolvedOnce(stadtFixture()) }

    /// A kreisfreie Stadt with a gemeinsame Einrichtung.
    static let stadtFiles: [String: String] = [
        "district.yaml": """
            district:
              id: teststadt
              name: Stadt Teststadt
              state: Sachsen
              kind: kreisfreie-stadt
              jobcenter_model: ge
              edition:
                version: "1.0"
                date: 2026-03-01
                publisher: IQ Netzwerk Sachsen
            """,
        "stadt.yaml": """
            institutions:
              - id: stadt
                name: Stadt Teststadt
                short: Stadt
                type: stadtverwaltung
              - id: ordnungsamt
                name: Stadt Teststadt – Ordnungsamt
                type: verwaltungseinheit
                part_of: stadt
              - id: abh
                name: Stadt Teststadt – Ordnungsamt, Abteilung Ausländerbehörde
                short: ABH
                type: verwaltungseinheit
                part_of: ordnungsamt
                functions: [auslaenderbehoerde]
              - id: sozialamt
                name: Stadt Teststadt – Sozialamt
                type: verwaltungseinheit
                part_of: stadt
                functions: [asylblg]
              - id: buergeramt
                name: Stadt Teststadt – Bürgeramt
                type: verwaltungseinheit
                part_of: stadt
                functions: [meldebehoerde]
            """,
        "partner.yaml": """
            institutions:
              - id: agentur
                name: Agentur für Arbeit Teststadt
                short: AA
                type: arbeitsagentur
                functions: [sgb3]
              - id: jobcenter
                name: Jobcenter Teststadt
                short: JC
                type: jobcenter
                functions: [sgb2]
                carriers: [agentur, stadt]
              - id: mbe
                name: Migrationsberatung für erwachsene Zuwanderer (MBE) Teststadt
                short: MBE
                type: wohlfahrtsverband
                functions: [migrationsberatung]
              - id: ihk
                name: Industrie- und Handelskammer Teststadt
                short: IHK
                type: kammer
              - id: runder-tisch
                name: Runder Tisch Integration
            """,
        "responsibilities.yaml": """
            interfaces:
              - id: meldedaten
                from: meldebehoerde
                to: auslaenderbehoerde
                subject: Übermittlung der Meldedaten zugezogener Ausländerinnen und Ausländer
              - id: verweisung-mbe
                from: sgb2
                to: migrationsberatung
                subject: Verweisung an die Migrationsberatung
            """,
    ]

    static func stadt(_ changes: [String: String] = [:]) throws -> ResolvedDistrict {
        if changes.isEmpty { return try cachedStadt.get() }
        return try resolved(stadtFixture(changes))
    }

    private static func stadtFixture(_ changes: [String: String] = [:]) -> Fixture {
        var fixture = Fixture(only: stadtFiles.merging(changes) { _, new in new })
        fixture.folderName = "teststadt"
        return fixture
    }

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
    }

    /// The resolved district, or an error naming the error diagnostics.
    private static func resolvedOnce(_ fixture: Fixture) throws -> ResolvedDistrict {
        let report = try fixture.run()
        let errors = report.diagnostics.filter { $0.severity == .error }.map(\.summary)
        guard errors.isEmpty, let resolved = report.resolved else { throw FixtureError(description: "\(errors)") }
        return resolved
    }

    /// The resolved district; fails the test on any error diagnostic.
    static func resolved(_ fixture: Fixture, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ResolvedDistrict {
        let report = try fixture.run()
        let errors = report.diagnostics.filter { $0.severity == .error }.map(\.summary)
        #expect(errors == [], sourceLocation: sourceLocation)
        return try #require(report.resolved, sourceLocation: sourceLocation)
    }

    /// The sample districts under `Districts/`, through the real pipeline.
    static func samples() throws -> [ResolvedDistrict] {
        let root = Golden.packageRoot.appendingPathComponent("Districts").path
        let workspace = Workspace(districtsFolder: root)
        let catalog = workspace.loadCatalog(try workspace.catalogFolder(forDistrict: root + "/leipzig")).catalog
        return try workspace.allDistrictIDs().map { id in
            try #require(workspace.check(districtFolder: root + "/" + id, catalog: catalog).resolved)
        }
    }

    /// `dot` on this machine; the tests that need it require it.
    static func graphviz(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> GraphvizRunner {
        try #require(GraphvizRunner.locate(), "Graphviz 'dot' is needed (apt-get install graphviz)", sourceLocation: sourceLocation)
    }
}
