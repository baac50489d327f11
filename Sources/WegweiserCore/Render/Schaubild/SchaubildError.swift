/// Why no Schaubild could be drawn. The description is the message the user
/// sees, so it says what to do.
public enum SchaubildError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No executable `dot` on the `PATH`.
    case graphvizNotFound
    /// `dot` was found but could not be started (or its input not written).
    case couldNotRun(String)
    /// Both layouts (with and without clusters) failed; the reasons of both attempts.
    case layoutFailed(district: String, withClusters: String, withoutClusters: String)

    public var description: String {
        switch self {
        case .graphvizNotFound:
            "Graphviz 'dot' was not found; install it with: apt-get install graphviz"
        case .couldNotRun(let message):
            "Graphviz 'dot' could not be run: \(message)"
        case .layoutFailed(let district, let withClusters, let withoutClusters):
            "Graphviz could not draw the Schaubild of '\(district)': with clusters: \(withClusters); "
                + "without clusters: \(withoutClusters)"
        }
    }
}
