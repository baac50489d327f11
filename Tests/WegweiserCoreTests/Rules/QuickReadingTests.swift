import Foundation
import Testing
@testable import WegweiserCore

/// The quick way from text to tree (`EventTreeBuilder`) either gives up or
/// builds exactly the tree the careful way (Yams and every check) builds,
/// and only for files the careful way has nothing to report on. The byte-wise
/// format checks give the answers of the character-wise ones.
@Suite struct QuickReadingTests {
    /// Edge cases of YAML and of the checks; most make the quick way give up.
    static let snippets: [String] = [
        "", "---", "--- \n", "# only a comment\n", "...\n", "hello", "'quoted root'", "- a\n- b\n",
        "a: b\n", "a: ~\nb: null\nc: Null\nd: NULL\ne: 'null'\nf: \"\"\ng:\nh: ''\ni: \"~\"\n",
        "? a\n: b\n", "a: |\n  text\n  more\n", "a: >\n  folded\n  text\n", "[a, b]", "{a: b}", "a: [x, {y: z}]",
        "a: b\nb: c\n", "a: 1\na: 2\n", "a: 1\n'a': 2\n", "\"a\": 1\na: 2\n", "<<: x\n", "'<<': x\n", "a: <<\n",
        "a: &x 1\n", "a: &x 1\nb: *x\n", "- &a x\n- *a\n", "a: !!str x\n", "a: !x y\n", "a: ! y\n", "a: !!int 1\n",
        "%YAML 1.1\n---\na: b\n", "%TAG ! tag:example.org,2000:\n---\na: !foo b\n", "a: b\n---\nc: d\n", "a: b\n...\n",
        "a: \"\\e\"\n", "a: \"\\u00e9\"\n", "a: \"\\t\"\n", "a: \"x\\0y\"\n", "a: \"\\uFEFF\"\n", "a: \"\\u202E\"\n",
        "a: \"\\x85\"\n", "a: café\n", "a: e\u{301}\n", "é: x\ne\u{301}: y\n", "[a: b]", "? [a]\n: b\n", "? {a: b}\n: c\n",
        "a:\n  - b\n  -\n  - c\n", "a: b\r\nc: d\r\n", "a: b\rc: d\r", "- - - x\n", "a: 'it''s'\n", "plain: a\n  continued\n",
        "a: [\n", "a: 'x\n", "\ta: b\n", "a: b\n c: d\n", "a: b\n  c: d\n", "a: b: c\n", "- a\nb: c\n", "a: @x\n",
        "a: `x`\n", "a: \"\\q\"\n", "key\nother: x\n", "[a, b]]\n", "{a: b\n", "a: x\u{2028}b: y\n", "a: x\u{85}b: y\n",
        "institutions:\n  - id: jobcenter\n    name: Jobcenter\n    contacts:\n      - function: Leitung\n        email: a@b.de\n",
        (0..<20).map { "k\($0): v\n" }.joined(), (0..<20).map { "k\($0): v\n" }.joined() + "k3: again\n",
        (0..<20).map { "k\($0): v\n" }.joined() + "'k19': again\n", String(repeating: "[", count: 70) + String(repeating: "]", count: 70),
        "a: " + String(repeating: "x", count: 20_001) + "\n", "a: " + String(repeating: "x", count: 20_000) + "\n",
        // At and just over the tight limits below: nodes, depth, bytes of a value.
        "[a, b, c, d, e]", "[a, b, c, d, e, f]", "a: b\nc: d\ne: f\n", "[[x]]", "[[[x]]]", "a: {b: c}\n", "a: {b: {c: d}}\n",
        "{a: [b]}", "[abcd]", "[abcde]", "[äb]", "[ääa]", "abcd: x\n", "abcde: x\n",
    ]

    /// Limits low enough that the snippets reach them.
    static let tightLimits: Limits = {
        var limits = Limits()
        limits.maxNodes = 6
        limits.maxDepth = 2
        limits.maxValueBytes = 4
        return limits
    }()

    @Test func theQuickWayBuildsTheCarefulTreeOrGivesUp() throws {
        var quick = 0
        let files = Self.districtFiles(in: ["Districts", "Tests/WegweiserCLITests/Workspaces"])
        #expect(files.count > 300)
        for text in Self.snippets + files + Self.variants() {
            for limits in [Limits.standard, Self.tightLimits] {
                quick += try compare(text, limits: limits) ? 1 : 0
            }
        }
        #expect(quick > 100)  // the comparison is not empty
    }

