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
    /// "Abdeckung": what the paper still lacks, in figures.
    public var coverage: CoverageSection
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

    /// How an entry differs from the version `--since` names: `added` or
    /// `changed` (renamed counts as changed). Removed entries are not in the
    /// paper; they are listed in the changes section.
    public enum Revision: String, Sendable, Equatable {
        case added, changed

        /// "neu", "geändert": the mark readers see.
        public var label: String { ChangeText.kindLabel(kind) }

        public var kind: Change.Kind { self == .added ? .added : .changed }

        /// A sentence for a marked entry: "Neu gegenüber Version 1.0 vom 01.03.2026."
        public func note(since: String) -> String {
            (self == .added ? "Neu" : "Geändert") + " gegenüber \(since)."
        }
    }

    public struct Matrix: Sendable {
        public var columns: [Column]
        public var groups: [RowGroup]
        public var legend: [RoleLegend]
        public var gapCount: Int
        /// How new and changed rows and cells are marked; present only
        /// when the matrix has such marks.
        public var revisionLegend: String? = nil

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
            /// New or changed since the version `--since` names: the task
            /// added, renamed or changed, or any of its cells changed.
            public var revision: Revision? = nil
            /// Empty, or one per column: the changed cells, nil elsewhere.
            public var cellChanges: [CellChange?] = []

            /// The change of the cell in column `index`, if any.
            public func cellChange(at index: Int) -> CellChange? {
                cellChanges.indices.contains(index) ? cellChanges[index] : nil
            }
        }

        /// A cell whose role differs from the earlier version.
        public struct CellChange: Sendable, Equatable {
            /// The role before, as the paper names it ("wird informiert"), or
            /// "ohne Rolle".
            public var previous: String

            public init(previous: String) {
                self.previous = previous
            }

            /// "geändert: vorher wird informiert".
            public var description: String {
                "\(ChangeText.kindLabel(.changed)): vorher \(previous)"
            }
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
        public var revision: Revision? = nil
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
        /// Added, or changed in its own fields, its name or its contacts.
        public var revision: Revision? = nil
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
        public var revision: Revision? = nil
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
        public var revision: Revision? = nil
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

    /// "Abdeckung": the five coverage figures of `wegweiser coverage` as a
    /// table, then the entries behind every figure above zero.
    public struct CoverageSection: Sendable {
        /// Paragraphs: what the figures count, and that nothing is missing
        /// when that is so.
        public var introduction: [String]
        /// One per figure, in the order of `Coverage.Kind`.
        public var figures: [Figure]
        /// One per figure above zero.
        public var groups: [Group]

        public struct Figure: Sendable {
            /// "Aufgaben ohne federführende Stelle".
            public var label: String
            public var count: Int
        }

        public struct Group: Sendable {
            public var title: String
            public var items: [Item]
        }

        public struct Item: Sendable {
            public var text: String
            /// The part of the paper the entry stands in, for a link.
            public var reference: Reference?
        }

        public enum Reference: Sendable, Equatable {
            case task(id: String)
            case institution(id: String)
            /// By number ("S3"), as the Schaubild's arrows.
            case handover(number: String, id: String)
        }
    }

    /// "Änderungen gegenüber Version …" (`generate --since`): what the
    /// paper was compared with, how much changed, and every change in
    /// words, grouped by the part of the paper it concerns.
    public struct ChangesSection: Sendable {
        /// "Änderungen gegenüber Version 1.0 vom 01.03.2026".
        public var title: String
        /// "Version 1.0 vom 01.03.2026", or "der Fassung <source>" when the
        /// earlier version names neither: what the marks compare with.
        public var since: String
        /// Paragraphs: the version compared with and its digest, the count
        /// of changes (or that there are none), how the marks look.
        public var introduction: [String]
        /// One per part of the paper with changes, in the paper's order.
        public var groups: [Group]

        public struct Group: Sendable {
            /// "Institutionen".
            public var title: String
            /// One sentence per change: "neu: Jobcenter (jobcenter)".
            public var items: [String]

            public init(title: String, items: [String]) {
                self.title = title
                self.items = items
            }
        }

        public init(title: String, since: String, introduction: [String], groups: [Group]) {
            self.title = title
            self.since = since
            self.introduction = introduction
            self.groups = groups
        }

        /// Every item of every group.
        public var items: [String] { groups.flatMap(\.items) }
    }
}
