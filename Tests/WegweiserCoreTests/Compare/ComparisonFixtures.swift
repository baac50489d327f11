import Testing
@testable import WegweiserCore

/// Pairs of fixture districts, compared through the real pipeline.
extension Fixture {
    /// The district resolved, failing the test on any error.
    func resolved() throws -> ResolvedDistrict {
        let report = try run()
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "fixture has errors: \(errors.map(\.summary))")
        return try #require(report.resolved)
    }

    /// Compares this fixture (the old version) with `new`.
    func changes(to new: Fixture, edition: Paper.Edition = .internal) throws -> DistrictChanges {
        DistrictComparer.compare(try resolved(), try new.resolved(), oldSource: "alt", newSource: "neu", edition: edition)
    }

    /// The changes as compact lines: "section kind id @institution (was old) | field line | …".
    func changeLines(to new: Fixture, edition: Paper.Edition = .internal) throws -> [String] {
        try changes(to: new, edition: edition).changes.map(\.line)
    }

    /// The base district with its institutions file edited.
    static func editingInstitutions(_ edits: [(String, String)], files: [String: String] = [:]) -> Fixture {
        var text = Fixture.institutions
        for (old, new) in edits {
            precondition(text.contains(old), "the base institutions do not contain \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return Fixture(["institutions.yaml": text].merging(files) { _, new in new })
    }
}

extension Change {
    var line: String {
        var line = "\(section.rawValue) \(kind.rawValue) \(id)"
        if let institution { line += " @\(institution)" }
        if let oldID { line += " (was \(oldID))" }
        return ([line] + fields.map(ChangeText.fieldLine)).joined(separator: " | ")
    }
}
