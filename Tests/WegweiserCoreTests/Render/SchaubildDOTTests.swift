import Foundation
import Testing
@testable import WegweiserCore

/// The DOT source of the Schaubild: goldens, determinism, and what the
/// diagram shows.
@Suite struct SchaubildDOTTests {
    // MARK: - Goldens

    @Test func landkreisWithOptionskommuneMatchesGolden() throws {
        let district = try SchaubildFixtures.landkreis()
        try Golden.check(SchaubildRenderer.dot(for: district), "schaubild-landkreis-zkt.dot")
    }

    @Test func kreisfreieStadtWithGemeinsamerEinrichtungMatchesGolden() throws {
        let district = try SchaubildFixtures.stadt()
        try Golden.check(SchaubildRenderer.dot(for: district), "schaubild-stadt-ge.dot")
        try Golden.check(
            SchaubildRenderer.dot(for: district, clusters: false), "schaubild-stadt-ge-ohne-cluster.dot")
    }

    @Test func provenanceIsACommentInTheDOTAndTheGraphComment() throws {
        let dot = SchaubildRenderer.dot(
            for: try SchaubildFixtures.stadt(), provenance: "wegweiser 0.1.0 · sha256:abc\n// kein Code")
        let lines = dot.split(separator: "\n")
        #expect(lines[1] == "// wegweiser 0.1.0 · sha256:abc // kein Code")
        #expect(dot.contains("graph [comment=\"wegweiser 0.1.0 · sha256:abc // kein Code\"];"))
    }

    // MARK: - Determinism

    @Test func renderingTwiceGivesTheSameBytes() throws {
        for district in try [SchaubildFixtures.landkreis(), SchaubildFixtures.stadt()] {
            #expect(SchaubildRenderer.dot(for: district) == SchaubildRenderer.dot(for: district))
            #expect(SchaubildRenderer.dot(for: district, clusters: false) == SchaubildRenderer.dot(for: district, clusters: false))
        }
    }

    @Test func theOrderOfTheInstitutionFilesDoesNotMatter() throws {
        let files = SchaubildFixtures.landkreisFiles
        let original = try SchaubildFixtures.landkreis()
        // Other file names change the order in which the lists are concatenated.
        let reordered = try SchaubildFixtures.landkreis([
            "gemeinden.yaml": "", "dezernat.yaml": "", "institutions.yaml": "",
            "a/zuerst.yaml": try #require(files["gemeinden.yaml"]),
            "b/dann.yaml": try #require(files["institutions.yaml"]),
            "c/zuletzt.yaml": try #require(files["dezernat.yaml"]),
        ])
        #expect(original.institutions.map(\.id.value) != reordered.institutions.map(\.id.value))
        #expect(SchaubildRenderer.dot(for: original) == SchaubildRenderer.dot(for: reordered))
    }

    // MARK: - Handovers

