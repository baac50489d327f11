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
    var bodies: [Paper.BodyEntry]
    var hasBodies: Bool
    var municipalities: [MunicipalityView]?
    var isLandkreis: Bool
    var directory: [DirectoryView]
    var changes: Paper.ChangesSection?
    var glossary: [Paper.GlossaryItem]
    var generator: String

    struct SectionLink {
        var anchor: String
        var number: String
        var title: String
    }

    struct MatrixView {
        var columns: [Paper.Matrix.Column]
        var columnCount: Int
        var groups: [GroupView]
        var legend: [LegendView]
        var gapCount: Int
        var hasGaps: Bool
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
        var cells: [CellView]
        var gap: String?
        /// "gap", "changed" or nil: one class attribute for the row.
        var rowClass: String?
    }

    struct CellView {
        var code: String?
        var label: String?
        var css: String
        var column: String
    }

    struct LegendView {
        var code: String
        var label: String
        var description: String
        var css: String
    }

    struct HandoverView {
        var entry: Paper.HandoverEntry
        var anchor: String
        var from: String
        var to: String
        var hasTransfers: Bool
    }

    struct InstitutionView {
        var entry: Paper.InstitutionEntry
        var anchor: String
        var functions: String?
        var targetGroups: String?
        var web: LinkView?
        var hasLeads: Bool
        var hasParticipation: Bool
        var hasHandovers: Bool
        var contacts: [ContactView]
        var hasContacts: Bool
    }

    struct OfferView {
        var entry: Paper.OfferEntry
        var providers: String
        var targetGroups: String?
        var web: LinkView?
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
