/// Loads a district folder: `district.yaml` plus every other YAML file below
/// it as a contribution whose lists are concatenated in sorted path order.
public enum DistrictLoader {
    public static let districtFileName = "district.yaml"

    /// - Parameters:
    ///   - folder: where the files are.
    ///   - displayFolder: how the folder is named in messages (as the user wrote it).
    public static func load(
        folder: String, displayFolder: String? = nil, limits: Limits = .standard, log: inout DiagnosticLog
    ) -> DistrictDefinition? {
        let display = displayFolder ?? folder
        let scan = FolderScan(folder: folder, displayFolder: display, limits: limits)
        guard let files = scan.yamlFiles(log: &log) else { return nil }
        var definition = DistrictDefinition(folderID: lastComponent(of: folder))
        guard files.contains(where: { $0.relativePath == districtFileName }) else {
            log.report(
                .missingDistrictFile, "the district folder has no \(districtFileName)", at: .start(of: display),
                hint: missingDistrictFileHint(files: files, folder: folder))
            return nil
        }
        var districtFileRead = false
        for (file, read) in zip(files, FileLoader.trees(files: files, limits: limits)) {
            definition.files.append(file.displayPath)
            log.append(contentsOf: read.log.diagnostics)
            guard let tree = read.tree else { continue }
            districtFileRead = districtFileRead || file.relativePath == districtFileName
            guard let record = Record(tree, schema: Schema.districtFile, log: &log) else { continue }
            add(record, from: file, to: &definition, log: &log)
        }
        if definition.info == nil, districtFileRead {
            log.report(
                .missingKey, "\(districtFileName) has no 'district:' block",
                at: .start(of: display + "/" + districtFileName),
                hint: "add 'district:' with id, name, kind and jobcenter_model")
        }
        return definition
    }

    /// What to do without district.yaml: name the file that was probably meant.
    private static func missingDistrictFileHint(files: [FolderScan.File], folder: String) -> String {
        if FolderScan.entryKind(folder + "/" + districtFileName) == .directory {
            return "'\(districtFileName)' is a folder; the district needs a file of that name"
        }
        if let near = files.first(where: { $0.relativePath == "district.yml" || $0.relativePath.hasSuffix("/" + districtFileName) }) {
            return "'\(near.relativePath)' does not count; the district needs '\(districtFileName)' at the top of its folder"
        }
        return files.isEmpty
            ? "create \(districtFileName) with a 'district:' block, or run 'wegweiser init'"
            : "every district needs a \(districtFileName) with its 'district:' block"
    }

    private static func add(_ record: Record, from file: FolderScan.File, to definition: inout DistrictDefinition, log: inout DiagnosticLog) {
        if file.relativePath == districtFileName {
            if let district = record.record("district", log: &log) { definition.info = DistrictInfo(district, log: &log) }
        } else if let misplaced = record.location(of: "district") {
            // Its content is not read here, so it is not checked either: one message, not one per key.
            log.report(
                .unknownKey, "the 'district:' block belongs in \(districtFileName), not in a contribution",
                at: misplaced, hint: "move it to \(districtFileName)")
        }
        definition.institutions += record.records("institutions", log: &log).compactMap { Institution($0, log: &log) }
        definition.responsibilities += record.records("responsibilities", log: &log).compactMap { TaskDefinition($0, log: &log) }
        definition.interfaces += record.records("interfaces", log: &log).compactMap { HandoverDefinition($0, log: &log) }
        definition.offers += record.records("offers", log: &log).compactMap { Offer($0, log: &log) }
        definition.bodies += record.records("bodies", log: &log).compactMap { Body($0, log: &log) }
    }

    static func lastComponent(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
