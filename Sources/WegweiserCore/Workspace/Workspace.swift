import Foundation

/// Where districts and catalogues are found, and the pipeline that turns a
/// district folder into a report: load → validate → resolve.
public struct Workspace: Sendable {
    /// The folder holding the districts, `Districts` by default.
    public var districtsFolder: String
    /// An explicit catalogue folder (`--catalog`); otherwise `_catalog` beside
    /// the district, otherwise the embedded default.
    public var catalogFolder: String?
    public var limits: Limits

    public init(districtsFolder: String = "Districts", catalogFolder: String? = nil, limits: Limits = .standard) {
        self.districtsFolder = districtsFolder
        self.catalogFolder = catalogFolder
        self.limits = limits
    }

    public enum Failure: Error, CustomStringConvertible {
        case noDistrict(String, suggestion: String?)
        case noDistricts(String)
        case noCatalog(String)

        public var description: String {
            switch self {
            case .noDistrict(let name, let suggestion):
                "no district folder '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
            case .noDistricts(let folder):
                "no district folders in '\(folder)'; name a district folder, or run 'wegweiser init'"
            case .noCatalog(let folder):
                "the catalogue folder '\(folder)' does not exist"
            }
        }
    }

    /// The district folders a command works on: the arguments (a folder, or
    /// the id of a folder under `districtsFolder`), or every district there.
    public func districtFolders(_ arguments: [String]) throws -> [String] {
        let known = allDistrictIDs()
        if arguments.isEmpty {
            guard !known.isEmpty else { throw Failure.noDistricts(districtsFolder) }
            return known.map { districtsFolder + "/" + $0 }
        }
        return try arguments.map { argument in
            let trimmed = argument.count > 1 && argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            if Self.isDirectory(trimmed) { return Self.named(trimmed) }
            let underRoot = districtsFolder + "/" + trimmed
            if !trimmed.contains("/"), Self.isDirectory(underRoot) { return underRoot }
            throw Failure.noDistrict(argument, suggestion: Suggestion.closest(to: trimmed, among: known))
        }
    }

    /// A folder given as "." or "..", or ending so, as its absolute path: such a
    /// path names no district (its last component is no id) and has no
    /// parent to find the catalogue beside (`deletingLastPathComponent` even
    /// traps on "."). Other paths stay as given, so messages show them so.
    static func named(_ folder: String) -> String {
        let last = folder.split(separator: "/").last
        guard last == "." || last == ".." else { return folder }
        return URL(fileURLWithPath: folder).standardizedFileURL.path
    }

    /// Folder names under `districtsFolder` that do not start with `_` or `.`, sorted.
    public func allDistrictIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: districtsFolder)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") && Self.isDirectory(districtsFolder + "/" + $0) }
            .sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
    }

    /// The catalogue folder for a district, or nil for the embedded default.
    public func catalogFolder(forDistrict folder: String) throws -> String? {
        if let catalogFolder {
            guard Self.isDirectory(catalogFolder) else { throw Failure.noCatalog(catalogFolder) }
            return catalogFolder
        }
        let parent = (folder as NSString).deletingLastPathComponent
        let sibling = (parent.isEmpty ? "" : parent + "/") + "_catalog"
        return Self.isDirectory(sibling) ? sibling : nil
    }

    /// Loads and checks a catalogue (nil: the embedded one).
    public func loadCatalog(_ folder: String?) -> (catalog: Catalog, diagnostics: [Diagnostic]) {
        var log = DiagnosticLog()
        let catalog = folder.map { CatalogLoader.load(folder: $0, limits: limits, log: &log) } ?? CatalogLoader.embedded(log: &log)
        Validator.check(catalog: catalog, log: &log)
        return (catalog, log.diagnostics.sorted())
    }

    /// Runs one district through load → validate → resolve.
    public func check(districtFolder folder: String, catalog: Catalog) -> DistrictReport {
        var log = DiagnosticLog()
        let definition = DistrictLoader.load(folder: folder, limits: limits, log: &log)
        let resolved = definition.flatMap { Validator.check($0, catalog: catalog, log: &log) }
        return DistrictReport(
            id: DistrictLoader.lastComponent(of: folder), path: folder, diagnostics: log.diagnostics.sorted(),
            resolved: resolved, definition: definition)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
