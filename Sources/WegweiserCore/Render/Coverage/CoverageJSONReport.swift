import Foundation

/// The coverage of districts as JSON, stable and documented in
/// docs/coverage.md: sorted keys, absent values left out, every list present
/// (empty when nothing is missing).
public enum CoverageJSONReport {
    public static let formatName = "wegweiser-coverage"
    /// Raised when the meaning of a field changes; new fields do not raise it.
    public static let formatVersion = 1

    public static func render(_ coverages: [Coverage]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(districts: coverages.map(DistrictEntry.init)))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var format = CoverageJSONReport.formatName
        var formatVersion = CoverageJSONReport.formatVersion
        var districts: [DistrictEntry]
    }

    private struct DistrictEntry: Encodable {
        var district: String
        var name: String
        var version: String?
        var date: Day?
        var staleBefore: Day?
        var complete: Bool
        var counts: [String: Int]
        var gaps: [Coverage.Gap]
        var unheldFunctions: [Coverage.Function]
        var institutionsWithoutTasks: [Coverage.Institution]
        var handoversWithoutLegalBasis: [Coverage.Handover]
        var unverifiedContacts: [Coverage.Contact]

        init(_ coverage: Coverage) {
            district = coverage.districtID
            name = coverage.districtName
            version = coverage.version
            date = coverage.date
            staleBefore = coverage.staleBefore
            complete = coverage.isComplete
            counts = Dictionary(uniqueKeysWithValues: Coverage.Kind.allCases.map { ($0.rawValue, coverage.count($0)) })
            gaps = coverage.gaps
            unheldFunctions = coverage.unheldFunctions
            institutionsWithoutTasks = coverage.institutionsWithoutTasks
            handoversWithoutLegalBasis = coverage.handoversWithoutLegalBasis
            unverifiedContacts = coverage.unverifiedContacts
        }
    }
}
