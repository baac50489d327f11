/// Reads one file into a checked YAML tree: bytes → checks → YAML parser → tree.
enum FileLoader {
    static func tree(bytes: [UInt8], path: String, limits: Limits, log: inout DiagnosticLog) -> YAMLNode? {
        guard let source = SourceText.check(bytes, path: path, limits: limits, log: &log) else { return nil }
        return YAMLReader.read(source, limits: limits, log: &log)
    }

    static func tree(file: FolderScan.File, limits: Limits, budget: inout Int, log: inout DiagnosticLog) -> YAMLNode? {
        guard let bytes = FolderScan.read(file.absolutePath, limit: limits.maxFileBytes) else {
            log.report(.fileUnreadable, "the file cannot be read", at: .start(of: file.displayPath))
            return nil
        }
        guard budget >= 0 else { return nil }  // already reported for an earlier file
        budget -= bytes.count
        if budget < 0 {
            log.report(
                .fileTooLarge, "the files of this folder together are larger than \(limits.maxDistrictBytes.formattedBytes)",
                at: .start(of: file.displayPath),
                hint: "this file and the ones after it (in sorted order) are not read; remove exports and dumps from the folder")
            return nil
        }
        return tree(bytes: bytes, path: file.displayPath, limits: limits, log: &log)
    }
}
