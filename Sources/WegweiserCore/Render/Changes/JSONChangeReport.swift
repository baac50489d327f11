import Foundation

/// The change report as JSON, stable and documented in docs/diff.md:
/// sorted keys, absent values left out, one change per entry.
public enum JSONChangeReport {
    public static func render(_ changes: DistrictChanges) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(changes))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var format = DistrictChanges.formatName
        var formatVersion = DistrictChanges.formatVersion
        var edition: Paper.Edition
        var old: DistrictChanges.Side
        var new: DistrictChanges.Side
        var summary: [String: Int]
        var changes: [Change]

        init(_ changes: DistrictChanges) {
            edition = changes.edition
            old = changes.old
            new = changes.new
            summary = Dictionary(uniqueKeysWithValues: Change.Kind.allCases.map { ($0.rawValue, changes.count($0)) })
            summary["total"] = changes.changes.count
            self.changes = changes.changes
        }
    }
}
