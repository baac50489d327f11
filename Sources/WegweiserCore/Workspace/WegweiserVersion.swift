/// The tool's version, printed by `--version` and written into every output's provenance line.
public enum WegweiserVersion {
    public static let current = "0.1.0"
    /// The HTML pages' `<meta name="generator">`: "wegweiser 0.1.0". The
    /// extracts folder knows its own pages by it (`ExtractFolder`).
    static let generator = name + " " + current
    static let name = "wegweiser"
}
