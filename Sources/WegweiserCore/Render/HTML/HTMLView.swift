/// The paper shaped for the HTML templates: Mustache sees stored properties
/// only, so everything a template shows is spelled out here (links, cell
/// codes, section numbers).
struct HTMLView {
    var meta: Paper.Meta
    var isInternal: Bool
    var sections: [SectionLink]
    var number: [String: String]
    var introduction: [String]
    var goals: [String]
    var hasGoals: Bool
    var schaubild: Paper.SchaubildSection
    var svg: String
    var matrix: MatrixView
    var handovers: [HandoverView]
    var hasHandovers: Bool
    var institutions: [InstitutionView]
    var offers: [OfferView]
    var hasOffers: Bool
    var bodies: [BodyView]
    var hasBodies: Bool
    var municipalities: [MunicipalityView]?
    var isLandkreis: Bool
    var directory: [DirectoryView]
    var coverage: CoverageView
    var changes: Paper.ChangesSection?
    /// With `--since`: the stylesheet gets the rules for the marks.
    var hasRevisions: Bool
    var glossary: [Paper.GlossaryItem]
    var generator: String

    struct SectionLink {
        var anchor: String
        var number: String
        var title: String
    }

    struct MatrixView {
        var columns: [Paper.Matrix.Column]
        /// Set by role (`Paper.Matrix.isByRole`): a column per role, naming the
        /// institutions; `columns` are then explained after the table only.
        var byRole: Bool
        /// The number of the table's columns, the task column included.
        var columnCount: Int
        var groups: [GroupView]
        var legend: [LegendView]
        var gapCount: Int
        var hasGaps: Bool
        /// The line explaining the marks, only when the matrix has some.
        var revisionLegend: String?
    }

    /// The mark of a new or changed entry: a badge "neu" / "geändert" and
    /// a class "added" / "changed".
    struct RevisionView {
        var label: String
        var css: String
    }

    struct GroupView {
        var label: String
        var rows: [RowView]
    }

    struct RowView {
        var anchor: String
        var title: String
        var legalBasis: String?
        var targetGroups: String?
        var note: String?
        /// One per institution column; empty in a matrix set by role.
        var cells: [CellView]
        /// The row's `<td>` cells, written by `HTMLView.cellsHTML` (the same markup
        /// as `cells` through a template, without its cost per cell) or, set by
        /// role, by `HTMLView.roleCellsHTML`.
        var cellsHTML: String
        /// Set by role, with `--since`: the institutions whose role was taken
        /// away, "ABH (vorher mitwirkend)".
        var withdrawn: String?
        var gap: String?
        /// "gap", "added", "changed", both or nil: one class attribute for the row.
        var rowClass: String?
        var revision: RevisionView?
    }

    struct CellView {
        var code: String?
        var label: String?
        var css: String
        var column: String
        /// For a changed cell: "geändert: vorher wird informiert".
        var changeNote: String?
        /// The code's title: "Jobcenter: mitwirkend", with the change note if any.
        var tooltip: String?
    }

    struct LegendView {
        var code: String
        var label: String
        var description: String
        var css: String
    }

    struct HandoverView {
        var entry: SharedView<Paper.HandoverEntry>
        var anchor: String
        var from: String
        var to: String
        var hasTransfers: Bool
        /// "gap", "added", "changed", both or nil.
        var rowClass: String?
        var revision: RevisionView?
    }

    struct InstitutionView {
        var entry: SharedView<Paper.InstitutionEntry>
        var anchor: String
        var functions: String?
        var targetGroups: String?
        var web: LinkView?
        var hasLeads: Bool
        var hasParticipation: Bool
        var hasHandovers: Bool
        var contacts: [ContactView]
        var hasContacts: Bool
        var revision: RevisionView?
    }

    struct OfferView {
        var entry: SharedView<Paper.OfferEntry>
        var providers: String
        var targetGroups: String?
        var web: LinkView?
        var revision: RevisionView?
    }

    /// A committee: the fields of `Paper.BodyEntry` under their own names
    /// (as templates written before the marks use them), and its mark.
    struct BodyView {
        var id: String
        var name: String
        var members: [String]
        var chair: String?
        var secretariat: String?
        var rhythm: String?
        var web: String?
        var note: String?
        var revision: RevisionView?

        init(_ entry: Paper.BodyEntry) {
            id = entry.id
            name = entry.name
            members = entry.members
            chair = entry.chair
            secretariat = entry.secretariat
            rhythm = entry.rhythm
            web = entry.web
            note = entry.note
            revision = entry.revision.map(HTMLView.revision)
        }
    }

    struct MunicipalityView {
        var name: String
        var contact: ContactView?
    }

    struct DirectoryView {
        var institution: String
        var anchor: String?
        var contact: ContactView
    }

    /// The section "Abdeckung", with links to the entries it names.
    struct CoverageView {
        var introduction: [String]
        var figures: [FigureView]
        var groups: [CoverageGroupView]
    }

    struct FigureView {
        var label: String
        var count: Int
        /// Above zero: the row is marked.
        var isOpen: Bool
    }

    struct CoverageGroupView {
        var title: String
        var items: [CoverageItemView]
    }

    struct CoverageItemView {
        var text: String
        /// "#stelle-jobcenter", or nil for an entry the paper has no place for.
        var href: String?
    }

    struct ContactView {
        var function: String
        var email: LinkView?
        var phone: LinkView?
        var web: LinkView?
        var address: String?
        var languages: String?
        var verified: String?
        var note: String?
        var person: PersonView?
    }

    struct PersonView {
        var name: String?
        var email: LinkView?
        var phone: LinkView?
        var address: String?
    }

    struct LinkView {
        var text: String
        var href: String
    }
}
