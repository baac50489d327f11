/// An office, unit, counselling service or partner organisation.
public struct Institution: Sendable {
    public var id: Text
    public var name: Text
    /// A short label for matrix column headers ("JC", "ABH").
    public var short: Text?
    public var type: Located<InstitutionType>?
    public var partOf: Text?
    public var functions: [Text] = []
    public var carriers: [Text] = []
    public var address: Text?
    public var web: Text?
    public var targetGroups: [Text] = []
    public var note: Text?
    public var contacts: [Contact] = []
    public var location: SourceLocation
}

/// A functional contact ("Sachgebietsleitung Asyl"): its channels appear in
/// every edition, its `person` block only in the internal one.
public struct Contact: Sendable {
    public var function: Text
    public var email: Text?
    public var phone: Text?
    public var web: Text?
    public var address: Text?
    public var languages: [Text] = []
    public var verified: Located<Day>?
    public var person: Person?
    public var note: Text?
    public var location: SourceLocation

    /// Whether anyone can reach this contact without the personal data.
    public var isReachable: Bool { email != nil || phone != nil || web != nil }
}

/// Personal data: names, direct numbers and addresses. Internal edition only.
public struct Person: Sendable {
    public var name: Text?
    public var email: Text?
    public var phone: Text?
    public var address: Text?
    public var location: SourceLocation
}
