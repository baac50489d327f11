import Foundation
import Testing
@testable import WegweiserCore

/// docs/diagnostics.md has one section per rule, in the order of Rule.swift,
/// with the rule's severity and at least one example message of that rule.
@Suite struct DiagnosticsReferenceTests {
    static let sections: [(rule: String, text: String)] = {
        let url = Golden.packageRoot.appendingPathComponent("docs/diagnostics.md")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n### `").dropFirst().compactMap { section in
            guard let end = section.firstIndex(of: "`") else { return nil }
            return (String(section[..<end]), section)
        }.filter { Rule(rawValue: $0.0) != nil }
    }()

    @Test func everyRuleHasASectionInTheOrderOfRuleSwift() {
        #expect(Self.sections.map(\.rule) == Rule.allCases.map(\.rawValue))
    }

    @Test(arguments: Rule.allCases)
    func theSectionStatesTheSeverityAndShowsAMessage(_ rule: Rule) throws {
        let section = try #require(Self.sections.first { $0.rule == rule.rawValue }?.text)
        #expect(section.contains("**Severity:** \(rule.severity.rawValue)\n"))
        #expect(section.contains(": \(rule.severity.rawValue): "), "an example message line")
        #expect(section.contains(" [\(rule.rawValue)]\n"), "an example message line")
        #expect(section.contains("**Fix:**"))
    }
}

/// The machine formats keep the fields docs/diagnostics.md describes.
@Suite struct MachineFormatTests {
    static let diagnostic = Diagnostic(
        .duplicateId, "the institution id 'beratung' is used twice",
        at: SourceLocation(file: "Districts/testkreis/partner/sued.yaml", line: 5, column: 9),
        suggestion: "beratung-sued", hint: "ids must be unique, also across the files of a district",
        notes: [.init("first used here", at: SourceLocation(file: "Districts/testkreis/partner/nord.yaml", line: 2, column: 9))])

    @Test func jsonHasEveryDocumentedField() throws {
        let report = DistrictReport(id: "testkreis", path: "Districts/testkreis", diagnostics: [Self.diagnostic])
        let json = JSONFormatter.format(reports: [report], catalogDiagnostics: [], strict: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["version", "districts", "diagnostics", "summary"])
        #expect(object["version"] as? Int == 1)
        let district = try #require((object["districts"] as? [[String: Any]])?.first)
        #expect(Set(district.keys) == ["id", "path", "errors", "warnings"])
        let entry = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(Set(entry.keys) == ["rule", "severity", "file", "line", "column", "message", "suggestion", "hint", "notes"])
        #expect(entry["rule"] as? String == "duplicate-id")
        #expect(entry["line"] as? Int == 5)
        let note = try #require((entry["notes"] as? [[String: Any]])?.first)
        #expect(Set(note.keys) == ["file", "line", "column", "message"])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1)
        #expect(summary["warnings"] as? Int == 0)
        #expect(summary["passed"] as? Bool == false)
    }

    @Test func githubAnnotationsCarryPlaceRuleMessageAndHint() {
        #expect(GitHubFormatter.format(Self.diagnostic) == "::error file=Districts/testkreis/partner/sued.yaml,line=5,col=9,title=duplicate-id::the institution id 'beratung' is used twice (did you mean 'beratung-sued'?)%0Ahint: ids must be unique, also across the files of a district\n")
    }

    @Test func textShowsTheLineWithACaretTheHintAndTheNotes() {
        let sources = [
            "Districts/testkreis/partner/sued.yaml": "institutions:\n  - id: sprachschule\n    name: S\n    functions: []\n  - id: beratung\n",
            "Districts/testkreis/partner/nord.yaml": "institutions:\n  - id: beratung\n",
        ]
        let formatter = TextFormatter(color: false, source: { sources[$0] })
        #expect(formatter.format(Self.diagnostic) == """
            Districts/testkreis/partner/sued.yaml:5:9: error: the institution id 'beratung' is used twice (did you mean 'beratung-sued'?) [duplicate-id]
                5 |   - id: beratung
                  |         ^~~~~~~~
                  = hint: ids must be unique, also across the files of a district
            Districts/testkreis/partner/nord.yaml:2:9: note: first used here
                2 |   - id: beratung
                  |         ^~~~~~~~

            """)
    }
}
