/// What changed between two versions of a district, keyed by id and never
/// by position: the result of `DistrictComparer`, rendered by the change
/// reports (text, Markdown, JSON, HTML) and by `generate --since`.
public struct DistrictChanges: Sendable, Equatable, Codable {
    /// Names the format of the JSON report; raised when its meaning changes.
    public static let formatName = "wegweiser-changes"
    public static let formatVersion = 1

    public var edition: Paper.Edition
    public var old: Side
    public var new: Side
    /// Sorted by section, then id, then institution.
    public var changes: [Change]

    public var isEmpty: Bool { changes.isEmpty }

    /// One version of the district, as the report names it.
    public struct Side: Sendable, Equatable, Codable {
        /// The folder or `REV:path` as the user gave it.
        public var source: String
        public var district: String
        public var name: String
        public var version: String?
        /// ISO date of the edition.
        public var date: String?
        /// SHA-256 of the normalised definition, as in the paper's provenance line.
        public var digest: String
    }

    public func count(_ kind: Change.Kind) -> Int { changes.filter { $0.kind == kind }.count }

    public func changes(in section: Change.Section) -> [Change] { changes.filter { $0.section == section } }
}

/// One change: an entry added, removed, renamed, or changed in some fields.
public struct Change: Sendable, Equatable, Codable {
    /// The parts of the paper, in the order reports list them.
    public enum Section: String, Sendable, Codable, CaseIterable {
        case district, municipalities, institutions, contacts, tasks, matrix, handovers, offers, bodies
    }

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case added, removed, renamed, changed
    }

    public var section: Section
    public var kind: Kind
    /// The entry's id on the new side (on the old side for `removed`): an
    /// institution, task, handover, offer or committee id; the municipality's
    /// name; the contact's function; the task of a matrix cell.
    public var id: String
    /// The id before a rename.
    public var oldID: String?
    /// What a reader calls the entry: the institution's name, the task's
    /// title, "Jobcenter Leipzig – Eingangszone" for a contact.
    public var title: String
    /// The institution of a contact or of a matrix cell (its column).
    public var institution: String?
    /// What changed, for `changed` (and for a rename that also changed something).
    public var fields: [FieldChange]

    public init(
        section: Section, kind: Kind, id: String, oldID: String? = nil, title: String, institution: String? = nil,
        fields: [FieldChange] = []
    ) {
        self.section = section
        self.kind = kind
        self.id = id
        self.oldID = oldID
        self.title = title
        self.institution = institution
        self.fields = fields
    }

    enum CodingKeys: String, CodingKey {
        case section, kind, id, oldID = "oldId", title, institution, fields
    }
}

/// One changed field of an entry. Text fields carry `old` and `new` (nil:
/// not given on that side); list fields, compared as sets, carry what was
/// added and removed. Values are shown as the paper shows them: labels and
/// names, not ids.
public struct FieldChange: Sendable, Equatable, Codable {
    /// The key in the district files ("web", "functions"), or "role" for a matrix cell.
    public var field: String
    /// The German name of the field ("Website", "Funktionen").
    public var label: String
    public var old: String?
    public var new: String?
    public var added: [String]?
    public var removed: [String]?

    public init(field: String, label: String, old: String? = nil, new: String? = nil, added: [String]? = nil, removed: [String]? = nil) {
        self.field = field
        self.label = label
        self.old = old
        self.new = new
        self.added = added
        self.removed = removed
    }

    public var isList: Bool { added != nil || removed != nil }
}

extension Paper.Edition: Codable {}
