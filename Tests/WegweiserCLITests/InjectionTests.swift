import CLibXML2
import Foundation
import Testing
@testable import WegweiserCore

/// Hostile text in every text field a district or catalogue allows stays
/// text in every format `generate` and `diff` write: nothing is added to the
/// HTML, the DocBook, the DOT or the SVG, the Markdown shows no markup, the
/// JSON gives the text back exactly.
///
/// The workspace `Workspaces/injection` has a placeholder `%%key%%` in every
/// text field. Each test fills it three times: with hostile text (every
/// payload below, in a different order for each field, and a tag), with
/// harmless text of the same shape (every character that is not an ASCII
/// letter, digit, space or line break becomes `x`), and with `y` in place of
/// `x` as the earlier version that `diff` and `generate --since` compare
/// with. The hostile output must have exactly the structure of the harmless
/// one, and show each field's text wherever the harmless output shows it.
/// The SVG is checked for structure only: Graphviz wraps labels and shows
/// the five XML references (`&lt;` …) as the characters they stand for.
/// The CSV export is checked for formulas in ExportMatrixCommandTests.
@Suite struct InjectionTests {
    static let payloads: [String] = [
        // HTML
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "'><svg/onload=alert(1)>",
        "</textarea></title></style><script>alert(2)</script>", "<!--", "-->", "&lt;b&gt;vorab&lt;/b&gt; &amp; &quot;",
        "javascript:alert(1)", "<a href=\"javascript:alert(1)\">klick</a>", "<iframe src=\"//evil.example\">",
        // Markup characters with a combining mark: one Character, but still a quote or a bracket to a parser.
        "\"\u{301} onmouseover=alert(3) x=\"\u{301}", "'\u{301} onfocus=alert(4) '\u{301}", "<\u{301}script>", "&\u{301}lt;",
        // XML and DocBook
        "]]>", "<![CDATA[x]]>", "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
        "<!ENTITY x SYSTEM \"file:///etc/passwd\">", "&xxe;", "&#x1B;[31m", "&#0;", "&#xD800;", "&nbsp;",
        "<?xml-stylesheet type=\"text/xsl\" href=\"http://evil.example/x.xsl\"?>",
        "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" parse=\"text\"/>",
        // DOT
        "\"]; evil [label=\"x", "}", "{", "\\\"", "<b>fett</b>", "-> b", "// Kommentar", "/* Kommentar */", "\\l\\r\\n",
        "\\N \\G \\E \\T \\H", "subgraph cluster_evil { e }", "> ]; y -> z [label=<", "Zeile 1\nZeile 2\r\nZeile 3",
        "Tab\tTab",
        // Mustache
        "{{", "}}", "{{{svg}}}", "{{> style}}", "{{=<% %>=}}", "{{#meta}}x{{/meta}}", "{{meta.provenance}}", "{{! c }}",
        // CSV formulas
        "=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-1+1",
        // Markdown
        "[Link](javascript:alert(1))", "![Bild](http://evil.example/x.png)", "<http://evil.example>", "`code`",
        "**fett** _kursiv_", "# Titel", "| a | b |", "\\",
        // Unicode: zero-width characters, direction marks (overrides are refused), combining marks, emoji
        "Null\u{200B}breite\u{200D}Verbinder\u{200C}Nicht\u{2060}Joiner", "rechts\u{200F}links\u{200E}arabisch\u{061C}",
        "e\u{0301} kombiniert", "Emoji \u{1F600}\u{FE0F}",
    ]

    /// The text of placeholder number `index`: every payload, starting with
    /// a different one for each field, and a tag.
    static func hostile(_ index: Int) -> String {
        let start = index % payloads.count
        return (payloads[start...] + payloads[..<start]).joined(separator: " ") + " F\(index)"
    }

    /// Harmless text of the same shape as `text`.
    static func harmless(_ text: String, letter: Character) -> String {
        String(text.map { character in
            (character.isASCII && (character.isLetter || character.isNumber)) || character == " " || character == "\t"
                || character.isNewline ? character : letter
        })
    }

    // MARK: - The paper

