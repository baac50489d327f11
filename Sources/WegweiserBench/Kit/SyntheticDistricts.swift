import Foundation

/// Writes the synthetic districts of one benchmark size into a folder laid out
/// like `Districts/`: `_catalog/` (a copy of the real catalogue) and one
/// folder per district. The same size and catalogue give the same bytes on
/// every machine.
public enum SyntheticDistricts {
    /// What was written, counted as `wegweiser` counts it after resolution.
    public struct Summary: Sendable, Equatable {
        public var districts = 0
        /// YAML files, the catalogue's included.
        public var files = 0
        public var bytes = 0
        public var institutions = 0
        /// Matrix rows: catalogue tasks less the excluded, plus the districts' own.
        public var tasks = 0
        /// Handovers: catalogue handovers less the excluded, plus the districts' own.
        public var handovers = 0
        /// Contacts of institutions and of municipalities.
        public var contacts = 0
        public var offers = 0
        public var bodies = 0
        public var municipalities = 0

        public init() {}
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The file that marks a folder as written by this generator (and so safe to replace).
    public static let marker = ".wegweiser-bench"

    /// Writes the districts of `size` into `folder` and the catalogue into `folder/_catalog`.
    /// The folder must not exist, be empty, or have been written by this generator before.
    @discardableResult
    public static func write(size: BenchSize, to folder: String, catalogFolder: String) throws -> Summary {
        let catalog = try CatalogSummary(folder: catalogFolder)
        try prepare(folder)
        var summary = Summary()
        let catalogTarget = folder + "/_catalog"
        try createDirectory(catalogTarget)
        for name in catalog.files {
            guard let data = FileManager.default.contents(atPath: catalogFolder + "/" + name) else {
                throw Failure(description: "cannot read '\(catalogFolder)/\(name)'")
            }
            try write(data, to: catalogTarget + "/" + name)
            summary.files += 1
            summary.bytes += data.count
        }
        try forEachDistrict(size: size, catalog: catalog) { id, files, district in
            for (path, text) in files {
                let data = Data(text.utf8)
                try write(data, to: folder + "/" + id + "/" + path)
                summary.files += 1
                summary.bytes += data.count
            }
            summary.add(district, catalog: catalog)
        }
        try write(Data("\(size.rawValue)\n".utf8), to: folder + "/" + marker)
        return summary
    }

    /// The districts of a size, built one after the other (Germany is large).
    static func forEachDistrict(
        size: BenchSize, catalog: CatalogSummary,
        _ body: (_ id: String, _ files: [(path: String, text: String)], _ district: SynthDistrict) throws -> Void
    ) rethrows {
        // District names are drawn in order, each from its own generator, unique across the size.
        var namer = SplitMix64(seed: "wegweiser-bench/\(size.rawValue)/names")
        var used = Set<String>()
        var places: [String] = []
        for _ in 0..<size.districtCount {
            var place = namer.pick(Names.placeHeads) + namer.pick(Names.placeTails)
            var attempts = 0
            while used.contains(place), attempts < 1_000 {
                place = namer.pick(Names.placeHeads) + namer.pick(Names.placeTails)
                attempts += 1
            }
            if used.contains(place) { place += " \(places.count + 1)" }
            used.insert(place)
            places.append(place)
        }
        for index in 0..<size.districtCount {
            let id = size.districtID(index)
            let district = DistrictBuilder.build(
                id: id, place: places[index], setup: size.setup(index), spec: size.spec, catalog: catalog,
                seed: "wegweiser-bench/\(size.rawValue)/\(index)")
            try body(id, DistrictWriter.files(district, catalog: catalog), district)
        }
    }

    private static func prepare(_ folder: String) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            try createDirectory(folder)
            return
        }
        guard isDirectory.boolValue else { throw Failure(description: "'\(folder)' is not a folder") }
        let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        if entries.isEmpty { return }
        guard entries.contains(marker) else {
            throw Failure(description: "'\(folder)' is not empty and was not written by wegweiser-bench; choose an empty folder")
        }
        for entry in entries {
            do { try manager.removeItem(atPath: folder + "/" + entry) } catch {
                throw Failure(description: "cannot clear '\(folder)/\(entry)': \(error.localizedDescription)")
            }
        }
    }

    private static func createDirectory(_ path: String) throws {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw Failure(description: "cannot create '\(path)': \(error.localizedDescription)")
        }
    }

    private static func write(_ data: Data, to path: String) throws {
        try createDirectory((path as NSString).deletingLastPathComponent)
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            throw Failure(description: "cannot write '\(path)'")
        }
    }
}

extension SyntheticDistricts.Summary {
    mutating func add(_ district: SynthDistrict, catalog: CatalogSummary) {
        districts += 1
        institutions += district.institutions.count
        tasks += catalog.tasks.count - district.excludedTasks.count + district.ownTasks.count
        handovers += catalog.handovers.count - district.excludedHandovers.count + district.ownHandovers.count
        contacts += district.contactCount
        offers += district.offers.count
        bodies += district.bodies.count
        municipalities += district.municipalities.count
    }
}
