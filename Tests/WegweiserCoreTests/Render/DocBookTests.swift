import CLibXML2
import Foundation
import Testing
@testable import WegweiserCore

/// The DocBook 5.0 paper: goldens for the two setups and editions, validity
/// of every sample district, hostile text, personal data, bounds.
@Suite struct DocBookTests {
    // MARK: - Goldens

    @Test(arguments: [("landkreis-zkt", Paper.Edition.internal), ("landkreis-zkt", .public),
                      ("stadt-ge", .internal), ("stadt-ge", .public)])
    func goldenPaper(variant: String, edition: Paper.Edition) throws {
        let fixture = variant == "stadt-ge" ? DocBookFixtures.stadt : Fixture()
        let xml = try DocBookFixtures.render(fixture, edition: edition)
        try Golden.check(xml, "docbook-\(variant)-\(edition.rawValue).xml")
    }

    @Test func renderingIsByteIdentical() throws {
        let paper = try DocBookFixtures.paper(DocBookFixtures.stadt, edition: .internal)
        let schema = try DocBookSchema.shared()
        let first = try DocBookRenderer.render(paper, svgFileName: "teststadt.svg", schema: schema)
        let second = try DocBookRenderer.render(paper, svgFileName: "teststadt.svg", schema: schema)
        #expect(first == second)
    }

    @Test func rendersInParallelWithOneSchema() async throws {
        let paper = try DocBookFixtures.paper(DocBookFixtures.stadt, edition: .public)
        let schema = try DocBookSchema.shared()
        let outputs = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<4 {
                group.addTask { try DocBookRenderer.render(paper, svgFileName: "teststadt.svg", schema: schema) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outputs.count == 4)
        #expect(Set(outputs).count == 1)
    }

    @Test func theDocumentHasTheDocBookRootAndDeclaration() throws {
        let xml = try DocBookFixtures.render(Fixture(), edition: .internal)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        #expect(xml.contains(
            #"<article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0" xml:lang="de">"#))
        #expect(xml.contains(#"<imagedata fileref="testkreis.svg" format="SVG" width="100%" scalefit="1"/>"#))
    }

    // MARK: - Sample districts

    @Test func everySampleDistrictRendersValidDocBook() throws {
        let root = Golden.packageRoot.appendingPathComponent("Districts").path
        let workspace = Workspace(districtsFolder: root)
        let schema = try DocBookSchema.shared()
        let output = ProcessInfo.processInfo.environment["DOCBOOK_OUT"]
        let ids = workspace.allDistrictIDs()
        #expect(ids == ["landkreis-meissen", "landkreis-mittelsachsen", "leipzig"])
        for id in ids {
            let folder = root + "/" + id
            let catalog = workspace.loadCatalog(try workspace.catalogFolder(forDistrict: folder)).catalog
            let report = workspace.check(districtFolder: folder, catalog: catalog)
            #expect(report.errorCount == 0, "\(id): \(report.diagnostics.map(\.message))")
            let district = try #require(report.resolved)
            for edition in Paper.Edition.allCases {
                let paper = PaperBuilder(district: district, edition: edition, digest: DefinitionDigest.compute(district)).build()
                let xml = try DocBookRenderer.render(paper, svgFileName: "\(id).svg", schema: schema)
                #expect(xml.contains("<title>Verantwortungsmatrix"))
                if let output {
                    try Data(xml.utf8).write(to: URL(fileURLWithPath: output).appendingPathComponent("\(id)-\(edition.rawValue).xml"))
                }
            }
        }
    }

    // MARK: - The schema

    @Test func anInvalidDocumentIsReported() throws {
        let schema = try DocBookSchema.shared()
        let invalid = """
            <?xml version="1.0" encoding="UTF-8"?>
            <article xmlns="http://docbook.org/ns/docbook" version="5.0">
              <title>Test</title>
              <section><para>Ein Abschnitt ohne Titel</para></section>
            </article>
            """
        let messages = schema.validate(invalid)
        #expect(!messages.isEmpty)
        #expect(messages.allSatisfy { $0.hasPrefix("line ") })
        let valid = """
            <?xml version="1.0" encoding="UTF-8"?>
            <article xmlns="http://docbook.org/ns/docbook" version="5.0">
              <title>Test</title>
              <section xml:id="a"><title>A</title><para>Siehe <xref linkend="a"/>.</para></section>
            </article>
            """
        #expect(schema.validate(valid) == [])
        let dangling = valid.replacingOccurrences(of: #"linkend="a""#, with: #"linkend="b""#)
        #expect(schema.validate(dangling).contains(#"line 4: IDREF attribute linkend references an unknown ID "b""#))
    }

    @Test func malformedXMLIsReportedNotPrinted() throws {
        let messages = try DocBookSchema.shared().validate("<article><para>offen</article>")
        #expect(messages.first?.hasPrefix("line 1: ") == true)
        #expect(try DocBookSchema.shared().validate("") == ["the document is empty"])
    }

    @Test func aMissingSchemaSaysHowToInstallIt() {
        #expect(throws: DocBookError.schemaNotFound(path: "/nonexistent/docbook.rng")) {
            try DocBookSchema(path: "/nonexistent/docbook.rng")
        }
        #expect(
            DocBookError.schemaNotFound(path: "/x/docbook.rng").description
                == "the DocBook 5 schema was not found at /x/docbook.rng; install it with: apt-get install docbook5-xml")
    }

