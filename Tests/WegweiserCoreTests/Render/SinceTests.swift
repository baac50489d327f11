import CLibXML2
import Foundation
import Testing
@testable import WegweiserCore

/// `generate --since`: the section "Änderungen gegenüber …" and the marks on
/// what is new or changed, in HTML and DocBook; without changes, the paper
/// of today.
@Suite struct SinceTests {
    // MARK: - Two versions of the base district

    /// The earlier version: the base district with a committee and a task
    /// the later version drops.
    static let oldFiles: [String: String] = [
        "responsibilities.yaml": """
            responsibilities:
              - id: wohnungssuche
                title: Unterstützung bei der Wohnungssuche
                phase: ankommen
                roles:
                  mbe: lead
            """,
        "gremien.yaml": """
            bodies:
              - id: netzwerk
                name: Netzwerk Arbeit
                members: [landratsamt, agentur, mbe]
                rhythm: monatlich
            """,
    ]

    /// One version later: the edition, a role in the matrix (Ausländeramt
    /// in "Anmeldung" informed → involved), a new task and one dropped, the
    /// Agentur's web address, a contact's e-mail, a new handover, a new
    /// offer and a committee's rhythm.
    static let newFiles: [String: String] = [
        "district.yaml": Fixture.district
            .replacingOccurrences(of: #"version: "1.0""#, with: #"version: "1.1""#)
            .replacingOccurrences(of: "date: 2026-03-01", with: "date: 2026-06-01"),
        "institutions.yaml": Fixture.institutions
            .replacingOccurrences(
                of: "    type: arbeitsagentur\n", with: "    type: arbeitsagentur\n    web: https://www.agentur.example/test\n")
            .replacingOccurrences(of: "asyl@kreis-test.example", with: "auslaenderamt@kreis-test.example"),
        "responsibilities.yaml": """
            responsibilities:
              - id: anmeldung
                roles:
                  meldebehoerde: lead
                  auslaenderbehoerde: involved
              - id: integrationskurs
                title: Vermittlung in einen Integrationskurs
                phase: ankommen
                roles:
                  mbe: lead
                  agentur: informed
            """,
        "interfaces.yaml": """
            interfaces:
              - id: beschaeftigung-mitteilung
                from: auslaenderamt
                to: agentur
                subject: Mitteilung über die Beschäftigungserlaubnis
            """,
        "gremien.yaml": """
            offers:
              - id: sprachcafe
                title: Sprachcafé
                provider: mbe
            bodies:
              - id: netzwerk
                name: Netzwerk Arbeit
                members: [landratsamt, agentur, mbe]
                rhythm: vierteljährlich
            """,
    ]

    static let oldSource = "Districts/testkreis@1.0"

    static func resolved(_ fixture: Fixture) throws -> ResolvedDistrict {
        let report = try fixture.run()
        #expect(report.errorCount == 0, "\(report.diagnostics.map(\.summary))")
        return try #require(report.resolved)
    }

    static func versions() throws -> (old: ResolvedDistrict, new: ResolvedDistrict) {
        (try resolved(Fixture(oldFiles)), try resolved(Fixture(newFiles)))
    }

    static func changes(edition: Paper.Edition = .internal) throws -> (DistrictChanges, ResolvedDistrict) {
        let (old, new) = try versions()
        let changes = DistrictComparer.compare(
            old, new, oldSource: oldSource, newSource: "Districts/testkreis", edition: edition)
        return (changes, new)
    }

    static func paper(
        _ district: ResolvedDistrict, changes: DistrictChanges?, edition: Paper.Edition = .internal
    ) -> Paper {
        PaperBuilder(district: district, edition: edition, digest: DefinitionDigest.compute(district), changes: changes).build()
    }

    /// HTML (with the Schaubild stand-in of the HTML tests) and DocBook.
    static func render(_ paper: Paper) throws -> (html: String, docbook: String) {
        let html = try HTMLRenderer().render(paper, svg: HTMLRendererTests.svg)
        let xml = try DocBookRenderer.render(paper, svgFileName: "testkreis.svg", schema: try DocBookSchema.shared())
        return (html, xml)
    }

    // MARK: - The section

    @Test func theSectionNamesTheVersionAndListsEveryChange() throws {
        let (changes, new) = try Self.changes()
        let section = try #require(Self.paper(new, changes: changes).changes)
        #expect(section.title == "Änderungen gegenüber Version 1.0 vom 01.03.2026")
        #expect(section.title == ChangeText.paperTitle(since: changes.old))
        #expect(section.introduction == [
            "Verglichen wurde mit Districts/testkreis@1.0 (Version 1.0 vom 01.03.2026), Definition sha256:\(changes.old.digest). "
                + "8 Änderungen: 3 neu, 1 entfallen, 4 geändert.",
            "Neue und geänderte Aufgaben, Zellen der Verantwortungsmatrix, Schnittstellen, Stellen, Angebote und Gremien "
                + "sind im Text mit „neu“ oder „geändert“ gekennzeichnet; entfallene stehen nur hier.",
        ])
        // The edition's version and date are left out: the title names them.
        #expect(section.groups.map(\.title) == [
            "Institutionen", "Kontakte", "Aufgaben", "Verantwortungsmatrix", "Schnittstellen", "Angebote", "Gremien",
        ])
        #expect(section.groups.map(\.items) == [
            ["geändert: Agentur für Arbeit Test (agentur) – Website: — → https://www.agentur.example/test"],
            ["geändert: Ausländeramt – Sachgebietsleitung – E-Mail: asyl@kreis-test.example → auslaenderamt@kreis-test.example"],
            ["neu: Vermittlung in einen Integrationskurs (integrationskurs)",
             "entfallen: Unterstützung bei der Wohnungssuche (wohnungssuche)"],
            ["Anmeldung des Wohnsitzes: Ausländeramt wird informiert → mitwirkend"],
            ["neu: Mitteilung über die Beschäftigungserlaubnis (beschaeftigung-mitteilung)"],
            ["neu: Sprachcafé (sprachcafe)"],
            ["geändert: Netzwerk Arbeit (netzwerk) – Turnus: monatlich → vierteljährlich"],
        ])
        #expect(section.groups.flatMap(\.items) == changes.changes.filter { $0.section != .district }.map(ChangeText.sentence))
    }

    @Test func theSectionIsNumberedElevenAfterTheCoverageInTheContentsAndInBothFormats() throws {
        let (changes, new) = try Self.changes()
        let (html, xml) = try Self.render(Self.paper(new, changes: changes))
        let title = "Änderungen gegenüber Version 1.0 vom 01.03.2026"
        #expect(html.contains(##"<li><span class="num">9</span><a href="#kontakte">Kontaktverzeichnis</a></li>"##))
        #expect(html.contains(##"<li><span class="num">10</span><a href="#abdeckung">Abdeckung</a></li>"##))
        #expect(html.contains(##"<li><span class="num">11</span><a href="#aenderungen">\##(title)</a></li>"##))
        #expect(html.contains(##"<li><span class="num">12</span><a href="#abkuerzungen">Abkürzungen</a></li>"##))
        #expect(html.contains(#"<h2 id="aenderungen-h"><span class="num">11</span> \#(title)</h2>"#))
        #expect(html.contains("""
            <h3>Schnittstellen</h3>
            <ul>
            <li>neu: Mitteilung über die Beschäftigungserlaubnis (beschaeftigung-mitteilung)</li>
            </ul>
            """))
        let coverage = try #require(xml.range(of: #"<section xml:id="abdeckung" label="10">"#))
        let changesSection = try #require(xml.range(of: #"<section xml:id="aenderungen" label="11">"#))
        let glossary = try #require(xml.range(of: #"<glossary xml:id="abkuerzungen" label="12">"#))
        #expect(coverage.upperBound < changesSection.lowerBound)
        #expect(changesSection.upperBound < glossary.lowerBound)
        #expect(xml.contains("<title>\(title)</title>"))
        #expect(xml.contains("""
                <itemizedlist>
                  <title>Aufgaben</title>
                  <listitem>
                    <para>neu: Vermittlung in einen Integrationskurs (integrationskurs)</para>
                  </listitem>
                  <listitem>
                    <para>entfallen: Unterstützung bei der Wohnungssuche (wohnungssuche)</para>
                  </listitem>
                </itemizedlist>
            """))
        #expect(try DocBookSchema.shared().validate(xml) == [])
    }

    @Test func goldenPaperWithChanges() throws {
        let (changes, new) = try Self.changes()
        let (html, xml) = try Self.render(Self.paper(new, changes: changes))
        try Golden.check(html, "html-since-landkreis-zkt-internal.html")
        try Golden.check(xml, "docbook-since-landkreis-zkt-internal.xml")
    }

    // MARK: - Marks

    @Test func exactlyTheChangedMatrixRowsAndCellIsMarkedInHTML() throws {
        let (changes, new) = try Self.changes()
        let paper = Self.paper(new, changes: changes)
        let (html, _) = try Self.render(paper)
        let column = try #require(paper.matrix.columns.firstIndex { $0.institutionID == "auslaenderamt" })

        let rows = HTMLRows(html, prefix: "aufgabe-")
        #expect(rows.classes == ["aufgabe-anmeldung": "changed", "aufgabe-integrationskurs": "added"])
        #expect(rows.ids.contains("aufgabe-beschaeftigungserlaubnis"))
        #expect(!rows.ids.contains("aufgabe-wohnungssuche"), "a removed task is listed in section 10 only")
        #expect(rows.changedCells == ["aufgabe-anmeldung": [column]])
        #expect(html.contains(
            #"<td class="role-cell role-involved changed" title="geändert: vorher wird informiert">"#
                + #"<abbr title="Ausländeramt: mitwirkend (geändert: vorher wird informiert)">M</abbr>"#
                + #"<span class="visually-hidden">geändert: vorher wird informiert</span></td>"#))
        #expect(html.contains(
            #"<th scope="row" class="task">Anmeldung des Wohnsitzes <span class="badge rev rev-changed">geändert</span></th>"#))
        #expect(html.contains(
            #"<th scope="row" class="task">Vermittlung in einen Integrationskurs <span class="badge rev rev-added">neu</span></th>"#))
        #expect(html.contains(#"<li class="revision-legend"><span class="mark-sample" aria-hidden="true"></span> Markiert gegenüber Version 1.0 vom 01.03.2026: "#))

        #expect(paper.matrix.revisionLegend
            == "Markiert gegenüber Version 1.0 vom 01.03.2026: „neu“ kennzeichnet eine neue Aufgabe, „geändert“ eine "
            + "geänderte oder eine mit geänderten Rollen; geänderte Zellen sind hervorgehoben. "
            + "Entfallene Aufgaben stehen in Abschnitt 11.")

        // The model behind it: one cell change, aligned with the columns.
        let anmeldung = try #require(paper.matrix.groups.flatMap(\.rows).first { $0.taskID == "anmeldung" })
        #expect(anmeldung.revision == .changed)
        #expect(anmeldung.cellChanges.count == paper.matrix.columns.count)
        #expect(anmeldung.cellChanges.enumerated().compactMap { $1 == nil ? nil : $0 } == [column])
        #expect(anmeldung.cellChange(at: column)?.description == "geändert: vorher wird informiert")
    }

    @Test func exactlyTheChangedEntriesAreMarkedInHTML() throws {
        let (changes, new) = try Self.changes()
        let (html, _) = try Self.render(Self.paper(new, changes: changes))
        #expect(HTMLRows(html, prefix: "schnittstelle-").classes == ["schnittstelle-beschaeftigung-mitteilung": "added"])
        #expect(html.contains(
            #"<td>Mitteilung über die Beschäftigungserlaubnis <span class="badge rev rev-added">neu</span></td>"#))
        #expect(Self.articles(html) == [
            "stelle-agentur": "institution rev-changed", "stelle-auslaenderamt": "institution rev-changed",
            "angebot-sprachcafe": "card rev-added", "gremium-netzwerk": "card rev-changed",
        ])
        #expect(html.contains(
            #"<h3 id="stelle-agentur-h">Agentur für Arbeit Test <span class="badge rev rev-changed">geändert</span></h3>"#))
        #expect(html.contains(#"<h4>Sprachcafé <span class="badge rev rev-added">neu</span></h4>"#))
        #expect(html.contains(#"<h4>Netzwerk Arbeit <span class="badge rev rev-changed">geändert</span></h4>"#))
        #expect(html.components(separatedBy: #"<span class="badge rev "#).count - 1 == 7)
        #expect(html.contains("/* Marks of `generate --since`"))
    }

    @Test func exactlyTheChangedElementsCarryARevisionflagInDocBook() throws {
        let (changes, new) = try Self.changes()
        let paper = Self.paper(new, changes: changes)
        let (_, xml) = try Self.render(paper)
        #expect(try DocBookSchema.shared().validate(xml) == [])
        let column = try #require(paper.matrix.columns.firstIndex { $0.institutionID == "auslaenderamt" })
        let flags = try DocBookFlags(xml)
        #expect(flags.entries == [
            "row Anmeldung des Wohnsitzes: changed",
            "entry Anmeldung des Wohnsitzes #\(column): changed",
            "row Vermittlung in einen Integrationskurs: added",
            "section schnittstelle-beschaeftigung-mitteilung: added",
            "section stelle-auslaenderamt: changed",
            "section stelle-agentur: changed",
            "section angebot-sprachcafe: added",
            "section gremium-netzwerk: changed",
        ])
        #expect(xml.contains("""
                <section xml:id="stelle-agentur" revisionflag="changed">
                  <title>Agentur für Arbeit Test</title>
                  <para>
                    <emphasis role="strong">Geändert gegenüber Version 1.0 vom 01.03.2026.</emphasis>
                  </para>
            """))
        #expect(xml.contains(##"revisionflag="changed"><?dbfo bgcolor="#EBD9EE"?><?dbhtml bgcolor="#EBD9EE"?>M</entry>"##))
        // Matrix cells name their column; the empty ones are left out.
        #expect(xml.contains(/<entry colname="s\d+" revisionflag="changed">/))
        #expect(!xml.contains("<entry/>"))
        #expect(xml.contains("<emphasis>neu</emphasis>"))
        #expect(xml.contains("<emphasis>geändert</emphasis>"))
    }

    // MARK: - No changes

    @Test func withoutChangesEveryOutputIsAsToday() throws {
        let (changes, new) = try Self.changes()
        let generator = try PaperGenerator(formats: [.html, .docbook, .dot, .svg], edition: .internal, html: HTMLRenderer())
        let plain = try generator.render(new)
        let explicit = try generator.render(new, changes: nil)
        #expect(plain.files.map(\.text) == explicit.files.map(\.text))
        #expect(plain.files.map(\.format) == [.html, .docbook, .dot, .svg])
        for text in plain.files.map(\.text) {
            #expect(!text.contains("aenderungen\""))
            #expect(!text.contains("revisionflag"))
            #expect(!text.contains("badge rev"))
            #expect(!text.contains("Marks of `generate --since`"))
        }
        // The paper of the same district as the goldens check it, through the builder's default.
        let base = try Self.resolved(Fixture())
        let digest = DefinitionDigest.compute(base)
        let paper = PaperBuilder(district: base, edition: .internal, digest: digest).build()
        let withNil = PaperBuilder(district: base, edition: .internal, digest: digest, changes: nil).build()
        #expect(try Self.render(paper) == Self.render(withNil))
        try Golden.check(try Self.render(paper).html, "html-landkreis-zkt-internal.html")

        // With changes, the Schaubild stays as it is; only HTML and DocBook differ.
        let marked = try generator.render(new, changes: changes)
        #expect(marked.files.map(\.format) == plain.files.map(\.format))
        #expect(marked.files[2].text == plain.files[2].text)
        #expect(marked.files[3].text == plain.files[3].text)
        #expect(marked.files[0].text != plain.files[0].text)
        #expect(marked.files[1].text != plain.files[1].text)
    }

    @Test(arguments: ["same", "edition only"])
    func noChangesSinceThatVersionSaysSo(variant: String) throws {
        let old = try Self.resolved(Fixture())
        let new = variant == "same" ? old : try Self.resolved(Fixture(["district.yaml": Self.newFiles["district.yaml"]!]))
        let changes = DistrictComparer.compare(old, new, oldSource: "Districts/testkreis", newSource: "Districts/testkreis")
        #expect(changes.changes.count == (variant == "same" ? 0 : 1))
        let paper = Self.paper(new, changes: changes)
        let section = try #require(paper.changes)
        #expect(section.title == "Änderungen gegenüber Version 1.0 vom 01.03.2026")
        #expect(section.introduction == [
            "Verglichen wurde mit Districts/testkreis (Version 1.0 vom 01.03.2026), Definition sha256:\(changes.old.digest). "
                + "Seit Version 1.0 vom 01.03.2026 gibt es keine Änderungen.",
        ])
        #expect(section.groups.isEmpty)
        #expect(paper.matrix.revisionLegend == nil)
        let (html, xml) = try Self.render(paper)
        #expect(html.contains("""
            <h2 id="aenderungen-h"><span class="num">11</span> Änderungen gegenüber Version 1.0 vom 01.03.2026</h2>
            <p>Verglichen wurde mit Districts/testkreis (Version 1.0 vom 01.03.2026), Definition sha256:\(changes.old.digest). Seit Version 1.0 vom 01.03.2026 gibt es keine Änderungen.</p>
            </section>
            """))
        #expect(HTMLRows(html, prefix: "aufgabe-").classes.isEmpty)
        #expect(HTMLRows(html, prefix: "aufgabe-").changedCells.isEmpty)
        #expect(!html.contains("badge rev"))
        #expect(!html.contains(#"<li class="revision-legend""#))
        #expect(!xml.contains("revisionflag"))
        #expect(xml.contains("gibt es keine Änderungen.</para>"))
    }

    @Test func anEarlierVersionWithoutEditionIsNamedByItsSource() throws {
        let old = try Self.resolved(Fixture())
        var changes = DistrictComparer.compare(old, old, oldSource: "HEAD~3:Districts/testkreis", newSource: "Districts/testkreis")
        changes.old.version = nil
        changes.old.date = nil
        let section = try #require(Self.paper(old, changes: changes).changes)
        #expect(section.title == "Änderungen gegenüber der Fassung HEAD~3:Districts/testkreis")
        #expect(section.introduction.first?.hasSuffix("Seit der Fassung HEAD~3:Districts/testkreis gibt es keine Änderungen.") == true)
    }

    // MARK: - Personal data

    /// A comparison run for the internal edition carries `person` values;
    /// the public paper shows none of them, and a contact whose only change
    /// is its person is neither listed nor marked.
    @Test func thePublicPaperShowsNoPersonalDataEvenFromAnInternalComparison() throws {
        let old = try Self.resolved(DocBookFixtures.stadt)
        var fixture = DocBookFixtures.stadt
        fixture.files["institutions.yaml"] = fixture.files["institutions.yaml"]!
            .replacingOccurrences(of: "Erika Beispiel", with: "Max Muster")
        let new = try Self.resolved(fixture)
        let internalChanges = DistrictComparer.compare(old, new, oldSource: "alt", newSource: "neu", edition: .internal)
        #expect(internalChanges.changes.map(\.section) == [.contacts])
        let publicChanges = DistrictComparer.compare(old, new, oldSource: "alt", newSource: "neu", edition: .public)
        #expect(publicChanges.isEmpty)

        for changes in [internalChanges, publicChanges] {
            let paper = Self.paper(new, changes: changes, edition: .public)
            let (html, xml) = try Self.render(paper)
            for text in [html, xml] {
                #expect(!text.contains("Erika Beispiel"))
                #expect(!text.contains("Max Muster"))
                #expect(!text.contains("revisionflag"))
                #expect(!text.contains("badge rev"))
            }
            #expect(paper.changes?.groups.isEmpty == true)
            #expect(paper.changes?.introduction.first?.hasSuffix("gibt es keine Änderungen.") == true)
        }
        // The internal paper lists the change.
        let internalPaper = Self.paper(new, changes: internalChanges, edition: .internal)
        #expect(internalPaper.changes?.items == [
            "geändert: Ausländerbehörde – Sachgebietsleitung – Person: Name: Erika Beispiel → Max Muster",
        ])
        #expect(internalPaper.institutions.first { $0.id == "abh" }?.revision == .changed)
    }

    @Test func renderingWithChangesIsByteIdentical() throws {
        let (changes, new) = try Self.changes()
        #expect(try Self.render(Self.paper(new, changes: changes)) == Self.render(Self.paper(new, changes: changes)))
    }

    // MARK: - Reading the outputs

    /// The `class` of every `article` with an id (institutions, offers,
    /// committees) that carries a revision mark.
    static func articles(_ html: String) -> [String: String] {
        var result: [String: String] = [:]
        for match in html.matches(of: try! Regex(#"<article class="([^"]*)" id="([^"]+)""#)) {
            let css = String(match.output[1].substring!)
            if css.contains("rev-") { result[String(match.output[2].substring!)] = css }
        }
        return result
    }
}

/// The table rows of an HTML paper whose id starts with a prefix: their
/// classes, and which cells of each carry the class "changed".
struct HTMLRows {
    var ids: [String] = []
    /// Row id → class, for rows with a class.
    var classes: [String: String] = [:]
    /// Row id → the indexes of its changed `td` cells, for rows with any.
    var changedCells: [String: [Int]] = [:]

    init(_ html: String, prefix: String) {
        let rows = html.components(separatedBy: "<tr id=\"").dropFirst()
        for row in rows where row.hasPrefix(prefix) {
            let id = String(row.prefix { $0 != "\"" })
            ids.append(id)
            let end = row.range(of: "</tr>").map { row[..<$0.lowerBound] } ?? Substring(row)
            let head = end.prefix { $0 != ">" }
            if let match = head.firstMatch(of: try! Regex(#"class="([^"]+)""#)) {
                classes[id] = String(match.output[1].substring!)
            }
            let cells = end.components(separatedBy: "<td class=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
            let changed = cells.enumerated().filter { $1.split(separator: " ").contains("changed") }.map(\.offset)
            if !changed.isEmpty { changedCells[id] = changed }
        }
    }
}

/// Every element of a DocBook document with a `revisionflag`, in document
/// order: "section <xml:id>: added", "row <task>: changed", "entry <task>
/// #<column>: changed" (the column counted after the task column).
struct DocBookFlags {
    var entries: [String] = []

    init(_ xml: String) throws {
        let collector = XMLMessageCollector()
        let document = try #require(XMLParsing.parse(xml, name: "since.xml", collector: collector), "\(collector.messages)")
        defer { xmlFreeDoc(document) }
        visit(xmlDocGetRootElement(document))
    }

    private mutating func visit(_ node: xmlNodePtr?) {
        var current = node
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE {
                if let flag = Self.attribute(node, "revisionflag") {
                    let name = String(cString: node.pointee.name)
                    switch name {
                    case "row":
                        entries.append("row \(Self.taskTitle(of: node)): \(flag)")
                    case "entry":
                        let row = node.pointee.parent!
                        entries.append("entry \(Self.taskTitle(of: row)) #\(Self.position(of: node) - 1): \(flag)")
                    default:
                        entries.append("\(name) \(Self.id(of: node) ?? "?"): \(flag)")
                    }
                }
                visit(node.pointee.children)
            }
            current = node.pointee.next
        }
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = name.withXMLChars({ xmlGetProp(node, $0) }) else { return nil }
        defer { wegweiser_xmlFree(value) }
        return String(cString: value)
    }

    private static func id(of node: xmlNodePtr) -> String? {
        let value = "id".withXMLChars { name in
            "http://www.w3.org/XML/1998/namespace".withXMLChars { xmlGetNsProp(node, name, $0) }
        }
        guard let value else { return nil }
        defer { wegweiser_xmlFree(value) }
        return String(cString: value)
    }

    private static func elements(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The text of the first `para` of the row's first entry: the task's title.
    private static func taskTitle(of row: xmlNodePtr) -> String {
        guard let entry = elements(row).first, let para = elements(entry).first,
            let text = xmlNodeGetContent(para)
        else { return "?" }
        defer { wegweiser_xmlFree(text) }
        return String(cString: text)
    }

    /// The place of an element among its parent's elements, from 0.
    private static func position(of node: xmlNodePtr) -> Int {
        elements(node.pointee.parent).firstIndex { $0 == node } ?? -1
    }
}
