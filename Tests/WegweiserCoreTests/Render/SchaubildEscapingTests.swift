import Foundation
import Testing
@testable import WegweiserCore

/// Hostile text from district files stays text: no extra nodes, edges or
/// attributes, and it arrives in the SVG exactly as written.
@Suite struct SchaubildEscapingTests {
    static let injection = "\"]; evil -> x [label=\""

    @Test func quotedStringsEscapeQuotesBackslashesAndLineBreaks() {
        #expect(DOTText.quoted(Self.injection) == "\"\\\"]; evil -> x [label=\\\"\"")
        #expect(DOTText.quoted("a\\b \\N \\l") == "\"a\\\\b \\\\N \\\\l\"")
        #expect(DOTText.quoted("Zeile 1\nZeile 2\r\nZeile 3\rEnde") == "\"Zeile 1\\nZeile 2\\nZeile 3\\nEnde\"")
        #expect(DOTText.quoted("Tab\there\u{0}\u{7}\u{1B}\u{7F}\u{FFFE}!") == "\"Tab here!\"")
        #expect(DOTText.quoted("Größe ß „Zitat“ – €") == "\"Größe ß „Zitat“ – €\"")
    }

    @Test func htmlLabelsEscapeMarkup() {
        #expect(DOTText.html("<b>A & B</b> \"x\" 'y'\nz") == "&lt;b&gt;A &amp; B&lt;/b&gt; &quot;x&quot; &#39;y&#39;<br/>z")
        #expect(DOTText.html(">]; evil -> x [label=<") == "&gt;]; evil -&gt; x [label=&lt;")
    }

    /// The Landkreis fixture with hostile text in every field the DOT shows.
    static func hostile() throws -> ResolvedDistrict {
        var files = SchaubildFixtures.landkreisFiles
        files["institutions.yaml"] = try #require(files["institutions.yaml"])
            .replacingOccurrences(of: "name: Landratsamt Test\n", with: "name: 'Landratsamt \"]; evil -> x [label=\"'\n")
            .replacingOccurrences(of: "short: MBE", with: #"short: "MBE \\N \\\" \\l >]; y -> z [label=<\nzweite Zeile""#)
            .replacingOccurrences(of: "name: Volkshochschule Test", with: #"name: "VHS <b>&amp;</b> \" ] } digraph { a""#)
        files["responsibilities.yaml"] = try #require(files["responsibilities.yaml"])
            .replacingOccurrences(
                of: "subject: Hinweis auf Berufssprachkurse",
                with: #"subject: "Hinweis \"]; jobcenter -> agentur [label=\"\nZeile 2 \\ Ende""#)
        files["district.yaml"] = Fixture.district.replacingOccurrences(
            of: "name: Landkreis Test", with: #"name: "Landkreis \" } digraph evil { \"""#)
        return try SchaubildFixtures.landkreis(files)
    }

    @Test func hostileTextCreatesNoNodeOrEdge() throws {
        let harmless = try SchaubildGraphFacts(SchaubildRenderer.dot(for: try SchaubildFixtures.landkreis()))
        let hostile = try Self.hostile()
        #expect(hostile.institution("landratsamt")?.name.value == "Landratsamt \"]; evil -> x [label=\"")
        for clusters in [true, false] {
            let facts = try SchaubildGraphFacts(SchaubildRenderer.dot(for: hostile, clusters: clusters))
            let reference = clusters
                ? harmless : try SchaubildGraphFacts(SchaubildRenderer.dot(for: try SchaubildFixtures.landkreis(), clusters: false))
            #expect(facts.nodes == reference.nodes)
            #expect(facts.edges.map { "\($0.from) -> \($0.to)" } == reference.edges.map { "\($0.from) -> \($0.to)" })
            #expect(facts.clusters == reference.clusters)
            #expect(!facts.nodes.contains { ["evil", "x", "y", "z", "a"].contains($0) })
        }
    }

    @Test func hostileTextArrivesInTheSVGAsWritten() throws {
        let schaubild = try SchaubildRenderer.render(try Self.hostile())
        #expect(schaubild.warnings == [])
        // Labels are wrapped at spaces: joined again they read as written.
        let text = Self.texts(in: schaubild.svg).joined(separator: " ")
        #expect(text.contains("MBE \\N \\\" \\l >]; y -> z [label=< zweite Zeile"))
        #expect(text.contains("Schaubild – Landkreis \" } digraph evil { \""))
        let tooltips = Self.attribute("xlink:title", in: schaubild.svg)
        #expect(tooltips.contains("Landratsamt \"]; evil -> x [label=\""))
        #expect(tooltips.contains { $0.contains("S6: Hinweis \"]; jobcenter -> agentur [label=\"\nZeile 2 \\ Ende (JC → MBE") })
        // Graphviz reads entities in labels (and writes them unchanged), so a
        // written "&amp;" shows as "&": harmless, and the markup stays text.
        #expect(tooltips.contains("VHS <b>&</b> \" ] } digraph { a (Bildungsträger)"))
    }

    /// The text content of every `<text>` element, entities decoded.
    static func texts(in svg: String) -> [String] {
        svg.components(separatedBy: "<text").dropFirst().compactMap { part in
            guard let start = part.firstIndex(of: ">"), let end = part.range(of: "</text>") else { return nil }
            return decode(String(part[part.index(after: start)..<end.lowerBound]))
        }
    }

    /// Every value of an attribute, entities decoded.
    static func attribute(_ name: String, in svg: String) -> [String] {
        svg.components(separatedBy: " \(name)=\"").dropFirst().map { decode(String($0.prefix { $0 != "\"" })) }
    }

    static func decode(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "&" + entity + ";"
                }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