    @Test func handoversAreNumberedInTheOrderOfTheDistrict() throws {
        let district = try SchaubildFixtures.landkreis()
        #expect(district.handovers.map(\.id) == [
            "rechtskreiswechsel-sgb2", "mitteilung-aufenthaltstitel", "meldung-gemeinden", "zustimmung-anfrage",
            "zustimmung-antwort", "berufssprachkurs", "sprachkurs-zweiter-hinweis",
        ])
        #expect(SchaubildRenderer.handoverNumber(index: 0) == 1)
        #expect(SchaubildRenderer.handoverNumber(of: "zustimmung-antwort", in: district) == 5)
        #expect(SchaubildRenderer.handoverNumber(of: "unbekannt", in: district) == nil)
        #expect(SchaubildRenderer.handoverLabel(12) == "S12")
        #expect(SchaubildRenderer.handoverLabels(in: district) == [
            "rechtskreiswechsel-sgb2": "S1", "mitteilung-aufenthaltstitel": "S2", "meldung-gemeinden": "S3",
            "zustimmung-anfrage": "S4", "zustimmung-antwort": "S5", "berufssprachkurs": "S6",
            "sprachkurs-zweiter-hinweis": "S7",
        ])
    }

    @Test func theArrowsAreTheHandoversBetweenDifferentInstitutions() throws {
        let dot = SchaubildRenderer.dot(for: try SchaubildFixtures.landkreis())
        let facts = try SchaubildGraphFacts(dot)
        #expect(facts.institutionEdges.sorted() == [
            "auslaenderamt -> agentur",  // S4 and S5, one line with two heads
            "auslaenderamt -> jobcenter",  // S1
            "jobcenter -> mbe",  // S6 and S7
            "teststadt -> auslaenderamt",  // S3, from the frame of all Gemeinden
        ])
        // S2 stays inside the Ausländeramt: an internal step, no arrow, no label.
        #expect(!dot.contains("\"S2"))
        #expect(!dot.contains("\"auslaenderamt\" -> \"auslaenderamt\""))
        #expect(dot.contains(
            "\"auslaenderamt\" -> \"jobcenter\" [label=\"S1\" tooltip=\"S1: Rechtskreiswechsel AsylbLG → SGB II (ABH → JC)\""))
    }

    @Test func severalHandoversBetweenTheSamePairShareOneArrow() throws {
        let dot = SchaubildRenderer.dot(for: try SchaubildFixtures.landkreis())
        #expect(dot.contains(
            "\"jobcenter\" -> \"mbe\" [label=\"S6, S7\" tooltip=\"S6: Hinweis auf Berufssprachkurse (JC → MBE)\\n"
                + "S7: Erinnerung an die Anmeldung zum Sprachkurs (JC → MBE)\""))
    }

    @Test func handoversInBothDirectionsShareALineWithTwoHeads() throws {
        let dot = SchaubildRenderer.dot(for: try SchaubildFixtures.landkreis())
        let line = try #require(dot.split(separator: "\n").first { $0.contains("\"auslaenderamt\" -> \"agentur\"") })
        #expect(line.contains("label=\"S4, S5\""))
        #expect(line.contains("S4: Anfrage zur Zustimmung der Bundesagentur für Arbeit (ABH → AA)\\nS5: Zustimmung oder Versagung der Zustimmung (AA → ABH)"))
        #expect(line.contains("dir=both"))
    }

    @Test func aHandoverFromEveryGemeindeIsOneArrowFromTheirFrame() throws {
        let dot = SchaubildRenderer.dot(for: try SchaubildFixtures.landkreis())
        #expect(dot.contains("compound=true"))
        #expect(dot.contains("subgraph \"cluster__gemeinden\""))
        let line = try #require(dot.split(separator: "\n").first { $0.contains("label=\"S3\"") })
        #expect(line.contains("ltail=\"cluster__gemeinden\""))
        #expect(line.contains("tooltip=\"S3: Anmeldung neu zugezogener Schutzsuchender (Städte und Gemeinden → ABH)\""))
        // Without clusters every Gemeinde gets its own arrow.
        let flat = try SchaubildGraphFacts(SchaubildRenderer.dot(for: try SchaubildFixtures.landkreis(), clusters: false))
        #expect(flat.institutionEdges.filter { $0.hasSuffix("-> auslaenderamt") }.sorted() == [
            "nachbarort -> auslaenderamt", "teststadt -> auslaenderamt",
        ])
        #expect(flat.clusters == [])
    }

    // MARK: - Institutions and clusters

    @Test func everyInstitutionIsANodeAndPartOfBecomesNestedClusters() throws {
        let district = try SchaubildFixtures.landkreis()
        let dot = SchaubildRenderer.dot(for: district)
        let facts = try SchaubildGraphFacts(dot)
        let institutions = facts.nodes.filter { !$0.hasPrefix("_") }
        #expect(institutions.sorted() == district.institutions.map(\.id.value).sorted())
        #expect(Set(facts.clusters) == ["cluster_landratsamt", "cluster_dezernat-soziales", "cluster__gemeinden", "cluster__legende_", "cluster__partner"])
        // Nesting: the Dezernat's cluster lies inside the Landratsamt's, the Jobcenter inside the Dezernat's.
        let landratsamt = try #require(dot.range(of: "subgraph \"cluster_landratsamt\""))
        let dezernat = try #require(dot.range(of: "subgraph \"cluster_dezernat-soziales\""))
        let jobcenter = try #require(dot.range(of: "\t\t\t\"jobcenter\" [id=\"inst-jobcenter\""))
        #expect(landratsamt.lowerBound < dezernat.lowerBound && dezernat.lowerBound < jobcenter.lowerBound)
        // The parent is a node in its own cluster, bold; names lose what the frame says.
        #expect(dot.contains("\"dezernat-soziales\" [id=\"inst-dezernat-soziales\" label=<<b>Dezernat Soziales</b>> tooltip=\"Landratsamt Test – Dezernat Soziales (Verwaltungseinheit)\""))
        #expect(dot.contains("\"landratsamt\" [id=\"inst-landratsamt\" label=<<b>LRA</b>>"))
    }

    @Test func partnersWithoutHandoverGetTheirOwnFrame() throws {
        let dot = SchaubildRenderer.dot(for: try SchaubildFixtures.stadt())
        let start = try #require(dot.range(of: "subgraph \"cluster__partner\""))
        let block = dot[start.upperBound...].prefix { $0 != "}" }
        #expect(block.contains("\"ihk\" [") && block.contains("\"runder-tisch\" ["))
        #expect(block.contains("Weitere Partner (ohne Schnittstelle)"))
    }

    @Test func longNamesAreWrapped() {
        #expect(LabelText.wrap("Fachinformationszentrum Zuwanderung Leipzig", width: 18) == [
            "Fachinformationszentrum", "Zuwanderung", "Leipzig",
        ])
        #expect(LabelText.wrap("Stadt Leipzig – Referat für Migration", width: 18) == ["Stadt Leipzig –", "Referat für", "Migration"])
        #expect(LabelText.wrap("Zeile 1\nZeile 2", width: 40) == ["Zeile 1", "Zeile 2"])
        #expect(LabelText.wrap("", width: 10) == [""])
    }

    @Test func theOrganisationTreeSurvivesCyclesAndUnknownParents() {
        func institution(_ id: String, partOf: String?) -> Institution {
            let place = SourceLocation.start(of: "x.yaml")
            return Institution(id: Text(id, at: place), name: Text(id, at: place), partOf: partOf.map { Text($0, at: place) }, location: place)
        }
        let tree = OrganisationTree([
            institution("a", partOf: "b"), institution("b", partOf: "a"), institution("c", partOf: "a"),
            institution("d", partOf: "unbekannt"), institution("e", partOf: "e"),
        ])
        #expect(tree.roots == ["a", "d", "e"])
        #expect(tree.children == ["a": ["b", "c"]])
    }

    // MARK: - Legend

    @Test func theLegendListsEveryKindThatOccursInGerman() throws {
        let dot = SchaubildRenderer.dot(for: try SchaubildFixtures.landkreis())
        let start = try #require(dot.range(of: "subgraph \"cluster__legende_\""))
        let legend = String(dot[start.lowerBound...])
        let kinds = legend.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("tooltip=\"Art der Institution: ") else { return nil }
            return line.components(separatedBy: "label=\"")[1].components(separatedBy: "\"")[0]
        }
        #expect(kinds == [
            "Kreisverwaltung", "Verwaltungseinheit", "Gemeinde", "Jobcenter", "Agentur für Arbeit", "Beratungsstelle",
            "Bildungsträger", "Sonstige",
        ])
        #expect(legend.contains("\"_legende_von\" -> \"_legende_an\" [label=\"S1, S2\""))
        #expect(legend.contains("Rahmen: Träger mit seinen Einheiten"))
    }

    @Test func everyKindDiffersInShapeAndInFill() {
        let styles = InstitutionType.allCases.map(InstitutionStyle.of)
        #expect(Set(styles.map(\.shape)).count + 1 == styles.count)  // Sonstige: a dashed box
        #expect(Set(styles.map { "\($0.shape) \($0.style)" }).count == styles.count)
        #expect(Set(styles.map(\.fill)).count == styles.count)
        #expect(styles.map(\.label) == [
            "Kreisverwaltung", "Stadtverwaltung", "Verwaltungseinheit", "Gemeinde", "Jobcenter", "Agentur für Arbeit",
            "Bundesbehörde", "Landesbehörde", "Kammer", "Beratungsstelle", "Bildungsträger", "Wohlfahrtsverband",
            "Netzwerk", "Sonstige",
        ])
        #expect(InstitutionStyle.of(nil) == InstitutionStyle.of(.sonstige))
    }

    @Test func theLegendIsHungBelowTheLowestInstitutions() {
        #expect(SchaubildGraph.bottomNodes(of: ["a", "b", "c", "d"], edges: [("a", "b"), ("b", "c"), ("a", "d")]) == ["c", "d"])
        // A cycle with no way out is hung by its first node; one with a way out is not hung.
        #expect(SchaubildGraph.bottomNodes(of: ["a", "b", "c"], edges: [("a", "b"), ("b", "c"), ("c", "b")]) == ["b"])
        #expect(SchaubildGraph.bottomNodes(of: ["a", "b", "c"], edges: [("a", "b"), ("b", "a"), ("b", "c")]) == ["c"])
        #expect(SchaubildGraph.bottomNodes(of: ["x", "y"], edges: [("x", "y"), ("y", "x"), ("x", "x")]) == ["x"])
    }
}