    // MARK: - Hostile text and personal data

    @Test func markupInTheInputStaysText() throws {
        let xml = try DocBookFixtures.render(DocBookFixtures.hostile, edition: .internal)
        let document = try DocBookParsed(xml)
        #expect(document.elementNames.isSubset(of: DocBookParsed.builtElements), "\(document.elementNames.subtracting(DocBookParsed.builtElements))")
        #expect(!document.elementNames.contains("script"))
        #expect(document.commentCount == 0)
        for text in [DocBookFixtures.hostileName, DocBookFixtures.hostileGoal, DocBookFixtures.hostileNote] {
            #expect(document.texts.contains(text), "\(text) is not a text node of its own")
        }
    }

    @Test func theChangesSectionComesAfterTheCoverageBeforeTheGlossary() throws {
        var paper = try DocBookFixtures.paper(Fixture(), edition: .public)
        paper.changes = .init(
            title: "Änderungen gegenüber Version 0.9", since: "Version 0.9", introduction: [],
            groups: [.init(title: "Aufgaben", items: ["neu: Anmeldung des Wohnsitzes (anmeldung)"])])
        paper.matrix.groups[0].rows[0].revision = .changed
        let xml = try DocBookRenderer.render(paper, svgFileName: "testkreis.svg", schema: try DocBookSchema.shared())
        let coverage = try #require(xml.range(of: #"<section xml:id="abdeckung" label="10">"#))
        let changes = try #require(xml.range(of: #"<section xml:id="aenderungen" label="11">"#))
        let glossary = try #require(xml.range(of: #"<glossary xml:id="abkuerzungen" label="12">"#))
        #expect(coverage.upperBound < changes.lowerBound)
        #expect(changes.upperBound < glossary.lowerBound)
        #expect(xml.contains("<title>Änderungen gegenüber Version 0.9</title>"))
        #expect(xml.contains("<emphasis>geändert</emphasis>"))
    }

    @Test func charactersXMLCannotCarryAreDropped() throws {
        var paper = try DocBookFixtures.paper(Fixture(), edition: .public)
        paper.goals = ["Null\u{0}Glocke\u{7}Ende\u{FFFF}"]
        let xml = try DocBookRenderer.render(paper, svgFileName: "testkreis.svg", schema: try DocBookSchema.shared())
        #expect(xml.contains("<para>NullGlockeEnde</para>"))
    }

    @Test func thePublicEditionHasNoPersonalData() throws {
        let fixture = DocBookFixtures.stadt
        let internalXML = try DocBookFixtures.render(fixture, edition: .internal)
        let publicXML = try DocBookFixtures.render(fixture, edition: .public)
        for value in DocBookFixtures.personValues {
            #expect(internalXML.contains(value))
            #expect(!publicXML.contains(value), "\(value) is in the public edition")
        }
        #expect(internalXML.contains("<personname>Erika Beispiel</personname>"))
        #expect(!publicXML.contains("personname"))
    }

    // MARK: - Bounds

    @Test func wideMatricesAreSplitEvenly() {
        func blocks(_ count: Int) -> [Int] {
            var matrix = Paper.Matrix(columns: [], groups: [], legend: [], gapCount: 0)
            matrix.columns = (0..<count).map { .init(institutionID: "i\($0)", label: "I\($0)", name: "Stelle \($0)") }
            return MatrixLayout(matrix).columnBlocks.map(\.count)
        }
        #expect(blocks(0) == [0])
        #expect(blocks(16) == [16])
        #expect(blocks(17) == [9, 8])
        #expect(blocks(40) == [14, 14, 12])
    }

