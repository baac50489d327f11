/// The outcome of loading, validating and resolving one district.
public struct DistrictReport: Sendable {
    /// The folder name.
    public var id: String
    /// The folder as named in messages.
    public var path: String
    public var diagnostics: [Diagnostic]
    /// Present when the district's basic data could be read.
    public var resolved: ResolvedDistrict?
    public var definition: DistrictDefinition?

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// Whether the paper can be generated: no errors (and no warnings when strict).
    public func passes(strict: Bool) -> Bool {
        strict ? diagnostics.isEmpty : errorCount == 0
    }
}
