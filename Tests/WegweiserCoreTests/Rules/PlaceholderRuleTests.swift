import Testing
@testable import WegweiserCore

/// `placeholder`: what `wegweiser init` left to fill in, one warning at each place.
@Suite struct PlaceholderRuleTests {
    @Test func aPartnerNameAndAContactAddressStillToFillIn() throws {
        let yaml = """
            institutions:
              - id: beratung
                name: Migrationsberatung – TODO Träger
                functions: [migrationsberatung]
                contacts:
                  - function: Migrationsberatung
                    email: TODO@testkreis.example
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["placeholder partner.yaml:3:11", "placeholder partner.yaml:7:16"])
        let name = report.diagnostics[0]
        #expect(name.severity == .warning)
        #expect(name.message == "the name of institution 'beratung' still holds the placeholder TODO: 'Migrationsberatung – TODO Träger'")
        #expect(name.hint == "replace TODO with the real value")
        #expect(report.diagnostics[1].message
            == "the e-mail of the contact 'Migrationsberatung' of institution 'beratung' still holds the placeholder TODO: 'TODO@testkreis.example'")
    }

    @Test func aMunicipalityAndThePublisher() throws {
        let district = Fixture.district
            .replacingOccurrences(of: "name: Stadt Teststadt", with: "name: TODO Gemeinde")
            .replacingOccurrences(of: "publisher: IQ Netzwerk Sachsen", with: "publisher: TODO Herausgeber")
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.diagnostics.filter { $0.rule == .placeholder }.map(\.message) == [
            "the publisher still holds the placeholder TODO: 'TODO Herausgeber'",
            "the name of a municipality still holds the placeholder TODO: 'TODO Gemeinde'",
        ])
    }

    @Test func aHandoversLegalBasis() throws {
        let yaml = """
            interfaces:
              - id: meldung
                from: auslaenderamt
                to: agentur
                subject: Meldung
                legal_basis: § TODO AufenthG
            """
        let report = try Fixture(["schnittstellen.yaml": yaml]).run()
        #expect(report.findings == ["placeholder schnittstellen.yaml:6:18"])
        #expect(report.diagnostics.first { $0.rule == .placeholder }?.message
            == "the legal basis of handover 'meldung' still holds the placeholder TODO: '§ TODO AufenthG'")
    }

    @Test func lowerCaseTodoIsText() throws {
        let yaml = """
            institutions:
              - id: beratung
                name: Todo-Beratung
                functions: [migrationsberatung]
                contacts:
                  - function: Beratung
                    email: todo@testkreis.example
            """
        #expect(try Fixture(["partner.yaml": yaml]).findings() == [])
    }
}