    @Test func longRunsAreChunked() {
        #expect(DocBookWriter.chunks(Array(0..<(2 * DocBookWriter.maxChildren + 1))).map(\.count)
            == [DocBookWriter.maxChildren, DocBookWriter.maxChildren, 1])
        #expect(DocBookWriter.chunks([Int]()).isEmpty)
    }

    @Test func runsLongerThanOneElementMayHoldAreSplitAndStayValid() throws {
        var paper = try DocBookFixtures.paper(Fixture(), edition: .internal)
        let count = DocBookWriter.maxChildren + 1
        let institution = paper.institutions[0]
        paper.institutions = (0..<count).map { index in
            var copy = institution
            copy.id = "stelle\(index % (count - 1))"  // the last repeats the first: still one xml:id
            copy.contacts = []
            return copy
        }
        paper.goals = (0..<count).map { "Ziel \($0)" }
        paper.glossary = (0..<count).map { .init(term: "T\($0)", definition: "Begriff \($0)") }
        let columns = (0..<40).map { Paper.Matrix.Column(institutionID: "s\($0)", label: "S\($0)", name: "Stelle \($0)") }
        paper.matrix.columns = columns
        for group in paper.matrix.groups.indices {
            for row in paper.matrix.groups[group].rows.indices {
                paper.matrix.groups[group].rows[row].cells = columns.indices.map { $0 % 3 == 0 ? .involved : nil }
            }
        }
        let xml = try DocBookRenderer.render(paper, svgFileName: "testkreis.svg", schema: try DocBookSchema.shared())
        #expect(xml.components(separatedBy: "<title>Teil 1 von 2</title>").count - 1 == 2)  // institutions, glossary
        #expect(xml.contains(#"<orderedlist continuation="continues">"#))
        #expect(xml.components(separatedBy: "<title>Verantwortungsmatrix: Aufgaben nach Phasen und beteiligte Stellen, Teil ").count - 1 == 3)
    }

    @Test func idsAreNCNamesAndUnique() {
        var ids = DocBookIDs()
        #expect(ids.claim("stelle-jobcenter") == "stelle-jobcenter")
        #expect(ids.claim("stelle-jobcenter") == "stelle-jobcenter-2")
        #expect(ids.claim("1a") == "id-1a")
        #expect(ids.claim("schnittstelle-ä b") == "schnittstelle-b")
        #expect(ids.claim("") == "id")
    }
}

/// The fixtures and the pipeline the DocBook tests share.
enum DocBookFixtures {
    static func paper(_ fixture: Fixture, edition: Paper.Edition) throws -> Paper {
        let report = try fixture.run()
        #expect(report.errorCount == 0, "\(report.diagnostics.map(\.summary))")
        let district = try #require(report.resolved)
        return PaperBuilder(district: district, edition: edition, digest: DefinitionDigest.compute(district)).build()
    }

    static func render(_ fixture: Fixture, edition: Paper.Edition) throws -> String {
        let paper = try paper(fixture, edition: edition)
        return try DocBookRenderer.render(paper, svgFileName: "\(paper.meta.districtID).svg", schema: try DocBookSchema.shared())
    }