    @Test func thePaperShowsHostileTextAsTextInEveryFormat() throws {
        let workspace = try InjectionWorkspace(hostile: Self.hostile)
        defer { workspace.remove() }
        let hostile = try workspace.generate("hostile")
        let harmless = try workspace.generate("harmless")

        // HTML, read as a browser would: the same elements and attributes as
        // with harmless text, no script, no event handler, every field as text.
        let html = try MarkupTree.html(hostile["html"]!)
        let harmlessHTML = try MarkupTree.html(harmless["html"]!)
        Self.expectSameStructure(html, harmlessHTML, "the HTML paper")
        Self.expectInert(html, "the HTML paper")
        let htmlFields = workspace.expectEveryField(in: html, shownLike: harmlessHTML, "the HTML paper")
        #expect(htmlFields >= 80, "the HTML paper shows only \(htmlFields) fields")

        // DocBook: well-formed, no DTD, no entity, no processing instruction or
        // XInclude of its own, exactly the elements of the harmless paper.
        let docBook = try MarkupTree.xml(hostile["xml"]!)
        let harmlessDocBook = try MarkupTree.xml(harmless["xml"]!)
        #expect(docBook.messages == [], "the DocBook does not parse: \(docBook.messages)")
        #expect(!docBook.hasDocumentType && docBook.entityDeclarations == 0 && docBook.entityReferences == 0)
        #expect(docBook.main.elements == harmlessDocBook.main.elements)
        #expect(docBook.main.attributes == harmlessDocBook.main.attributes)
        #expect(docBook.processingInstructions == harmlessDocBook.processingInstructions)
        #expect(!docBook.namespaces.contains { $0.contains("XInclude") }, "\(docBook.namespaces)")
        #expect(docBook.namespaces == harmlessDocBook.namespaces)
        let docBookFields = workspace.expectEveryField(in: docBook, shownLike: harmlessDocBook, "the DocBook paper")
        #expect(docBookFields >= 80, "the DocBook paper shows only \(docBookFields) fields")

        // The SVG Graphviz drew: well-formed XML, the elements and attributes
        // of the harmless drawing, no script, no event handler, no link.
        let svg = try MarkupTree.xml(hostile["svg"]!)
        let harmlessSVG = try MarkupTree.xml(harmless["svg"]!)
        #expect(svg.messages == [], "the SVG does not parse: \(svg.messages)")
        #expect(svg.entityReferences == 0)
        #expect(Set(svg.main.elements.keys) == Set(harmlessSVG.main.elements.keys))
        #expect(Set(svg.main.attributes.keys) == Set(harmlessSVG.main.attributes.keys))
        Self.expectInert(svg, "the SVG")

        // DOT, read by Graphviz itself: the same nodes, edges, clusters and attribute names.
        let dot = try GraphvizFacts(hostile["dot"]!)
        let harmlessDOT = try GraphvizFacts(harmless["dot"]!)
        #expect(dot.messages.isEmpty, "Graphviz complains about the DOT: \(dot.messages)")
        #expect(dot.subgraphs == harmlessDOT.subgraphs)
        #expect(dot.nodes == harmlessDOT.nodes)
        #expect(dot.edges == harmlessDOT.edges)
        #expect(dot.attributeNames == harmlessDOT.attributeNames)
        #expect(!dot.nodes.contains { ["evil", "e", "b", "y", "z"].contains($0) })
    }

    // MARK: - The change reports

    @Test func theChangeReportsShowHostileTextAsText() throws {
        let workspace = try InjectionWorkspace(hostile: Self.hostile)
        defer { workspace.remove() }

        let html = try MarkupTree.html(try workspace.diff("hostile", format: "html"))
        let harmlessHTML = try MarkupTree.html(try workspace.diff("harmless", format: "html"))
        Self.expectSameStructure(html, harmlessHTML, "the HTML change report")
        Self.expectInert(html, "the HTML change report")
        let htmlFields = workspace.expectEveryField(in: html, shownLike: harmlessHTML, "the HTML change report")
        #expect(htmlFields >= 55, "the HTML change report shows only \(htmlFields) fields")

        // Markdown: every line is one of the report's own, every character
        // Markdown reads as markup is escaped, and the text reads as written.
        let markdown = try workspace.diff("hostile", format: "markdown")
        let harmlessMarkdown = try workspace.diff("harmless", format: "markdown")
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(Self.isReportLine(line), "a line the Markdown report does not write: \(line.prefix(80))")
            if let markup = Self.unescapedMarkup(in: line) {
                Issue.record("unescaped '\(markup)' in the Markdown line: \(line.prefix(120))")
            }
        }
        // With every escaped character removed, no tag, link, image or autolink is left.
        let unescaped = markdown.replacing(/\\./, with: "")
        for forbidden in ["<script", "<img", "<svg", "<a ", "](javascript:", "](http", "<http", "<!--", "<?xml"] {
            #expect(!unescaped.contains(forbidden), "the Markdown report contains '\(forbidden)'")
        }
        let flattened = { (text: String) in Self.flattened(text, tab: false) }
        let markdownFields = workspace.expectEveryField(
            in: [Self.unescapedMarkdown(markdown)], shownLike: [Self.unescapedMarkdown(harmlessMarkdown)], "the Markdown report",
            normalise: flattened)
        #expect(markdownFields >= 55, "the Markdown report shows only \(markdownFields) fields")

