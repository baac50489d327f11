/// What a district's paper still lacks, in five figures, with the entries
/// behind each figure. Computed from the resolved district by
/// `CoverageAnalysis`, with the definitions the validator uses.
public struct Coverage: Sendable, Equatable {
    public var districtID: String
    public var districtName: String
    public var version: String?
    /// The edition date: the reference for stale contacts.
    public var date: Day?
    /// Contacts last checked before this day count as not verified; nil
    /// without an edition date (then only contacts never checked count).
    public var staleBefore: Day?
    /// Tasks without a lead because no institution holds the lead function.
    public var gaps: [Gap]
    /// Catalogue functions that no institution of the district holds.
    public var unheldFunctions: [Function]
    /// Institutions with no role in any task.
    public var institutionsWithoutTasks: [Institution]
    /// Handovers without `legal_basis`.
    public var handoversWithoutLegalBasis: [Handover]
    /// Contacts never checked, or checked more than 24 months before the edition date.
    public var unverifiedContacts: [Contact]

    /// The five figures, in the order they are shown.
    public enum Kind: String, CaseIterable, Sendable {
        case gaps, unheldFunctions, institutionsWithoutTasks, handoversWithoutLegalBasis, unverifiedContacts
    }

    public struct Gap: Sendable, Equatable, Encodable {
        /// The task's id.
        public var id: String
        public var title: String
        /// The lead function no institution holds.
        public var function: String
        public var functionLabel: String
    }

    public struct Function: Sendable, Equatable, Encodable {
        public var id: String
        public var label: String
    }

    public struct Institution: Sendable, Equatable, Encodable {
        public var id: String
        /// "Träger – Unterabteilung", as the paper heads it.
        public var name: String
    }

    public struct Handover: Sendable, Equatable, Encodable {
        public var id: String
        /// "S3": the number in the paper and on the Schaubild's arrow.
        public var number: String
        public var subject: String
    }

    /// A contact named by where it sits and its function only: never a
    /// value of its `person` block.
    public struct Contact: Sendable, Equatable, Encodable {
        /// The institution's id; nil for a municipality's contact.
        public var institution: String?
        /// The institution's heading or the municipality's name.
        public var owner: String
        public var function: String
        /// Nil when the contact was never checked.
        public var verified: Day?
    }

    public func count(_ kind: Kind) -> Int {
        switch kind {
        case .gaps: gaps.count
        case .unheldFunctions: unheldFunctions.count
        case .institutionsWithoutTasks: institutionsWithoutTasks.count
        case .handoversWithoutLegalBasis: handoversWithoutLegalBasis.count
        case .unverifiedContacts: unverifiedContacts.count
        }
    }

    /// No figure above zero.
    public var isComplete: Bool { Kind.allCases.allSatisfy { count($0) == 0 } }
}

extension Day: Encodable {
    /// As written in the files: `YYYY-MM-DD`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
