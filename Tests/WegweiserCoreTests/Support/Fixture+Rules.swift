import Testing
@testable import WegweiserCore

extension DistrictReport {
    /// The diagnostics as "rule file:line:column".
    var findings: [String] { diagnostics.map(\.summary) }

    /// The first diagnostic of a rule; fails the test when there is none.
    func first(_ rule: Rule, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
        try #require(diagnostics.first { $0.rule == rule }, sourceLocation: sourceLocation)
    }
}

extension Diagnostic.Note {
    /// "file:line:column message", compact for assertions.
    var summary: String { "\(location) \(message)" }
}