        // JSON: parses, and gives every text back exactly.
        let json = try Self.strings(inJSON: try workspace.diff("hostile", format: "json"))
        let harmlessJSON = try Self.strings(inJSON: try workspace.diff("harmless", format: "json"))
        let jsonFields = workspace.expectEveryField(in: json, shownLike: harmlessJSON, "the JSON report", normalise: { $0 })
        #expect(jsonFields >= 55, "the JSON report shows only \(jsonFields) fields")

        // Text: no control character but the line feed reaches the terminal.
        let text = try workspace.diff("hostile", format: "text")
        let harmlessText = try workspace.diff("harmless", format: "text")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.split(separator: "\n").count == harmlessText.split(separator: "\n").count)
        let textFields = workspace.expectEveryField(
            in: [text], shownLike: [harmlessText], "the text report", normalise: { Self.flattened($0, tab: true) })
        #expect(textFields >= 55, "the text report shows only \(textFields) fields")
    }

    // MARK: - Control characters

    /// Control characters and bidirectional overrides written as YAML
    /// escapes in a double-quoted string ("\e", "\0", "\u202E"): either the
    /// loader refuses them (`control-character`), or, should one get
    /// through, no output carries a character its format forbids and no
    /// escape sequence reaches a terminal.
    @Test func controlCharactersFromYAMLEscapesDoNotReachTheOutput() throws {
        let controls = "Esc\u{1B}[31mrot\u{1B}[0m Nul\u{0}Null Bell\u{7} CR\rCR NEL\u{85} DEL\u{7F} CSI\u{9B}2J RLO\u{202E}gnirts\u{202C}"
        let workspace = try InjectionWorkspace(hostile: { "\(controls) F\($0)" })
        defer { workspace.remove() }
        let checked = try CommandRunner.run(["validate", "hostkreis"], in: workspace.folder("hostile"))
        if checked.exitCode != 0 {
            #expect(checked.exitCode == 1 && checked.stderr.contains("[control-character]"), "\(checked.stderr.suffix(2000))")
            return
        }

        let paper = try workspace.generate("hostile")
        for format in ["html", "dot", "svg", "xml"] {
            let forbidden = paper[format]!.unicodeScalars.filter {
                ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || (0x7F...0x9F).contains($0.value)
            }
            #expect(forbidden.isEmpty, "the \(format) file carries \(forbidden.map { String(format: "U+%04X", $0.value) })")
        }
        #expect(try MarkupTree.xml(paper["xml"]!).messages == [])
        #expect(try MarkupTree.xml(paper["svg"]!).messages == [])

        // HTML may carry a carriage return; a terminal may not.
        for (format, allowed) in [("text", "\n"), ("markdown", "\t\n"), ("html", "\t\n\r")] {
            let report = try workspace.diff("hostile", format: format)
            let forbidden = report.unicodeScalars.filter {
                ($0.value < 0x20 && !allowed.unicodeScalars.contains($0)) || (0x7F...0x9F).contains($0.value)
            }
            #expect(forbidden.isEmpty, "the \(format) report carries \(forbidden.map { String(format: "U+%04X", $0.value) })")
        }
        let text = try workspace.diff("hostile", format: "text")
        #expect(!text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
        // JSON escapes them, and gives them back exactly.
        let json = try Self.strings(inJSON: try workspace.diff("hostile", format: "json"))
        #expect(json.contains { $0.range(of: "\(controls) F", options: .literal) != nil })
    }

    /// The renderers' own guards, which hold whatever the loader lets through.
    @Test func theRenderersDropWhatTheirFormatsCannotCarry() {
        let text = "a\u{1B}[31mb\u{0}c\u{7}d\r\ne\u{85}f\u{202E}g\u{9B}h\u{FFFE}i"
        #expect(TextChangeReport.plain(text) == "a[31mbcd e fgh\u{FFFE}i")
        #expect(MarkdownChangeReport.escaped(text) == "a\\[31mbcd  ef\u{202E}gh\u{FFFE}i")
        #expect(MarkdownChangeReport.escaped("<\u{301}b [\u{301}x]\u{301}(y)") == "\\<\u{301}b \\[\u{301}x\\]\u{301}(y)")
        #expect(HTMLEscaping().escapeText("\"\u{301} '\u{301} <\u{301} >\u{301} &\u{301}") == "&quot;\u{301} &#39;\u{301} &lt;\u{301} &gt;\u{301} &amp;\u{301}")
        #expect(text.htmlCleaned == "a[31mbcd\r\nef\u{202E}ghi")
        // Graphviz reads references in quoted strings: only the five of XML stay references.
        #expect(DOTText.quoted("&#x1B; &#0; &xxe; &nbsp; & &amp; &lt;b&gt; &quot;&apos;")
            == "\"&amp;#x1B; &amp;#0; &amp;xxe; &amp;nbsp; &amp; &amp; &lt;b&gt; &quot;&apos;\"")
    }

    // MARK: - Checks

    static func expectSameStructure(
        _ tree: MarkupTree, _ reference: MarkupTree, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(tree.main.elements == reference.main.elements, "\(what): other elements", sourceLocation: sourceLocation)
        #expect(tree.main.attributes == reference.main.attributes, "\(what): other attributes", sourceLocation: sourceLocation)
        // The inline Schaubild is laid out by Graphviz: the same kinds of elements and attributes.
        #expect(Set(tree.svg.elements.keys) == Set(reference.svg.elements.keys), "\(what): other SVG elements", sourceLocation: sourceLocation)
        #expect(
            Set(tree.svg.attributes.keys) == Set(reference.svg.attributes.keys), "\(what): other SVG attributes",
            sourceLocation: sourceLocation)
        #expect(tree.comments == reference.comments, "\(what): other comments", sourceLocation: sourceLocation)
    }

    /// No script, no event handler, no frame or object, no `javascript:` link.
    static func expectInert(_ tree: MarkupTree, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let elements = Set(tree.main.elements.keys).union(tree.svg.elements.keys).map { $0.lowercased() }
        for name in ["script", "iframe", "object", "embed", "img", "foreignobject", "include"] {
            #expect(!elements.contains { $0 == name || $0.hasSuffix("}" + name) }, "\(what) has a \(name) element", sourceLocation: sourceLocation)
        }
        let attributes = Set(tree.main.attributes.keys).union(tree.svg.attributes.keys).map { $0.lowercased() }
        #expect(!attributes.contains { $0.hasPrefix("on") }, "\(what) has an event handler attribute", sourceLocation: sourceLocation)
        for link in tree.links {
            let scheme = link.lowercased().filter { !$0.isWhitespace }
            #expect(
                ["#", "http://", "https://", "mailto:", "tel:"].contains { scheme.hasPrefix($0) },
                "\(what) links to '\(link)'", sourceLocation: sourceLocation)
        }
    }

    /// Whether a Markdown line is one the report writes: heading, list entry, summary or blank.
    static func isReportLine(_ line: Substring) -> Bool {
        line.isEmpty || line.hasPrefix("## Änderungen: ") || line.hasPrefix("### ") || line.hasPrefix("- **")
            || line.hasPrefix("  - ") || line.first?.isNumber == true || line == "keine Änderungen"
    }

    /// The first character of a line that Markdown would read as markup,
    /// past the report's own prefix ("- **geändert:** ") and code spans.
    static func unescapedMarkup(in line: Substring) -> Character? {
        var rest = line
        if rest.hasPrefix("- **"), let end = rest.range(of: ":** ") { rest = rest[end.upperBound...]
        } else if rest.hasPrefix("## ") || rest.hasPrefix("### ") || rest.hasPrefix("  - ") { rest = rest.dropFirst(3)
        }
        // "- **Vorher:** `folder` (Version …), Definition `sha256:…`": the folders and digests are the report's own.
        rest = Substring(rest.replacing(/`[^`]*`/, with: ""))
        // By scalar: "<\u{301}" is one Character, but Markdown sees the "<".
        var escaped = false
        for scalar in rest.unicodeScalars {
            if escaped { escaped = false; continue }
            if scalar == "\\" { escaped = true; continue }
            if "<>[]`*_|#~&!$".unicodeScalars.contains(scalar) { return Character(scalar) }
        }
        return nil
    }

    /// Markdown as it reads: every backslash escape undone.
    static func unescapedMarkdown(_ markdown: String) -> String {
        var result = ""
        var escaped = false
        for scalar in markdown.unicodeScalars {
            if !escaped && scalar == "\\" { escaped = true; continue }
            escaped = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Text as the one-line reports show it: each line break (and tab) a space.
    static func flattened(_ text: String, tab: Bool) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\n" where tab && previous == "\r": continue
            case "\n", "\r": result.append(" ")
            case "\t" where tab: result.append(" ")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Every string value in a JSON document.
    static func strings(inJSON text: String) throws -> [String] {
        func collect(_ value: Any) -> [String] {
            switch value {
            case let string as String: [string]
            case let array as [Any]: array.flatMap(collect)
            case let object as [String: Any]: object.values.flatMap(collect)
            default: []
            }
        }
        return collect(try JSONSerialization.jsonObject(with: Data(text.utf8)))
    }
}

/// The injection workspace filled three times: `hostile`, `harmless` (same
/// shape) and `earlier` (same shape, other letters), each a workspace with
/// `Districts/_catalog` and `Districts/hostkreis`.
struct InjectionWorkspace {
    let root: URL
    /// Placeholder keys, sorted; a key's index picks its hostile text.
    let keys: [String]
    /// Variant → key → text.
    let values: [String: [String: String]]

    init(hostile: (Int) -> String) throws {
        let template = CommandRunner.packageRoot.appendingPathComponent("Tests/WegweiserCLITests/Workspaces/injection")
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-injection-\(UUID().uuidString)")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: template, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "yaml" else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(template.standardizedFileURL.path.count + 1))
            files[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        let placeholder = /%%([a-z0-9.]+)%%/
        keys = Set(files.values.flatMap { $0.matches(of: placeholder).map { String($0.output.1) } }).sorted()
        var values: [String: [String: String]] = [:]
        for (index, key) in keys.enumerated() {
            let text = hostile(index)
            values["hostile", default: [:]][key] = text
            values["harmless", default: [:]][key] = InjectionTests.harmless(text, letter: "x")
            values["earlier", default: [:]][key] = InjectionTests.harmless(text, letter: "y")
        }
        self.values = values
        for (variant, texts) in values {
            for (path, text) in files {
                let url = root.appendingPathComponent(variant).appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                let filled = text.replacing(placeholder) { Self.yamlEscaped(texts[String($0.output.1)]!) }
                try Data(filled.utf8).write(to: url)
            }
        }
    }

    func folder(_ variant: String) -> URL { root.appendingPathComponent(variant) }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The content of a YAML double-quoted string: `\` and `"` escaped, line
    /// breaks and tabs as escapes, control and format characters as `\uXXXX`.
    static func yamlEscaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
                || (0x2066...0x2069).contains(scalar.value) || scalar.value == 0xFEFF:
                result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `generate --since` the earlier version, internal edition: the four files by extension.
    func generate(_ variant: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: String] {
        let result = try CommandRunner.run(
            ["generate", "--since", "../earlier/Districts/hostkreis", "--out", "out", "hostkreis"], in: folder(variant))
        #expect(result.exitCode == 0, "generate failed for the \(variant) district: \(result.stderr)", sourceLocation: sourceLocation)
        var files: [String: String] = [:]
        for format in ["html", "xml", "dot", "svg"] {
            let url = folder(variant).appendingPathComponent("out/hostkreis/hostkreis.\(format)")
            files[format] = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        }
        return files
    }

    /// `diff` from the earlier version to this one.
    func diff(_ variant: String, format: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let result = try CommandRunner.run(
            ["diff", "../earlier/Districts/hostkreis", "Districts/hostkreis", "--format", format], in: folder(variant))
        #expect(result.exitCode == 1, "diff --format \(format) failed for \(variant): \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// Every field whose harmless text `reference` shows must show as its
    /// hostile text, exactly, in one of `texts`; returns how many fields were checked.
    @discardableResult
    func expectEveryField(
        in texts: [String], shownLike reference: [String], _ what: String, normalise: (String) -> String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Int {
        var checked = 0
        for key in keys {
            let harmless = normalise(values["harmless"]![key]!)
            guard reference.contains(where: { $0.range(of: harmless, options: .literal) != nil }) else { continue }
            checked += 1
            let hostile = normalise(values["hostile"]![key]!)
            #expect(
                texts.contains { $0.range(of: hostile, options: .literal) != nil },
                "\(what) does not show the field '\(key)' as written", sourceLocation: sourceLocation)
        }
        return checked
    }

    /// The same for a parsed document: its text nodes and attribute values.
    func expectEveryField(
        in tree: MarkupTree, shownLike reference: MarkupTree, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Int {
        // Parsers read CR LF and CR as LF.
        let lineFeeds = { (text: String) in text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        return expectEveryField(
            in: tree.texts.map(lineFeeds), shownLike: reference.texts.map(lineFeeds), what, normalise: lineFeeds,
            sourceLocation: sourceLocation)
    }
}

/// A document parsed back with libxml2 (HTML or XML parser, no network, no
/// DTD, no entity substitution), reduced to what the checks compare.
struct MarkupTree {
    struct Counts {
        /// Element and attribute names (XML: `{namespace}name`), with how often each occurs.
        var elements: [String: Int] = [:]
        var attributes: [String: Int] = [:]
    }

    /// Outside and inside inline `svg` elements (HTML only; XML has everything in `main`).
    var main = Counts()
    var svg = Counts()
    /// Text nodes and attribute values.
    var texts: [String] = []
    var links: [String] = []
    var comments: [String] = []
    var processingInstructions: [String] = []
    var namespaces: Set<String> = []
    var entityReferences = 0
    var entityDeclarations = 0
    var hasDocumentType = false
    /// The parser's errors (XML only: the HTML parser does not know HTML5).
    var messages: [String] = []

    private static let initialized: Void = xmlInitParser()

    static func html(_ text: String) throws -> MarkupTree {
        try parse(text, html: true)
    }

    static func xml(_ text: String) throws -> MarkupTree {
        try parse(text, html: false)
    }

    private final class Collector {
        var messages: [String] = []
    }

    private static let handler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let collector = parser.pointee._private else { return }
        let message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
        Unmanaged<Collector>.fromOpaque(collector).takeUnretainedValue().messages
            .append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
    }

    private static func parse(_ text: String, html: Bool) throws -> MarkupTree {
        _ = initialized
        let collector = Collector()
        guard let parser = html ? htmlNewParserCtxt() : xmlNewParserCtxt() else { throw CancellationError() }
        defer { html ? htmlFreeParserCtxt(parser) : xmlFreeParserCtxt(parser) }
        parser.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        parser.pointee.sax.pointee.serror = handler
        let bytes = Array(text.utf8)
        let document = withExtendedLifetime(collector) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
                    html
                        ? htmlCtxtReadMemory(
                            parser, pointer, Int32(bytes.count), "document.html", "UTF-8",
                            Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue))
                        : xmlCtxtReadMemory(parser, pointer, Int32(bytes.count), "document.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
                }
            }
        }
        var tree = MarkupTree()
        if !html { tree.messages = collector.messages }
        guard let document else {
            tree.messages.append("no document")
            return tree
        }
        defer { xmlFreeDoc(document) }
        if !html && parser.pointee.wellFormed == 0 { tree.messages.append("not well-formed") }
        tree.visit(children: document.pointee.children, inSVG: false)
        if html { tree.hasDocumentType = false }
        return tree
    }

    private static func name(_ pointer: UnsafePointer<xmlChar>?, namespace: xmlNsPtr?) -> String {
        let local = pointer.map { String(cString: $0) } ?? ""
        guard let href = namespace?.pointee.href else { return local }
        return "{\(String(cString: href))}\(local)"
    }

    private mutating func visit(children first: xmlNodePtr?, inSVG: Bool) {
        var child = first
        while let current = child {
            visit(current, inSVG: inSVG)
            child = current.pointee.next
        }
    }

    private mutating func visit(_ node: xmlNodePtr, inSVG: Bool) {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let element = Self.name(node.pointee.name, namespace: node.pointee.ns)
            let svg = inSVG || element == "svg"
            if let href = node.pointee.ns?.pointee.href { namespaces.insert(String(cString: href)) }
            var namespace = node.pointee.nsDef
            while let current = namespace {
                if let href = current.pointee.href { namespaces.insert(String(cString: href)) }
                namespace = current.pointee.next
            }
            if svg { self.svg.elements[element, default: 0] += 1 } else { main.elements[element, default: 0] += 1 }
            var attribute = node.pointee.properties
            while let current = attribute {
                let name = Self.name(current.pointee.name, namespace: current.pointee.ns)
                if svg { self.svg.attributes[name, default: 0] += 1 } else { main.attributes[name, default: 0] += 1 }
                var value = ""
                if let text = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                    value = String(cString: text)
                    wegweiser_xmlFree(text)
                }
                texts.append(value)
                if name.hasSuffix("href") || name == "src" || name.hasSuffix("}href") { links.append(value) }
                var part = current.pointee.children
                while let piece = part {
                    if piece.pointee.type == XML_ENTITY_REF_NODE { entityReferences += 1 }
                    part = piece.pointee.next
                }
                attribute = current.pointee.next
            }
            visit(children: node.pointee.children, inSVG: svg)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            texts.append(node.pointee.content.map { String(cString: $0) } ?? "")
        case XML_COMMENT_NODE:
            comments.append(node.pointee.content.map { String(cString: $0) } ?? "")
        case XML_PI_NODE:
            processingInstructions.append(
                (node.pointee.name.map { String(cString: $0) } ?? "") + " " + (node.pointee.content.map { String(cString: $0) } ?? ""))
        case XML_ENTITY_REF_NODE:
            entityReferences += 1
        case XML_ENTITY_DECL:
            entityDeclarations += 1
        case XML_DTD_NODE:
            hasDocumentType = true
            visit(children: node.pointee.children, inSVG: inSVG)
        default:
            visit(children: node.pointee.children, inSVG: inSVG)
        }
    }
}

