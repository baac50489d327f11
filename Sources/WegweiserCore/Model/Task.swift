/// A task (a matrix row), from the catalogue or from a district's
/// `responsibilities`. In a district, an entry with a catalogue id overrides
/// the keys it gives, so every key but `id` is optional here.
public struct TaskDefinition: Sendable {
    public var id: Text
    public var title: Text?
    public var phase: Text?
    public var targetGroups: [Text]?
    public var legalBasis: Text?
    public var roles: [RoleAssignment]?
    public var note: Text?
    public var location: SourceLocation
}

/// One `key: role` line of a task's `roles`.
public struct RoleAssignment: Sendable {
    /// An institution id, or a function id meaning every institution bound to it.
    public var key: Text
    public var role: Located<Role>
}

/// A handover ("Schnittstelle") from one institution or function to another.
public struct HandoverDefinition: Sendable {
    public var id: Text
    public var from: Text?
    public var to: Text?
    public var subject: Text?
    public var trigger: Text?
    public var transfers: [Text]?
    public var legalBasis: Text?
    public var note: Text?
    public var location: SourceLocation
}

/// An offer ("Angebot") for the overview of offers.
public struct Offer: Sendable {
    public var id: Text
    public var title: Text
    public var provider: Text?
    public var phase: Text?
    public var targetGroups: [Text] = []
    public var access: Text?
    public var web: Text?
    public var note: Text?
    public var location: SourceLocation
}

/// A committee or network ("Gremium").
public struct Body: Sendable {
    public var id: Text
    public var name: Text
    public var members: [Text] = []
    /// Ordered: several entries mean a rotating chair.
    public var chair: [Text] = []
    public var secretariat: Text?
    public var rhythm: Text?
    public var web: Text?
    public var note: Text?
    public var location: SourceLocation
}
