import Testing
@testable import WegweiserCore

@Suite struct BaseFixtureTests {
    @Test func theBaseFixtureIsValidWithoutWarnings() throws {
        #expect(try Fixture().findings() == [])
    }

    @Test func theBaseFixtureResolvesRolesThroughFunctions() throws {
        let district = try #require(try Fixture().run().resolved)
        let task = try #require(district.tasks.first { $0.id == "beschaeftigungserlaubnis" })
        #expect(task.lead == "auslaenderamt")
        #expect(task.roles == ["auslaenderamt": .lead, "agentur": .involved, "mbe": .advises])
        // Tasks come grouped by phase in catalogue order: ankommen before arbeit.
        #expect(district.tasks.map(\.id) == ["anmeldung", "beschaeftigungserlaubnis"])
        let handover = try #require(district.handovers.first)
        #expect(handover.edges == [.init(from: "auslaenderamt", to: "jobcenter")])
        #expect(district.administrationID == "landratsamt")
    }
}
