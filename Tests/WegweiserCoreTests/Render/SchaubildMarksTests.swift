import Foundation
import Testing
@testable import WegweiserCore

/// Two versions of the base district for the change reports: between them
/// an institution comes (bildungswerk), one goes (mbe), one changes
/// (agentur), one is renamed (teststadt → stadt-teststadt), a contact's
/// `person` changes (auslaenderamt); handovers come, go and change.
enum ChangeFixtures {
    static let oldPerson = (name: "Erika Mustermann", phone: "+49 3521 725-4711")
    static let newPerson = (name: "Maximilian Beispielmann", phone: "+49 3521 725-0815")
    static var personValues: [String] { [oldPerson.name, oldPerson.phone, newPerson.name, newPerson.phone] }

    static let oldInstitutions = Fixture.institutions.replacingOccurrences(
        of: "        verified: 2026-01-10\n",
        with: "        verified: 2026-01-10\n        person: {name: \(oldPerson.name), phone: \"\(oldPerson.phone)\"}\n")

    static let newInstitutions = Fixture.institutions
        .replacingOccurrences(
            of: "        verified: 2026-01-10\n",
            with: "        verified: 2026-01-10\n        person: {name: \(newPerson.name), phone: \"\(newPerson.phone)\"}\n")
        .replacingOccurrences(
            of: "    type: arbeitsagentur\n",
            with: "    type: arbeitsagentur\n    web: https://www.arbeitsagentur.example/test\n")
        .replacingOccurrences(of: "  - id: teststadt\n", with: "  - id: stadt-teststadt\n")
        .replacingOccurrences(
            of: """
                  - id: mbe
                    name: Migrationsberatung
                    type: beratungsstelle
                    functions: [migrationsberatung]
                """,
            with: """
                  - id: bildungswerk
                    name: Bildungswerk Test
                    type: bildungstraeger
                    functions: [migrationsberatung]
                """)

    static let oldInterfaces = """
        interfaces:
          - id: zustimmung-anfrage
            from: auslaenderamt
            to: agentur
            subject: Anfrage zur Zustimmung der Bundesagentur für Arbeit
          - id: abstimmung
            from: jobcenter
            to: agentur
            subject: Abstimmung zur Arbeitsvermittlung
          - id: verweisung-mbe
            from: jobcenter
            to: mbe
            subject: Verweisung an die Migrationsberatung
          - id: meldung
            from: teststadt
            to: auslaenderamt
            subject: Anmeldung neu zugezogener Schutzsuchender
        """

    static let newInterfaces = """
        interfaces:
          - id: zustimmung-anfrage
            from: auslaenderamt
            to: agentur
            subject: Anfrage zur Zustimmung der Bundesagentur für Arbeit
          - id: zustimmung-antwort
            from: agentur
            to: auslaenderamt
            subject: Zustimmung oder Versagung der Zustimmung
          - id: abstimmung
            from: jobcenter
            to: agentur
            subject: Abstimmung zur Arbeitsvermittlung
            trigger: Vor jeder Vermittlung in Arbeit
          - id: kursvermittlung
            from: jobcenter
            to: bildungswerk
            subject: Vermittlung in einen Sprachkurs
        """

    static func resolved(_ files: [String: String]) throws -> ResolvedDistrict {
        let report = try Fixture(files).run()
        #expect(report.errorCount == 0, "\(report.diagnostics.map(\.summary))")
        return try #require(report.resolved)
    }

    static func old() throws -> ResolvedDistrict {
        try resolved(["institutions.yaml": oldInstitutions, "interfaces.yaml": oldInterfaces])
    }

    static func new() throws -> ResolvedDistrict {
        var district = Fixture.district
        district = district.replacingOccurrences(of: "version: \"1.0\"", with: "version: \"1.1\"")
        return try resolved(["district.yaml": district, "institutions.yaml": newInstitutions, "interfaces.yaml": newInterfaces])
    }

