/// Loads the catalogue from a folder, or the default one embedded in the binary.
public enum CatalogLoader {
    /// How the embedded catalogue's files are named in messages.
    public static let embeddedOrigin = "wegweiser:catalog"

    public static func load(folder: String, displayFolder: String? = nil, limits: Limits = .standard, log: inout DiagnosticLog) -> Catalog {
        let display = displayFolder ?? folder
        var catalog = Catalog(origin: display)
        let scan = FolderScan(folder: folder, displayFolder: display, limits: limits)
        let files = scan.yamlFiles(log: &log) ?? []
        for (file, read) in zip(files, FileLoader.trees(files: files, limits: limits)) {
            catalog.files.append(file.displayPath)
            log.append(contentsOf: read.log.diagnostics)
            if let tree = read.tree {
                add(tree, to: &catalog, log: &log)
            }
        }
        return catalog
    }

    /// The catalogue compiled into the binary (a copy of Districts/_catalog).
    public static func embedded(log: inout DiagnosticLog) -> Catalog {
        var catalog = Catalog(origin: embeddedOrigin)
        for (name, bytes) in DefaultCatalog.files {
            let path = embeddedOrigin + "/" + name
            catalog.files.append(path)
            if let tree = FileLoader.tree(bytes: bytes, path: path, limits: .standard, log: &log) {
                add(tree, to: &catalog, log: &log)
            }
        }
        return catalog
    }

    /// Parses catalogue files given as text (for tests and tools).
    public static func load(files: [(path: String, text: String)], log: inout DiagnosticLog) -> Catalog {
        var catalog = Catalog(origin: "")
        for (path, text) in files {
            catalog.files.append(path)
            if let tree = FileLoader.tree(bytes: Array(text.utf8), path: path, limits: .standard, log: &log) {
                add(tree, to: &catalog, log: &log)
            }
        }
        return catalog
    }

    private static func add(_ tree: YAMLNode, to catalog: inout Catalog, log: inout DiagnosticLog) {
        guard let record = Record(tree, schema: Schema.catalogFile, log: &log) else { return }
        catalog.phases += record.records("phases", log: &log).compactMap(VocabularyEntry.init)
        catalog.targetGroups += record.records("target_groups", log: &log).compactMap(VocabularyEntry.init)
        catalog.functions += record.records("functions", log: &log).compactMap(VocabularyEntry.init)
        catalog.glossary += record.records("glossary", log: &log).compactMap(GlossaryEntry.init)
        catalog.tasks += record.records("tasks", log: &log).compactMap { TaskDefinition($0, log: &log) }
        catalog.interfaces += record.records("interfaces", log: &log).compactMap { HandoverDefinition($0, log: &log) }
    }
}
