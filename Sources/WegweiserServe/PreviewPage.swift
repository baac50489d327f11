import WegweiserCore

/// One built version of the preview: the paper, or the problems that keep it
/// from being built. `html` is complete, with the live-reload script.
public struct PreviewPage: Sendable {
    public enum Content: Sendable, Equatable {
        /// The paper as `generate` writes it (warnings may exist).
        case paper
        /// Errors in the district or its catalogue: the diagnostics instead of a stale paper.
        case problems
    }

    public var content: Content
    public var districtID: String
    /// Increases with every rebuild; the page's script tells the server which one it shows.
    public var version: Int
    public var html: String
    /// Every diagnostic of the catalogue and the district, in report order.
    public var diagnostics: [Diagnostic]
    /// Problems that are no diagnostics: a render that failed.
    public var failures: [String] = []
    /// Warnings of the renderer (a Schaubild drawn without clusters, say).
    public var renderWarnings: [String] = []
    /// The page at `/diagnostics`: every diagnostic, also when the paper is shown.
    public var diagnosticsHTML: String

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count + failures.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}
