/// One institution's page for handing out at a workshop ("Auszug"): its
/// functions, its tasks by role, its handovers out and in, its contacts.
/// Built from the resolved district and the paper, so contacts carry
/// `person` blocks exactly when the paper does (internal edition).
public struct Extract: Sendable {
    public var institutionID: String
    /// The file name in the extracts folder: "jobcenter.html".
    public var fileName: String
    /// "Träger – Unterabteilung", as the paper heads it.
    public var heading: String
    public var shortLabel: String?
    public var kind: String?
    public var functions: [String]
    public var address: String?
    public var web: String?
    /// The four roles, strongest first, each with its tasks (maybe none).
    public var roles: [RoleGroup]
    public var handoversOut: [HandoverLine]
    public var handoversIn: [HandoverLine]
    public var contacts: [Paper.ContactEntry]

    public struct RoleGroup: Sendable {
        public var role: Role
        /// "Federführend".
        public var title: String
        public var tasks: [TaskLine]
    }

    public struct TaskLine: Sendable {
        public var title: String
        /// The phase's label: "Arbeitsmarktzugang und Vermittlung".
        public var phase: String
    }

    public struct HandoverLine: Sendable {
        /// "S3", as in the paper and on the Schaubild's arrow.
        public var number: String
        public var subject: String
        /// The institutions at the other end: "Jobcenter Leipzig".
        public var partners: String
        public var legalBasis: String?
    }

    public var taskCount: Int { roles.reduce(0) { $0 + $1.tasks.count } }
}

/// The extracts of one district, with the paper's title data.
public struct ExtractSet: Sendable {
    public var meta: Paper.Meta
    public var extracts: [Extract]
    /// "index.html", the page listing every extract.
    public var indexFileName: String
}
