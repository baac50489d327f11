import Testing
@testable import WegweiserCore

/// What format.md promises about reading a district folder, beyond single rules.
@Suite struct LoadingBehaviourTests {
    static func offer(_ id: String) -> String { "offers:\n  - {id: \(id), title: Angebot \(id), provider: mbe}\n" }

    @Test func contributionsAreConcatenatedInByteWiseSortedPathOrder() throws {
        let district = Fixture.district + "\n" + Self.offer("district")
        let fixture = Fixture([
            "district.yaml": district,
            "partner/b.yaml": Self.offer("partner-b"),
            "partner/a.yml": Self.offer("partner-a"),
            "partner-x.yaml": Self.offer("partner-x"),
            "Zusatz.yaml": Self.offer("gross-z"),
            "angebote.yaml": Self.offer("angebote"),
            "partner/tief/c.yaml": Self.offer("tief-c"),
            "notizen.txt": Self.offer("not-read"),
            ".versteckt.yaml": Self.offer("hidden"),
        ])
        let report = try fixture.run()
        #expect(report.findings == [])
        // Upper case before lower case, '-' (0x2D) before '/' (0x2F): byte order, not the locale's.
        let order = ["Zusatz.yaml", "angebote.yaml", "district.yaml", "institutions.yaml", "partner-x.yaml",
                     "partner/a.yml", "partner/b.yaml", "partner/tief/c.yaml"]
        #expect(report.definition?.files.map { $0.components(separatedBy: "/testkreis/").last! } == order)
        #expect(report.resolved?.offers.map(\.offer.id.value) == [
            "gross-z", "angebote", "district", "partner-x", "partner-a", "partner-b", "tief-c",
        ])
    }

    @Test func emptyAndCommentOnlyFilesAreValid() throws {
        let fixture = Fixture(["leer.yaml": "", "kommentar.yaml": "# Zuarbeit folgt\n\n", "nur-marker.yaml": "---\n"])
        #expect(try fixture.findings() == [])
    }

    @Test func scalarsAreTakenAsWritten() throws {
        let district = Fixture.district
            .replacingOccurrences(of: "version: \"1.0\"", with: "version: 2.0")
            .replacingOccurrences(of: "publisher: IQ Netzwerk Sachsen", with: "publisher: 0123")
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == [])
        let edition = try #require(report.resolved?.edition)
        #expect(edition.version?.value == "2.0")
        #expect(edition.publisher?.value == "0123")
        #expect(edition.date?.value == Day(year: 2026, month: 3, day: 1))
    }

    @Test func yesNoAndNullLookalikesStayText() throws {
        let yaml = """
            institutions:
              - id: "no"
                name: yes
                short: "null"
                note: off
                functions: [migrationsberatung]
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [])
        let institution = try #require(report.resolved?.institution("no"))
        #expect(institution.name.value == "yes")
        #expect(institution.short?.value == "null")
        #expect(institution.note?.value == "off")
    }

    @Test func aByteOrderMarkAtTheStartIsAccepted() throws {
        var fixture = Fixture()
        fixture.binaryFiles = [
            "district.yaml": [0xEF, 0xBB, 0xBF] + Array(Fixture.district.utf8),
            "partner.yaml": [0xEF, 0xBB, 0xBF] + Array("ofers: []\n".utf8),
        ]
        let report = try fixture.run()
        // Columns are counted after the byte order mark.
        #expect(report.findings == ["unknown-key partner.yaml:1:1"])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndingsGiveTheSameLinesAndColumns(_ newline: String) throws {
        let lines = [
            "institutions:",
            "  - id: beratung",
            "    name: Beratungsstelle",
            "    functoins: [migrationsberatung]",
            "    name: Zweiter Name",
            "responsibilities:",
            "  - id: anmeldung",
            "    roles:",
            "      teststadt: lead",
            "      jobcentre: informed",
        ]
        var fixture = Fixture()
        fixture.binaryFiles = [
            "a.yaml": Array(lines[0...4].joined(separator: newline).utf8),
            "b.yaml": Array((lines[0...3] + lines[5...9]).joined(separator: newline).utf8),
        ]
        let report = try fixture.run()
        #expect(report.findings == [
            "duplicate-key a.yaml:5:5",
            "unused-institution b.yaml:2:9",
            "unknown-key b.yaml:4:5",
            "unknown-reference b.yaml:9:7",
        ])
        #expect(try report.first(.duplicateKey).notes.map(\.summary) == ["a.yaml:3:5 first written here"])
    }

    @Test func allProblemsOfAllFilesInOneRun() throws {
        let district = Fixture.district
            .replacingOccurrences(of: "kind: landkreis", with: "kind: landkries")
            .replacingOccurrences(of: "date: 2026-03-01", with: "date: 2026-13-01")
        let fixture = Fixture([
            "district.yaml": district,
            "a.yaml": "institutions:\n  - id: Beratung\n    name: Beratung\n",
            "b.yaml": "institutions: [\n",
            "c/d.yaml": "offers:\n  - id: kurs\n    titel: Kurs\n    provider: mbe\n",
            "e.yaml": "bodies:\n  - {id: netz, name: Netz, members: [mbe, jobcentre]}\n",
        ])
        let report = try fixture.run()
        #expect(report.findings == [
            "invalid-id a.yaml:2:9",
            "yaml-syntax b.yaml:2:1",
            "missing-key c/d.yaml:2:5",
            "unknown-key c/d.yaml:3:5",
            "invalid-value district.yaml:5:9",
            "invalid-date district.yaml:9:11",
            "unknown-reference e.yaml:2:43",
        ])
        #expect(report.errorCount == 7)
        #expect(!report.passes(strict: false))
    }

    @Test func warningsDoNotStopADistrictUnlessStrict() throws {
        let report = try Fixture(["partner.yaml": "institutions:\n  - id: kammer\n    name: Kammer\n"]).run()
        #expect(report.findings == ["unused-institution partner.yaml:2:9"])
        #expect(report.errorCount == 0)
        #expect(report.warningCount == 1)
        #expect(report.passes(strict: false))
        #expect(!report.passes(strict: true))
        #expect(report.resolved != nil)
    }

    @Test func everyRuleHasItsSeverity() {
        let warnings = Rule.allCases.filter { $0.severity == .warning }
        #expect(warnings == [.gap, .rechtskreiswechsel, .staleContact, .unusedInstitution, .leadWithoutContact, .placeholder])
        #expect(Set(Rule.allCases.map(\.rawValue)).count == Rule.allCases.count)
    }
}
