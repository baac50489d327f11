import Foundation

/// The fuzzer's input format: one byte string that becomes the files of one
/// district folder (and, optionally, of a catalogue folder beside it).
///
/// A line that consists of exactly `@@` and one selector character starts a
/// new file; the bytes up to the next such line are its content. Bytes before
/// the first marker line belong to `district.yaml`, so a plain district file
/// is an input too. A selector used twice appends to its file. Other `@@`
/// lines are content.
///
/// ```
/// district:
///   id: fuzz
///   …
/// @@i
/// institutions:
///   - id: jobcenter
///     …
/// @@t
/// tasks: …
/// ```
///
/// | selector | file |
/// |---|---|
/// | `d` | `Districts/fuzz/district.yaml` |
/// | `i` | `Districts/fuzz/institutions.yaml` |
/// | `r` | `Districts/fuzz/responsibilities.yaml` |
/// | `1` … `9` | `Districts/fuzz/more/1.yaml` … `more/9.yaml` (contributions in a sub-folder) |
/// | `v` | `Districts/_catalog/vocabulary.yaml` |
/// | `t` | `Districts/_catalog/tasks.yaml` |
///
/// Without a `v` or `t` file the district is checked against the catalogue
/// built into wegweiser. File names and the folder name are fixed, so no
/// input can write outside its temporary folder.
public enum FuzzInput {
    /// The folder name, hence the district id an input must use to resolve.
    public static let districtID = "fuzz"

    /// Selector → path relative to the `Districts` folder.
    public static let slots: [(selector: UInt8, path: String)] = [
        (UInt8(ascii: "d"), "\(districtID)/district.yaml"),
        (UInt8(ascii: "i"), "\(districtID)/institutions.yaml"),
        (UInt8(ascii: "r"), "\(districtID)/responsibilities.yaml"),
    ] + (1...9).map { (UInt8(ascii: "0") + UInt8($0), "\(districtID)/more/\($0).yaml") } + [
        (UInt8(ascii: "v"), "_catalog/vocabulary.yaml"),
        (UInt8(ascii: "t"), "_catalog/tasks.yaml"),
    ]

    /// One file of an input.
    public struct File: Equatable, Sendable {
        public var selector: UInt8
        public var bytes: [UInt8]

        public init(selector: UInt8, bytes: [UInt8]) {
            self.selector = selector
            self.bytes = bytes
        }

        /// The path relative to the `Districts` folder.
        public var path: String { FuzzInput.slots.first { $0.selector == selector }!.path }
        public var isCatalogue: Bool { path.hasPrefix("_catalog/") }
    }

    private static let at = UInt8(ascii: "@")
    private static let newline = UInt8(ascii: "\n")

    /// The selector of the marker line starting at `start`, if it is one.
    private static func marker<C: Collection<UInt8>>(in bytes: C, at start: C.Index) -> UInt8? {
        var index = start
        guard index != bytes.endIndex, bytes[index] == at else { return nil }
        bytes.formIndex(after: &index)
        guard index != bytes.endIndex, bytes[index] == at else { return nil }
        bytes.formIndex(after: &index)
        guard index != bytes.endIndex else { return nil }
        let selector = bytes[index]
        guard slots.contains(where: { $0.selector == selector }) else { return nil }
        bytes.formIndex(after: &index)
        guard index == bytes.endIndex || bytes[index] == newline else { return nil }
        return selector
    }

    /// Splits an input into its files, in the order of their first marker.
    public static func split<C: Collection<UInt8>>(_ bytes: C) -> [File] {
        var files: [File] = []
        var current = UInt8(ascii: "d")
        var content: [UInt8] = []
        var sawContent = false
        func flush() {
            guard sawContent else { return }
            if let index = files.firstIndex(where: { $0.selector == current }) {
                files[index].bytes += content
            } else {
                files.append(File(selector: current, bytes: content))
            }
        }
        var lineStart = bytes.startIndex
        while lineStart != bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: newline)
            let next = lineEnd.map { bytes.index(after: $0) } ?? bytes.endIndex
            if let selector = marker(in: bytes, at: lineStart) {
                flush()
                current = selector
                content = []
                sawContent = true  // a marker with nothing after it is an empty file
            } else {
                content += bytes[lineStart..<next]
                sawContent = true
            }
            lineStart = next
        }
        flush()
        return files
    }

    /// The input that `split` turns into these files (a newline is added
    /// after content that does not end with one).
    public static func encode(_ files: [File]) -> [UInt8] {
        var out: [UInt8] = []
        for file in files {
            out += [at, at, file.selector, newline]
            out += file.bytes
            if let last = file.bytes.last, last != newline { out.append(newline) }
        }
        return out
    }

    /// Seed inputs from a `Districts` folder: for every district, its files
    /// (`district.yaml` → `d`, `responsibilities.yaml` → `r`, the others in
    /// path order → `i`, `1` … `9`; more are left out) with the district id
    /// rewritten to `fuzz`, once with the built-in catalogue and once with
    /// `_catalog` if there is one. Named `<district>` and `<district>+catalog`.
    public static func seeds(fromDistrictsFolder root: String) throws -> [(name: String, bytes: [UInt8])] {
        let manager = FileManager.default
        let catalogFolder = root + "/_catalog"
        var catalogue: [File] = []
        if manager.fileExists(atPath: catalogFolder) {
            for name in try yamlFiles(in: catalogFolder) {
                let selector = name.contains("vocabulary") ? UInt8(ascii: "v") : UInt8(ascii: "t")
                let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: catalogFolder + "/" + name)))
                if let index = catalogue.firstIndex(where: { $0.selector == selector }) {
                    catalogue[index].bytes += [newline] + bytes
                } else {
                    catalogue.append(File(selector: selector, bytes: bytes))
                }
            }
        }
        var seeds: [(name: String, bytes: [UInt8])] = []
        let districts = try manager.contentsOfDirectory(atPath: root)
            .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
        for district in districts {
            let folder = root + "/" + district
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            var others = Array("i123456789".utf8)
            var files: [File] = []
            for path in try yamlFiles(in: folder) {
                var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)))
                let selector: UInt8
                switch path {
                case "district.yaml":
                    selector = UInt8(ascii: "d")
                    bytes = renameDistrict(bytes, from: district)
                case "responsibilities.yaml": selector = UInt8(ascii: "r")
                default:
                    guard !others.isEmpty else { continue }
                    selector = others.removeFirst()
                }
                files.append(File(selector: selector, bytes: bytes))
            }
            let isDistrictFile = { (file: File) in file.selector == UInt8(ascii: "d") }
            files = files.filter(isDistrictFile) + files.filter { !isDistrictFile($0) }
            seeds.append((district, encode(files)))
            if !catalogue.isEmpty { seeds.append((district + "+catalog", encode(files + catalogue))) }
        }
        return seeds
    }

    /// `id: <folder>` in the district block becomes `id: fuzz`.
    private static func renameDistrict(_ bytes: [UInt8], from id: String) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "id: \(id)" }) {
            lines[index] = lines[index].replacingOccurrences(of: "id: \(id)", with: "id: \(districtID)")
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    /// YAML files below `folder`, as relative paths in byte-wise order.
    private static func yamlFiles(in folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".yaml") || path.hasSuffix(".yml") { paths.append(path) }
        }
        return paths.sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
    }
}
