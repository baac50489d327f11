import Testing
@testable import WegweiserCore

/// The five coverage figures on small districts, each with its exact entries.
@Suite struct CoverageAnalysisTests {
    static func coverage(_ fixture: Fixture) throws -> (Coverage, DistrictReport) {
        let report = try fixture.run()
        let district = try #require(report.resolved)
        return (CoverageAnalysis.analyse(district), report)
    }

    /// The base district with the Ausländeramt holding only `asylblg`:
    /// nobody holds `auslaenderbehoerde`, which leads a catalogue task.
    static let withoutAuslaenderbehoerde = Fixture([
        "institutions.yaml": Fixture.institutions.replacingOccurrences(
            of: "functions: [auslaenderbehoerde, asylblg]", with: "functions: [asylblg]")
    ])

    @Test func theBaseDistrict() throws {
        let (coverage, _) = try Self.coverage(Fixture())
        #expect(coverage.districtID == "testkreis")
        #expect(coverage.districtName == "Landkreis Test")
        #expect(coverage.version == "1.0")
        #expect(coverage.date == Day("2026-03-01"))
        #expect(coverage.staleBefore == Day("2024-03-01"))
        #expect(coverage.gaps == [])
        #expect(coverage.unheldFunctions == [])
        #expect(coverage.institutionsWithoutTasks == [
            .init(id: "landratsamt", name: "Landratsamt Test"),
            .init(id: "jobcenter", name: "Landratsamt Test – Jobcenter Landkreis Test"),
        ])
        #expect(coverage.handoversWithoutLegalBasis == [])
        // Never checked: the Gemeinde's contact and the municipality's.
        #expect(coverage.unverifiedContacts == [
            .init(institution: "teststadt", owner: "Stadt Teststadt", function: "Bürgerbüro", verified: nil),
            .init(institution: nil, owner: "Stadt Teststadt", function: "Bürgerbüro", verified: nil),
        ])
        #expect(Coverage.Kind.allCases.map(coverage.count) == [0, 0, 2, 0, 2])
        #expect(!coverage.isComplete)
    }

    @Test func aTaskWhoseLeadFunctionNobodyHoldsIsAGap() throws {
        let (coverage, report) = try Self.coverage(Self.withoutAuslaenderbehoerde)
        #expect(coverage.gaps == [
            .init(
                id: "beschaeftigungserlaubnis", title: "Beschäftigungserlaubnis für Gestattete und Geduldete",
                function: "auslaenderbehoerde", functionLabel: "Ausländerbehörde")
        ])
        #expect(coverage.unheldFunctions == [.init(id: "auslaenderbehoerde", label: "Ausländerbehörde")])
        // The same definition as the validator's warning.
        #expect(report.findings.filter { $0.hasPrefix("gap ") }.count == 1)
    }

    @Test func anExcludedTaskIsNoGapButItsFunctionStaysUnheld() throws {
        var fixture = Self.withoutAuslaenderbehoerde
        fixture.files["district.yaml"] = Fixture.district + "\n  exclude_tasks: [beschaeftigungserlaubnis]\n"
        let (coverage, report) = try Self.coverage(fixture)
        #expect(report.errorCount == 0, "\(report.findings)")
        #expect(coverage.gaps == [])
        #expect(coverage.unheldFunctions == [.init(id: "auslaenderbehoerde", label: "Ausländerbehörde")])
    }

    @Test func anInstitutionWithARoleHasTasks() throws {
        let responsibilities = """
            responsibilities:
              - id: anmeldung
                roles:
                  meldebehoerde: lead
                  jobcenter: informed
                  landratsamt: informed
            """
        let (coverage, _) = try Self.coverage(Fixture(["responsibilities.yaml": responsibilities]))
        #expect(coverage.institutionsWithoutTasks == [])
    }

    @Test func handoversWithoutLegalBasis() throws {
        let interfaces = """
            interfaces:
              - id: meldung-zuzug
                from: meldebehoerde
                to: auslaenderamt
                subject: Anmeldung neu zugezogener Schutzsuchender
              - id: leer
                from: jobcenter
                to: agentur
                subject: Leere Rechtsgrundlage
                legal_basis: "  "
              - id: mit-grundlage
                from: jobcenter
                to: agentur
                subject: Mit Rechtsgrundlage
                legal_basis: § 22 SGB III
            """
        let (coverage, _) = try Self.coverage(Fixture(["zusammenarbeit.yaml": interfaces]))
        // Numbered as in the paper: the catalogue's handover is S1.
        #expect(coverage.handoversWithoutLegalBasis == [
            .init(id: "meldung-zuzug", number: "S2", subject: "Anmeldung neu zugezogener Schutzsuchender"),
            .init(id: "leer", number: "S3", subject: "Leere Rechtsgrundlage"),
        ])
    }

    @Test func contactsCheckedMoreThan24MonthsBeforeTheEditionDate() throws {
        let institutions = Fixture.institutions
            .replacingOccurrences(of: "verified: 2026-01-10", with: "verified: 2024-02-29")
            .replacingOccurrences(of: "phone: \"+49 3521 100-0\"", with: "phone: \"+49 3521 100-0\"\n        verified: 2024-03-01")
        let district = Fixture.district.replacingOccurrences(
            of: "email: buergerbuero@teststadt.example}", with: "email: buergerbuero@teststadt.example, verified: 2026-02-01}")
        let (coverage, report) = try Self.coverage(Fixture(["institutions.yaml": institutions, "district.yaml": district]))
        // 2024-02-29 is before 2024-03-01, 24 months before the edition; 2024-03-01 itself is fine.
        #expect(coverage.unverifiedContacts == [
            .init(institution: "auslaenderamt", owner: "Landratsamt Test – Ausländeramt", function: "Sachgebietsleitung", verified: Day("2024-02-29"))
        ])
        #expect(report.findings.filter { $0.hasPrefix("stale-contact ") } == ["stale-contact institutions.yaml:16:19"])
    }

    @Test func withoutEditionDateOnlyContactsNeverCheckedCount() throws {
        let district = Fixture.district.replacingOccurrences(of: "    date: 2026-03-01\n", with: "")
        let institutions = Fixture.institutions.replacingOccurrences(of: "verified: 2026-01-10", with: "verified: 2001-01-01")
        let (coverage, _) = try Self.coverage(Fixture(["district.yaml": district, "institutions.yaml": institutions]))
        #expect(coverage.date == nil)
        #expect(coverage.staleBefore == nil)
        #expect(coverage.unverifiedContacts.map(\.owner) == ["Stadt Teststadt", "Stadt Teststadt"])
    }

    @Test func aFullyCoveredDistrict() throws {
        let institutions = """
            institutions:
              - id: jobcenter
                name: Jobcenter Test
                type: kreisverwaltung
                functions: [sgb2, sgb3, asylblg, auslaenderbehoerde, meldebehoerde, migrationsberatung]
                contacts:
                  - function: Empfang
                    email: empfang@jobcenter.example
                    verified: 2026-02-01
                    person: {name: Erika Beispiel}
            """
        let district = Fixture.district.replacingOccurrences(
            of: "email: buergerbuero@teststadt.example}", with: "email: buergerbuero@teststadt.example, verified: 2026-02-01}")
        let (coverage, _) = try Self.coverage(Fixture(["institutions.yaml": institutions, "district.yaml": district]))
        #expect(Coverage.Kind.allCases.map(coverage.count) == [0, 0, 0, 0, 0])
        #expect(coverage.isComplete)
    }
}
