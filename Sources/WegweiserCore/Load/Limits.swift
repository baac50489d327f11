/// Bounds that keep hostile or accidental input from exhausting time or memory.
/// Each is far above what a real district needs (see docs/security.md).
public struct Limits: Sendable {
    /// Bytes in one YAML file.
    public var maxFileBytes = 8 * 1024 * 1024
    /// YAML files in one district folder (sub-folders included).
    public var maxFiles = 2_000
    /// Bytes in all files of one district together.
    public var maxDistrictBytes = 64 * 1024 * 1024
    /// Nesting of lists and mappings; the format itself needs six.
    public var maxDepth = 64
    /// Nodes (scalars, lists, mappings) in one file.
    public var maxNodes = 1_000_000
    /// Bytes in one scalar value.
    public var maxValueBytes = 20_000

    public init() {}

    public static let standard = Limits()
}
