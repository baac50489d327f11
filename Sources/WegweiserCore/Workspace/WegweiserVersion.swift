/// The tool's version, printed by `--version` and written into every output's provenance line.
public enum WegweiserVersion {
    public static let current = "0.1.0"
}
