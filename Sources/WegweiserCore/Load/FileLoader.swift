/// Reads one file into a checked YAML tree: bytes → checks → YAML parser → tree.
enum FileLoader {
    static func tree(bytes: [UInt8], path: String, limits: Limits, log: inout DiagnosticLog) -> YAMLNode? {
        guard let source = SourceText.check(bytes, path: path, limits: limits, log: &log) else { return nil }
        return YAMLReader.read(source, limits: limits, log: &log)
    }

    /// One folder's files, each with its tree (nil if it has none) and what
    /// reading it reported. The files are read one after the other against
    /// the folder's byte budget, then parsed at once on every core (a large
    /// district has dozens of files); the caller takes each file's report in
    /// turn, so the log is what a file-by-file run writes.
    static func trees(files: [FolderScan.File], limits: Limits) -> [Read] {
        var budget = limits.maxDistrictBytes
        let read = files.map { file -> Read in
            var log = DiagnosticLog()
            let bytes = self.bytes(of: file, limits: limits, budget: &budget, log: &log)
            return Read(path: file.displayPath, bytes: bytes, log: log)
        }
        return read.parallelMap { read -> Read in
            var read = read
            read.tree = read.bytes.flatMap { tree(bytes: $0, path: read.path, limits: limits, log: &read.log) }
            read.bytes = nil
            return read
        }
    }

    /// A file of a folder: its bytes until parsed, then its tree, and what
    /// reading and parsing it reported.
    struct Read: Sendable {
        var path: String
        var bytes: [UInt8]?
        var log: DiagnosticLog
        var tree: YAMLNode? = nil
    }

    /// The file's bytes, unless it cannot be read or the folder's files
    /// before it have used up the budget.
    private static func bytes(of file: FolderScan.File, limits: Limits, budget: inout Int, log: inout DiagnosticLog) -> [UInt8]? {
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
        return bytes
    }
}
