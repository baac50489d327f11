import WegweiserCore

/// The versions `generate --since` compares with: one district folder or
/// `REV:path` for a single district, or a git revision alone, which means
/// each district's own folder in that revision. Loaded before anything is
/// written, so a bad revision stops the run without touching the outputs.
struct EarlierVersions: Sendable {
    /// District folder → the earlier version's label and resolved district.
    private var versions: [String: (label: String, district: ResolvedDistrict)] = [:]

    init(since: String, districts: [DistrictReport], workspace: Workspace) throws {
        let single = Workspace.isDirectory(since) || GitSnapshot.parse(since) != nil
            || DistrictVersion.isDistrictID(since, in: workspace)
        if single {
            guard districts.count == 1 else {
                throw CommandFailure("--since '\(since)' names one version of one district; name that district too, or give a git revision alone")
            }
            try add(since, for: districts[0], workspace: workspace)
            return
        }
        for district in districts {
            guard !district.path.hasPrefix("/") else {
                throw CommandFailure("--since \(since) needs district folders relative to the current folder, not '\(district.path)'")
            }
            try add("\(since):./\(district.path)", for: district, workspace: workspace)
        }
    }

    private mutating func add(_ argument: String, for district: DistrictReport, workspace: Workspace) throws {
        let version = try DistrictVersion.load(argument, workspace: workspace)
        versions[district.path] = (version.label, try version.resolved())
    }

    /// The comparison of the earlier version with the district about to be written.
    func changes(to district: ResolvedDistrict, of report: DistrictReport, edition: Paper.Edition) -> DistrictChanges? {
        guard let version = versions[report.path] else { return nil }
        return DistrictComparer.compare(
            version.district, district, oldSource: version.label, newSource: report.path, edition: edition)
    }
}
