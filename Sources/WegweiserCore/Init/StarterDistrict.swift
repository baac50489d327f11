/// The files `wegweiser init` writes: a starter district whose institution
/// skeleton fits the setup (Landkreis or kreisfreie Stadt, Jobcenter as gE or
/// zkT), binds every function the catalogue's tasks need, and marks what is
/// left to fill in with `TODO` (reported by the `placeholder` rule).
/// The output depends on the inputs only.
public struct StarterDistrict: Sendable {
    public var id: String
    public var name: String
    public var state: String?
    public var kind: DistrictKind
    public var jobcenterModel: JobcenterModel
    /// The schema comment's target, relative to the district folder.
    public var schemaPath: String

    /// The Ausländerbehörde's id, which the starter tasks and handovers name too.
    var immigrationOfficeID: String { kind == .landkreis ? "auslaenderamt" : "abh" }

    public init(
        id: String, name: String, state: String?, kind: DistrictKind, jobcenterModel: JobcenterModel, schemaPath: String
    ) {
        self.id = id
        self.name = name
        self.state = state
        self.kind = kind
        self.jobcenterModel = jobcenterModel
        self.schemaPath = schemaPath
    }

    public struct File: Sendable, Equatable {
        /// Relative to the district folder.
        public var path: String
        public var text: String
    }

    /// Every file, in sorted path order.
    public func files() -> [File] {
        var files = [
            File(path: "district.yaml", text: districtFile()),
            File(path: "\(administration.id).yaml", text: administrationFile()),
            File(path: "partner/agentur.yaml", text: agenturFile()),
            File(path: "partner/land-bund.yaml", text: landBundFile()),
            File(path: "partner/kammern.yaml", text: kammernFile()),
            File(path: "partner/beratung.yaml", text: beratungFile()),
            File(path: "responsibilities.yaml", text: responsibilitiesFile()),
            File(path: "angebote.yaml", text: angeboteFile()),
            File(path: "gremien.yaml", text: gremienFile()),
        ]
        if jobcenterModel == .ge { files.append(File(path: "partner/jobcenter.yaml", text: jobcenterFile())) }
        if kind == .landkreis { files.append(File(path: "gemeinden.yaml", text: gemeindenFile())) }
        return files.sorted { Array($0.path.utf8).lexicographicallyPrecedes($1.path.utf8) }
    }

    /// Whether `id` may name a district.
    public static func isValidID(_ id: String) -> Bool { IdentifierRules.isValid(id) }

    // MARK: - Names derived from the setup

    /// "Landkreis Meißen" → "Meißen"; "Stadt Leipzig" → "Leipzig".
    var place: String {
        for prefix in ["Landkreis ", "Kreisfreie Stadt ", "Stadt "] where name.hasPrefix(prefix) && name.count > prefix.count {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// The district's own administration: Landratsamt or Stadtverwaltung.
    var administration: (id: String, name: String) {
        kind == .landkreis ? ("landratsamt", "Landratsamt \(place)") : ("stadtverwaltung", "Stadtverwaltung \(place)")
    }

    /// A placeholder address for functional contacts.
    var placeholderEmail: String { "\(PlaceholderRules.marker)@\(id).example" }

    var isSaxony: Bool { (state ?? "").lowercased() == "sachsen" }

    /// The first lines of every file: the editor's schema, then what the file is for.
    func header(_ lines: [String], depth: Int = 0) -> String {
        let schema = String(repeating: "../", count: depth) + schemaPath
        return (["# yaml-language-server: $schema=\(schema)"] + lines.map { $0.isEmpty ? "#" : "# " + $0 }).joined(separator: "\n") + "\n"
    }
}
