import Foundation
import Testing

/// Compares text with a golden file in `Render/Golden/`; `UPDATE_GOLDEN=1`
/// rewrites it.
enum Golden {
    /// The package root, found from this file's place.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = packageRoot.appendingPathComponent("Tests/WegweiserCoreTests/Render/Golden")

    static func check(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "differs from Golden/\(name); rerun with UPDATE_GOLDEN=1 to accept", sourceLocation: sourceLocation)
    }
}
