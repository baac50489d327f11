/// Everything one district folder says, after decoding, before resolution.
/// Values keep their places so that later checks can point at them.
public struct DistrictDefinition: Sendable {
    /// The folder name, which must equal `district.id`.
    public var folderID: String
    public var info: DistrictInfo?
    public var institutions: [Institution] = []
    public var responsibilities: [TaskDefinition] = []
    public var interfaces: [HandoverDefinition] = []
    public var offers: [Offer] = []
    public var bodies: [Body] = []
    /// Paths of the files read, in the order their lists were concatenated.
    public var files: [String] = []
}

/// The `district:` block of district.yaml.
public struct DistrictInfo: Sendable {
    public var id: Text?
    public var name: Text?
    public var state: Text?
    public var kind: Located<DistrictKind>?
    public var jobcenterModel: Located<JobcenterModel>?
    public var edition: Edition?
    public var goals: [Text] = []
    public var municipalities: [Municipality] = []
    public var excludeTasks: [Text] = []
    public var excludeInterfaces: [Text] = []
    public var location: SourceLocation
}

public struct Edition: Sendable {
    public var version: Text?
    public var date: Located<Day>?
    public var publisher: Text?
}

/// A Gemeinde of a Landkreis, with its registration office's contact.
public struct Municipality: Sendable {
    public var name: Text
    public var contact: Contact?
    public var location: SourceLocation
}