    /// Both versions and their comparison.
    static func compared(_ edition: Paper.Edition) throws -> (old: ResolvedDistrict, new: ResolvedDistrict, changes: DistrictChanges) {
        let (old, new) = (try old(), try new())
        let changes = DistrictComparer.compare(
            old, new, oldSource: "HEAD~1:Districts/testkreis", newSource: "Districts/testkreis", edition: edition)
        return (old, new, changes)
    }
}

/// The Schaubild of a change report: the new version with what is gone
/// drawn back in, and every change marked.
@Suite struct SchaubildMarksTests {
    typealias Mark = SchaubildMarks.Mark

    /// The first line of the DOT that starts with `prefix` (indentation aside).
    static func line(_ dot: String, startingWith prefix: String) -> String? {
        dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix(prefix) }
    }

    /// The line of the institution node `id`, or nil when it is not drawn.
    static func nodeLine(_ dot: String, _ id: String) -> String? {
        line(dot, startingWith: "\"\(id)\" [id=\"inst-\(id)\"")
    }

    /// Every arrow (not the invisible edges) as "from -> to" → its line.
    static func arrowLines(_ dot: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in dot.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard !line.hasPrefix("\"_"), line.contains(" -> "), line.contains("[label=\"S"), let bracket = line.range(of: " [")
            else { continue }
            result[line[..<bracket.lowerBound].replacingOccurrences(of: "\"", with: "")] = line
        }
        return result
    }

    /// The mark a line's border colour shows; nil for the default colour.
    static func mark(of line: String) -> Mark? {
        Mark.allCases.first { line.contains(" color=\"\($0.colour)\"") }
    }

    @Test func theMergedDistrictHasWhatIsGoneAndMarksEveryChange() throws {
        let (old, new, changes) = try ChangeFixtures.compared(.internal)
        let schaubild = ChangeSchaubild(old: old, new: new, changes: changes)
        #expect(schaubild.district.institutions.map(\.id.value)
            == new.institutions.map(\.id.value) + ["mbe"])
        // Removed handovers come after the new ones, their ends carried over the rename.
        #expect(schaubild.district.handovers.map(\.id) == new.handovers.map(\.id) + ["verweisung-mbe", "meldung"])
        let meldung = try #require(schaubild.district.handovers.last)
        #expect(meldung.edges.map { "\($0.from)->\($0.to)" } == ["stadt-teststadt->auslaenderamt"])
        #expect(meldung.from.institutions == ["stadt-teststadt"])
        #expect(schaubild.marks.institutions == [
            "bildungswerk": .added, "mbe": .removed, "agentur": .changed, "stadt-teststadt": .changed,
            "auslaenderamt": .changed,
        ])
        #expect(schaubild.marks.handovers == [
            "zustimmung-antwort": .added, "kursvermittlung": .added, "abstimmung": .changed,
            "verweisung-mbe": .removed, "meldung": .removed,
        ])
    }

    @Test(arguments: [true, false])
    func theDOTMarksExactlyTheChangedNodesAndArrows(clusters: Bool) throws {
        let (old, new, changes) = try ChangeFixtures.compared(.internal)
        let schaubild = ChangeSchaubild(old: old, new: new, changes: changes)
        let dot = SchaubildRenderer.dot(for: schaubild.district, clusters: clusters, marks: schaubild.marks)

        for institution in schaubild.district.institutions {
            let id = institution.id.value
            let line = try #require(Self.nodeLine(dot, id), "\(id) is not drawn")
            #expect(Self.mark(of: line) == schaubild.marks.institutions[id], "\(id): \(line)")
        }
        let mbe = try #require(Self.nodeLine(dot, "mbe"))
        #expect(mbe.contains("tooltip=\"entfallen: Migrationsberatung (Beratungsstelle)\""))
        #expect(mbe.contains("style=\"filled,dashed\"") && mbe.contains("penwidth=2.5") && mbe.contains("fontcolor=\"#57606a\""))
        let added = try #require(Self.nodeLine(dot, "bildungswerk"))
        #expect(added.contains("tooltip=\"neu: Bildungswerk Test (Bildungsträger)\""))
        #expect(added.contains("style=\"filled\"") && added.contains("penwidth=3"))
        let agentur = try #require(Self.nodeLine(dot, "agentur"))
        #expect(agentur.contains("tooltip=\"geändert: ") && agentur.contains("style=\"filled,dotted\""))
        // The kind's shape and fill stay.
        #expect(agentur.contains("shape=octagon fillcolor=\"#fdb462\""))
        let landratsamt = try #require(Self.nodeLine(dot, "landratsamt"))
        #expect(!landratsamt.contains("geändert") && Self.mark(of: landratsamt) == nil)

        let arrows = Self.arrowLines(dot).mapValues(Self.mark(of:))
        #expect(arrows == [
            // One line for both directions: an unchanged handover and a new one make it "changed".
            "auslaenderamt -> agentur": .changed,
            "auslaenderamt -> jobcenter": nil,
            "jobcenter -> agentur": .changed,
            "jobcenter -> bildungswerk": .added,
            "jobcenter -> mbe": .removed,
            "stadt-teststadt -> auslaenderamt": .removed,
        ])
        let lines = Self.arrowLines(dot)
        #expect(lines["jobcenter -> mbe"]!.contains("style=\"dashed\""))
        #expect(lines["jobcenter -> agentur"]!.contains("style=\"dotted\""))
        #expect(!lines["jobcenter -> bildungswerk"]!.contains("style="))
        let mutual = lines["auslaenderamt -> agentur"]!
        let numbers = SchaubildRenderer.handoverLabels(in: schaubild.district)
        #expect(mutual.contains("\\nneu: \(numbers["zustimmung-antwort"]!): Zustimmung oder Versagung der Zustimmung"))
        #expect(mutual.contains("tooltip=\"\(numbers["zustimmung-anfrage"]!): Anfrage zur Zustimmung"))

        // The legend's row of marks, with sample arrows.
        #expect(dot.contains("\"_legende_aenderungen\" [label=\"Änderungen:\""))
        for mark in Mark.allCases {
            let sample = try #require(Self.line(dot, startingWith: "\"_legende_aenderung_\(mark.rawValue)\" ["))
            #expect(sample.contains("label=\"\(mark.label)\"") && Self.mark(of: sample) == mark)
            #expect(dot.contains("\"_legende_aenderung_\(mark.rawValue)_von\" -> \"_legende_aenderung_\(mark.rawValue)_an\" [label=\"\(mark.label)\""))
        }
    }

    @Test func withoutMarkedArrowsTheLegendHasNoSampleArrows() throws {
        let marks = SchaubildMarks(institutions: ["agentur": .added])
        let dot = SchaubildRenderer.dot(for: try SchaubildFixtures.landkreis(), marks: marks)
        #expect(dot.contains("\"_legende_aenderung_added\" ["))
        #expect(!dot.contains("_legende_aenderung_added_von"))
    }

    /// Without marks, and with marks that name nothing drawn, the DOT is the paper's.
    @Test func unmarkedDOTIsThePapers() throws {
        for district in [try SchaubildFixtures.landkreis(), try SchaubildFixtures.stadt(), try ChangeFixtures.new()] {
            for clusters in [true, false] {
                let paper = SchaubildRenderer.dot(for: district, clusters: clusters, provenance: "p")
                #expect(SchaubildRenderer.dot(for: district, clusters: clusters, provenance: "p", marks: .none) == paper)
                let stray = SchaubildMarks(institutions: ["gibt-es-nicht": .added], handovers: ["auch-nicht": .removed])
                #expect(SchaubildRenderer.dot(for: district, clusters: clusters, provenance: "p", marks: stray) == paper)
                #expect(!paper.contains("_legende_aenderung"))
            }
        }
    }

    @Test func comparingAVersionWithItselfMarksNothing() throws {
        let new = try ChangeFixtures.new()
        let changes = DistrictComparer.compare(new, new, oldSource: "a", newSource: "b")
        let schaubild = ChangeSchaubild(old: new, new: new, changes: changes)
        #expect(schaubild.marks.isEmpty)
        #expect(SchaubildRenderer.dot(for: schaubild.district, marks: schaubild.marks) == SchaubildRenderer.dot(for: new))
    }

    /// A removed unit is drawn in the frame of its Träger, also when the
    /// Träger was renamed; a removed Träger is drawn back with its units.
    @Test func aRemovedUnitStaysInTheFrameOfItsTraeger() throws {
        let verein = """
            institutions:
              - id: verein
                name: Verein Test
                type: wohlfahrtsverband
              - id: verein-beratung
                name: Verein Test – Beratung
                type: beratungsstelle
                part_of: verein
            """
        let old = try ChangeFixtures.resolved(["verein.yaml": verein])
        let renamed = try ChangeFixtures.resolved(["verein.yaml": """
            institutions:
              - id: traegerverein
                name: Verein Test
                type: wohlfahrtsverband
            """])
        for (new, frame) in [(renamed, "traegerverein"), (try ChangeFixtures.resolved([:]), "verein")] {
            let changes = DistrictComparer.compare(old, new, oldSource: "a", newSource: "b")
            let schaubild = ChangeSchaubild(old: old, new: new, changes: changes)
            #expect(schaubild.marks.institutions["verein-beratung"] == .removed)
            #expect(schaubild.marks.institutions[frame] == (frame == "verein" ? .removed : .changed))
            let dot = SchaubildRenderer.dot(for: schaubild.district, marks: schaubild.marks)
            let cluster = try #require(dot.range(of: "subgraph \"cluster_\(frame)\" {"), "\(frame)")
            let block = dot[cluster.upperBound...].prefix { $0 != "}" }
            #expect(block.contains("\"verein-beratung\" [id=\"inst-verein-beratung\""))
            #expect(block.contains("\"\(frame)\" [id=\"inst-\(frame)\""))
        }
    }

    @Test func theMarkedSchaubildRendersWithoutGraphvizWarnings() throws {
        let (old, new, changes) = try ChangeFixtures.compared(.internal)
        let schaubild = ChangeSchaubild(old: old, new: new, changes: changes)
        let drawn = try SchaubildRenderer.render(schaubild.district, marks: schaubild.marks)
        #expect(drawn.warnings == [])
        #expect(drawn.dot == SchaubildRenderer.dot(for: schaubild.district, marks: schaubild.marks))
        for mark in Mark.allCases { #expect(drawn.inlineSVG.contains("stroke=\"\(mark.colour)\"")) }
        #expect(drawn.inlineSVG.contains("stroke-dasharray"))
        // The layout without clusters, too.
        let flat = SchaubildRenderer.dot(for: schaubild.district, clusters: false, marks: schaubild.marks)
        let graphviz = try #require(GraphvizRunner.locate(environment: ProcessInfo.processInfo.environment))
        let fallback = try SchaubildRenderer.render(
            schaubild.district, clustered: flat, flat: flat, graphviz: graphviz, clusterTimeout: .seconds(20),
            fallbackTimeout: .seconds(20))
        #expect(fallback.warnings == [] && fallback.dot == flat)
    }

    @Test func anArrowsMarkIsTheCommonOneElseChanged() {
        #expect(SchaubildMarks.combined([.added, .added]) == .added)
        #expect(SchaubildMarks.combined([nil, nil]) == nil)
        #expect(SchaubildMarks.combined([.added, .removed]) == .changed)
        #expect(SchaubildMarks.combined([nil, .removed]) == .changed)
        #expect(SchaubildMarks.combined([.removed]) == .removed)
    }
}
