/// The Schnittstellenpapier as content, independent of its format: every
/// section with its German text composed, ready for the HTML and DocBook
/// renderers, which only lay it out. Built from a resolved district for one
/// edition; in the public edition no `person` value ever enters it.
public struct Paper: Sendable {
    public var meta: Meta
    public var introduction: [String]
    public var goals: [String]
    public var schaubild: SchaubildSection
    public var matrix: Matrix
    public var handovers: [HandoverEntry]
    public var institutions: [InstitutionEntry]
    public var offers: [OfferEntry]
    public var bodies: [BodyEntry]
    /// Landkreis only; nil for a kreisfreie Stadt.
    public var municipalities: [MunicipalityEntry]?
    public var directory: [DirectoryEntry]
    /// Present with `--since`.
    public var changes: ChangesSection?
    public var glossary: [GlossaryItem]

    public struct Meta: Sendable {
        public var districtID: String
        public var districtName: String
        /// "Schnittstellenpapier".
        public var title: String
        /// "Integrationswegweiser Landkreis Meißen".
        public var subtitle: String
        public var edition: Edition
        /// "Interne Ausgabe – zur autorisierten Weitergabe" or "Öffentliche Ausgabe".
        public var editionLabel: String
        public var version: String?
        /// German date, e.g. "01.03.2026".
        public var date: String?
        /// ISO date for machine-readable places.
        public var isoDate: String?
        public var publisher: String?
        /// "Landkreis · Optionskommune (zugelassener kommunaler Träger, § 6a SGB II)".
        public var setup: String
        /// The provenance line: tool version and definition digest.
        public var provenance: String
        public var digest: String
    }

    /// Which audience the paper is for.
    public enum Edition: String, Sendable, CaseIterable {
        /// With personal contact data; marked "zur autorisierten Weitergabe".
        case `internal`
        /// Without any `person` block.
        case `public`
    }

    public struct SchaubildSection: Sendable {
        public var caption: String
        /// What the reader needs to read the diagram.
        public var description: String
    }

    public struct Matrix: Sendable {
        public var columns: [Column]
        public var groups: [RowGroup]
        public var legend: [RoleLegend]
        public var gapCount: Int

        public struct Column: Sendable {
            public var institutionID: String
            /// Short label for the header.
            public var label: String
            /// Full name, on hover and in the legend.
            public var name: String
        }

        public struct RowGroup: Sendable {
            public var phaseID: String
            public var label: String
            public var rows: [Row]
        }

        public struct Row: Sendable {
            public var taskID: String
            public var title: String
            public var legalBasis: String?
            public var targetGroups: [String]
            public var note: String?
            /// One per column, nil where the institution has no role.
            public var cells: [Role?]
            /// The function no institution holds ("Leistungen nach dem AsylbLG"), for a gap.
            public var gap: String?
            public var changed: Bool = false
        }
    }

    public struct RoleLegend: Sendable {
        public var role: Role
        /// "F"
        public var code: String
        /// "federführend"
        public var label: String
        public var description: String
    }

    public struct HandoverEntry: Sendable {
        /// "S1": the same number as on the arrow in the Schaubild.
        public var number: String
        public var id: String
        public var subject: String
        public var from: [String]
        public var to: [String]
        public var trigger: String?
        public var transfers: [String]
        public var legalBasis: String?
        public var note: String?
        /// "intern im Landratsamt Meißen", "intern", "Lücke: …", or nil.
        public var status: String?
        public var isInternal: Bool
        public var isGap: Bool
    }

    public struct InstitutionEntry: Sendable {
        public var id: String
        /// "Träger – Unterabteilung".
        public var heading: String
        public var shortLabel: String?
        public var kind: String?
        public var functions: [String]
        public var targetGroups: [String]
        public var address: String?
        public var web: String?
        public var note: String?
        public var leads: [String]
        /// "Beschäftigungserlaubnis (mitwirkend)".
        public var participates: [String]
        /// "S3 an Jobcenter: Rechtskreiswechsel …".
        public var handoversOut: [String]
        public var handoversIn: [String]
        public var contacts: [ContactEntry]
    }

    public struct ContactEntry: Sendable {
        public var function: String
        public var email: String?
        public var phone: String?
        public var web: String?
        public var address: String?
        /// German language names: "Deutsch, Englisch".
        public var languages: String?
        public var verified: String?
        public var note: String?
        /// Internal edition only.
        public var person: PersonEntry?
    }

    public struct PersonEntry: Sendable {
        public var name: String?
        public var email: String?
        public var phone: String?
        public var address: String?
    }

    public struct OfferEntry: Sendable {
        public var id: String
        public var title: String
        public var providers: [String]
        public var phase: String?
        public var targetGroups: [String]
        public var access: String?
        public var web: String?
        public var note: String?
    }

    public struct BodyEntry: Sendable {
        public var id: String
        public var name: String
        public var members: [String]
        /// "Stadt Leipzig, Jobcenter Leipzig und Agentur für Arbeit Leipzig im Wechsel".
        public var chair: String?
        public var secretariat: String?
        public var rhythm: String?
        public var web: String?
        public var note: String?
    }

    public struct MunicipalityEntry: Sendable {
        public var name: String
        public var contact: ContactEntry?
    }

    public struct DirectoryEntry: Sendable {
        public var institution: String
        public var institutionID: String
        public var contact: ContactEntry
    }

    public struct GlossaryItem: Sendable {
        public var term: String
        public var definition: String
    }

    public struct ChangesSection: Sendable {
        public var title: String
        public var items: [String]
    }
}
