import Foundation
import Testing
@testable import WegweiserCore

/// The reference docs stay in step with the code.
@Suite struct DocumentationTests {
    @Test func formatReferenceListsEveryKey() throws {
        let text = try String(contentsOf: Golden.packageRoot.appendingPathComponent("docs/format.md"), encoding: .utf8)
        let records = [
            Schema.catalogFile, Schema.vocabularyEntry, Schema.glossaryEntry, Schema.catalogTask, Schema.catalogInterface,
            Schema.districtFile, Schema.district, Schema.edition, Schema.municipality, Schema.institution,
            Schema.contact, Schema.person, Schema.responsibility, Schema.interface, Schema.offer, Schema.body,
        ]
        for record in records {
            for field in record.fields {
                #expect(text.contains("| `\(field.key)` |"), "docs/format.md lacks the key '\(field.key)' of \(record.name)")
            }
        }
        for type in InstitutionType.allCases {
            #expect(text.contains("`\(type.rawValue)`"), "docs/format.md lacks the institution type '\(type.rawValue)'")
        }
    }

    @Test func diagnosticsReferenceExplainsEveryRule() throws {
        let text = try String(contentsOf: Golden.packageRoot.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        for rule in Rule.allCases {
            #expect(text.contains("`\(rule.rawValue)`"), "docs/diagnostics.md lacks the rule '\(rule.rawValue)'")
        }
    }
}