    /// A kreisfreie Stadt with a gemeinsame Einrichtung, with a person
    /// block, offers and committees.
    static var stadt: Fixture {
        var fixture = Fixture(only: [
            "district.yaml": """
                district:
                  id: teststadt
                  name: Stadt Teststadt
                  state: Sachsen
                  kind: kreisfreie-stadt
                  jobcenter_model: ge
                  edition:
                    version: "2.0"
                    date: 2026-04-15
                    publisher: Stadt Teststadt & Partner
                  goals:
                    - Wege in Arbeit werden kürzer
                    - Übergaben sind für alle nachvollziehbar
                """,
            "institutions.yaml": """
                institutions:
                  - id: stadtverwaltung
                    name: Stadt Teststadt
                    short: Stadt
                    type: stadtverwaltung
                    address: Markt 1, 01234 Teststadt
                    web: https://www.teststadt.example/
                  - id: buergeramt
                    name: Bürgeramt
                    part_of: stadtverwaltung
                    type: verwaltungseinheit
                    functions: [meldebehoerde]
                    contacts:
                      - function: Bürgerbüro
                        phone: "+49 351 100-0"
                  - id: abh
                    name: Ausländerbehörde
                    short: ABH
                    part_of: stadtverwaltung
                    type: verwaltungseinheit
                    functions: [auslaenderbehoerde, asylblg]
                    contacts:
                      - function: Sachgebietsleitung
                        email: abh@teststadt.example
                        languages: [de, en]
                        verified: 2026-02-01
                        person:
                          name: Erika Beispiel
                          email: erika.beispiel@teststadt.example
                          phone: "+49 351 100-201"
                          address: Zimmer 3.12, Markt 1
                  - id: agentur
                    name: Agentur für Arbeit Teststadt
                    short: AA
                    type: arbeitsagentur
                    functions: [sgb3]
                    contacts:
                      - function: Arbeitgeber-Service
                        web: https://www.arbeitsagentur.example/teststadt
                  - id: jobcenter
                    name: Jobcenter Teststadt
                    short: JC
                    type: jobcenter
                    functions: [sgb2]
                    carriers: [agentur, stadtverwaltung]
                    contacts:
                      - function: Team Migration
                        email: migration@jobcenter-teststadt.example
                  - id: mbe
                    name: Migrationsberatung
                    type: beratungsstelle
                    functions: [migrationsberatung]
                    note: Beratung in mehreren Sprachen.
                """,
            "angebote.yaml": """
                offers:
                  - id: sprachcafe
                    title: Sprachcafé
                    provider: mbe
                    phase: ankommen
                    access: offen, ohne Anmeldung
                    web: https://mbe.teststadt.example/sprachcafe
                bodies:
                  - id: netzwerk
                    name: Netzwerk Arbeit und Integration
                    members: [stadtverwaltung, jobcenter, agentur, mbe]
                    chair: [stadtverwaltung, jobcenter]
                    secretariat: abh
                    rhythm: vierteljährlich
                """,
        ])
        fixture.folderName = "teststadt"
        return fixture
    }

    /// Every value of the person block in `stadt`.
    static let personValues = ["Erika Beispiel", "erika.beispiel@teststadt.example", "+49 351 100-201", "Zimmer 3.12, Markt 1"]

    static let hostileName = #"<script>alert("x")</script> &amp; ]]> <!-- "' 🙂"#
    static let hostileGoal = "Ziel ]]> mit <![CDATA[ und &lt; und <?php ?>"
    static let hostileNote = "Hinweis <!-- kein Kommentar --> & <b>fett</b>"

    /// The base district with markup in names, goals, notes and contacts.
    static var hostile: Fixture {
        func yamlQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        let district = Fixture.district.replacingOccurrences(
            of: "    - Der Mensch im Mittelpunkt", with: "    - \(yamlQuoted(hostileGoal))")
        let institutions = Fixture.institutions
            .replacingOccurrences(of: "name: Migrationsberatung", with: "name: \(yamlQuoted(hostileName))\n    note: \(yamlQuoted(hostileNote))")
            .replacingOccurrences(of: "function: Sachgebietsleitung", with: "function: \(yamlQuoted(hostileName))")
        return Fixture(["district.yaml": district, "institutions.yaml": institutions])
    }
}

/// A rendered document parsed back with libxml2, to see what a reader of the
/// file gets: which elements, which text nodes, any comments.
struct DocBookParsed {
    var elementNames: Set<String> = []
    var texts: Set<String> = []
    var commentCount = 0

    /// Every element the renderer creates; anything else came from the input.
    static let builtElements: Set<String> = [
        "article", "info", "title", "subtitle", "releaseinfo", "edition", "pubdate", "publisher", "publishername",
        "abstract", "legalnotice", "para", "section", "orderedlist", "itemizedlist", "listitem", "mediaobject",
        "imageobject", "imagedata", "textobject", "phrase", "caption", "variablelist", "varlistentry", "term", "table",
        "tgroup", "colspec", "thead", "tbody", "row", "entry", "emphasis", "link", "uri", "address", "email", "phone",
        "otheraddr", "personname", "glossary", "glossentry", "glossterm", "glossdef", "glossdiv",
    ]

    init(_ xml: String) throws {
        let collector = XMLMessageCollector()
        let document = try #require(XMLParsing.parse(xml, name: "test.xml", collector: collector), "\(collector.messages)")
        defer { xmlFreeDoc(document) }
        visit(xmlDocGetRootElement(document))
    }

    private mutating func visit(_ node: xmlNodePtr?) {
        var current = node
        while let node = current {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                elementNames.insert(String(cString: node.pointee.name))
                visit(node.pointee.children)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { texts.insert(String(cString: content)) }
            case XML_COMMENT_NODE:
                commentCount += 1
            default:
                break
            }
            current = node.pointee.next
        }
    }
}

