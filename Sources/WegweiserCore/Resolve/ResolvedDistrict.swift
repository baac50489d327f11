/// A district after resolution: concrete institutions in every role and at
/// both ends of every handover. This is what the generators render.
public struct ResolvedDistrict: Sendable {
    public var id: String
    public var name: String
    public var state: String?
    public var kind: DistrictKind
    public var jobcenterModel: JobcenterModel
    public var edition: Edition?
    public var goals: [String]
    public var municipalities: [Municipality]
    /// In the order they were written (files in sorted path order).
    public var institutions: [Institution]
    /// The Landratsamt or the Stadtverwaltung.
    public var administrationID: String?
    public var phases: [VocabularyEntry]
    public var targetGroups: [VocabularyEntry]
    public var functions: [VocabularyEntry]
    public var glossary: [GlossaryEntry]
    /// Grouped by phase in catalogue order; within a phase catalogue tasks
    /// first, then the district's own.
    public var tasks: [ResolvedTask]
    public var handovers: [ResolvedHandover]
    public var offers: [ResolvedOffer]
    public var bodies: [ResolvedBody]

    public func institution(_ id: String) -> Institution? { institutions.first { $0.id.value == id } }
}

/// Where an entry of the paper comes from.
public enum Origin: String, Sendable, Codable {
    /// The catalogue, unchanged.
    case catalog
    /// The catalogue, adapted by the district.
    case adapted
    /// The district alone.
    case district
}

public struct ResolvedTask: Sendable {
    public var id: String
    public var title: String
    public var phase: String
    public var targetGroups: [String]
    public var legalBasis: String?
    public var note: String?
    public var origin: Origin
    /// Institution id → its role; the strongest role wins.
    public var roles: [String: Role]
    public var lead: String?
    /// The lead function that no institution holds: a gap in the paper.
    public var gap: String?
}

/// One end of a handover: the key as written and the institutions it reaches.
public struct HandoverEnd: Sendable {
    public var key: String
    public var institutions: [String]
    public var isFunction: Bool
}

public struct ResolvedHandover: Sendable {
    public struct Edge: Hashable, Sendable {
        public var from: String
        public var to: String
        /// Both ends are the same institution: an internal step, not an arrow.
        public var isInternal: Bool { from == to }
    }

    public var id: String
    public var subject: String
    public var trigger: String?
    public var transfers: [String]
    public var legalBasis: String?
    public var note: String?
    public var origin: Origin
    public var from: HandoverEnd
    public var to: HandoverEnd
    public var edges: [Edge]

    /// Every edge stays inside one institution.
    public var isInternal: Bool { !edges.isEmpty && edges.allSatisfy(\.isInternal) }
    /// A sender or receiver that no institution holds.
    public var isGap: Bool { from.institutions.isEmpty || to.institutions.isEmpty }
}

public struct ResolvedOffer: Sendable {
    public var offer: Offer
    public var providers: [String]
}

public struct ResolvedBody: Sendable {
    public var body: Body
    public var members: [String]
    public var chair: [String]
    public var secretariat: [String]
}