/// What Graphviz read from a DOT source (`dot -Tjson`): subgraphs, nodes,
/// edges and the names of all attributes.
struct GraphvizFacts {
    var subgraphs: [String]
    var nodes: [String]
    var edges: [String]
    var attributeNames: Set<String>
    var messages: String

    init(_ dot: String) throws {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .map { String($0) + "/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        let executable = try #require(path, "Graphviz 'dot' is not on the PATH")
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-injection-\(UUID().uuidString).dot")
        try Data(dot.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-Tjson", input.path]
        // Messages go to a file, so that neither pipe can fill up while the other is read.
        let errorFile = input.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        messages = String(decoding: try Data(contentsOf: errorFile), as: UTF8.self)
        #expect(process.terminationStatus == 0, "dot -Tjson failed: \(messages)")
        let object = try #require(try JSONSerialization.jsonObject(with: outData) as? [String: Any])
        let count = object["_subgraph_cnt"] as? Int ?? 0
        let objects = object["objects"] as? [[String: Any]] ?? []
        let names = objects.map { $0["name"] as? String ?? "" }
        subgraphs = Array(names.prefix(count))
        nodes = Array(names.dropFirst(count))
        let edgeObjects = object["edges"] as? [[String: Any]] ?? []
        edges = edgeObjects.map { edge in
            let tail = edge["tail"] as? Int ?? -1
            let head = edge["head"] as? Int ?? -1
            return "\(names.indices.contains(tail) ? names[tail] : "?") -> \(names.indices.contains(head) ? names[head] : "?")"
        }
        attributeNames = Set(object.keys)
        for item in objects + edgeObjects { attributeNames.formUnion(item.keys) }
    }
}