    @Test func theQuickWayTakesTheUsualFiles() {
        for text in ["a: b\n", "- a\n- b\n", "a: [x, {y: z}]\n", "a: |\n  text\n"] + Self.districtFiles(in: ["Districts"]) {
            var log = DiagnosticLog()
            guard let source = SourceText.check(Array(text.utf8), path: "x.yaml", limits: .standard, log: &log) else { continue }
            #expect(EventTreeBuilder.tree(of: source, limits: .standard) != nil, "\(text.prefix(60))")
        }
    }

    /// Whether the quick way took the text; fails the test if its tree differs.
    private func compare(_ text: String, limits: Limits) throws -> Bool {
        var log = DiagnosticLog()
        guard let source = SourceText.check(Array(text.utf8), path: "x.yaml", limits: limits, log: &log) else { return false }
        guard let quick = EventTreeBuilder.tree(of: source, limits: limits) else { return false }
        let careful = YAMLReader.readCarefully(source, limits: limits, log: &log)
        #expect(log.diagnostics.isEmpty, "\(text.debugDescription.prefix(80)): \(log.diagnostics.map(\.message))")
        #expect(careful.map(Self.describe) == Self.describe(quick), "\(text.debugDescription.prefix(80))")
        return true
    }

    /// Every value with its place, kind and null-ness, one line each.
    static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar):
            "\(scalar.location) scalar \(scalar.isNull ? "null" : "text") \(scalar.text.debugDescription)"
        case .sequence(let items, let location):
            "\(location) sequence [\(items.map(describe).joined(separator: ", "))]"
        case .mapping(let pairs, let location):
            "\(location) mapping {\(pairs.map { describe(.scalar($0.key)) + ": " + describe($0.value) }.joined(separator: ", "))}"
        }
    }

    /// The YAML files below folders of the repository.
    static func districtFiles(in folders: [String]) -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var texts: [String] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder).path
            let paths = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
            for path in paths.sorted() where path.hasSuffix(".yaml") {
                if let data = FileManager.default.contents(atPath: base + "/" + path), let text = String(data: data, encoding: .utf8) {
                    texts.append(text)
                }
            }
        }
        return texts
    }

    /// Each snippet spliced into a district file at a few places, so that
    /// the edge cases also stand inside lists and mappings.
    static func variants() -> [String] {
        let host = "district:\n  id: x\n  goals: [a, b]\ninstitutions:\n  - id: a\n    name: A\n"
        var texts: [String] = []
        for snippet in snippets where snippet.count < 200 {
            let lines = snippet.split(separator: "\n", omittingEmptySubsequences: false)
            texts.append(host + snippet)
            texts.append(host + lines.map { "    " + $0 }.joined(separator: "\n"))
            texts.append(host + "    note:\n" + lines.map { "      " + $0 }.joined(separator: "\n"))
        }
        return texts
    }

    // MARK: formats

    /// Printable ASCII values built from the characters and words the checks look at.
    static func asciiValues() -> [String] {
        let pieces = Array("aZ09@.-+/() :<>[],;\"\\`xhtps_~").map(String.init)
            + ["mailto:", "MailTo:", "http://", "HTTPS://", "javascript:", "example.org"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15  // a fixed seed: the same values every run
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var values = ["", "a@b.de", "info@landkreis.example", "+49 341 123-4567", "https://x.example/a?b", "https://a@b.example"]
        for _ in 0..<3000 {
            values.append((0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined())
        }
        return values
    }

    @Test func byteWiseFormatChecksAnswerAsTheCharacterWiseOnes() throws {
        for value in Self.asciiValues() {
            let ascii = try #require(PrintableASCII(value))
            #expect(ascii.emailProblem == Formats.anyEmailProblem(value), "\(value)")
            #expect(ascii.phoneProblem == Formats.anyPhoneProblem(value), "\(value)")
            #expect(ascii.urlSpellingProblem == Formats.anyURLSpellingProblem(value), "\(value)")
        }
        #expect(PrintableASCII("a\tb") == nil)
        #expect(PrintableASCII("müritz") == nil)
    }
}
