import Testing
@testable import WegweiserCore

/// The extracts of the base district: tasks by role, handovers, contacts per edition.
@Suite struct ExtractBuilderTests {
    /// The base district with a person block on the Ausländeramt's contact.
    static let fixture = Fixture([
        "institutions.yaml": Fixture.institutions.replacingOccurrences(
            of: "        verified: 2026-01-10\n",
            with: "        verified: 2026-01-10\n        person: {name: Erika Beispiel, phone: \"+49 3521 725-1234\"}\n")
    ])

    static func extracts(_ fixture: Fixture = fixture, edition: Paper.Edition) throws -> ExtractSet {
        let district = try #require(try fixture.run().resolved)
        let paper = PaperBuilder(district: district, edition: edition, digest: "0").build()
        return ExtractBuilder(district: district, paper: paper).build()
    }

    @Test func onePerInstitutionInTheOrderOfThePaper() throws {
        let set = try Self.extracts(edition: .internal)
        #expect(set.extracts.map(\.fileName) == [
            "landratsamt.html", "jobcenter.html", "auslaenderamt.html", "agentur.html", "teststadt.html", "mbe.html",
        ])
        #expect(set.indexFileName == "index.html")
        #expect(set.meta.districtName == "Landkreis Test")
    }

    @Test func tasksByRoleHandoversAndContacts() throws {
        let set = try Self.extracts(edition: .internal)
        let amt = try #require(set.extracts.first { $0.institutionID == "auslaenderamt" })
        #expect(amt.heading == "Landratsamt Test – Ausländeramt")
        #expect(amt.functions == ["Ausländerbehörde", "Leistungen nach dem Asylbewerberleistungsgesetz"])
        #expect(amt.roles.map(\.title) == ["Federführend", "Mitwirkend", "Berät", "Wird informiert"])
        #expect(amt.roles.map { $0.tasks.map(\.title) } == [
            ["Beschäftigungserlaubnis für Gestattete und Geduldete"], [], [], ["Anmeldung des Wohnsitzes"],
        ])
        #expect(amt.roles[0].tasks[0].phase == "Arbeitsmarktzugang und Vermittlung")
        #expect(amt.handoversOut.map { "\($0.number) \($0.partners): \($0.subject) (\($0.legalBasis ?? "–"))" } == [
            "S1 Jobcenter Landkreis Test: Rechtskreiswechsel AsylbLG → SGB II (§ 7 SGB II)"
        ])
        #expect(amt.handoversIn.isEmpty)
        #expect(amt.contacts.map(\.function) == ["Sachgebietsleitung"])
        #expect(amt.contacts[0].person?.name == "Erika Beispiel")

        let jobcenter = try #require(set.extracts.first { $0.institutionID == "jobcenter" })
        #expect(jobcenter.taskCount == 0)
        #expect(jobcenter.handoversIn.map { "\($0.number) \($0.partners)" } == ["S1 Ausländeramt"])
    }

    @Test func thePublicEditionHasNoPersonBlock() throws {
        let set = try Self.extracts(edition: .public)
        #expect(set.extracts.flatMap(\.contacts).allSatisfy { $0.person == nil })
        let pages = try ExtractRenderer().render(set)
        #expect(pages.map(\.name).first == "index.html")
        #expect(pages.count == 7)
        #expect(pages.allSatisfy { !$0.text.contains("Erika Beispiel") && !$0.text.contains("725-1234") })
        #expect(pages.contains { $0.text.contains("asyl@kreis-test.example") })
    }

    @Test func anInstitutionCalledIndexDoesNotReplaceTheOverview() throws {
        #expect(ExtractBuilder.fileName(of: "index") == "_index.html")
        #expect(ExtractBuilder.fileName(of: "index-amt") == "index-amt.html")
        #expect(ExtractBuilder.fileName(of: "jobcenter") == "jobcenter.html")
    }
}
