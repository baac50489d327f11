/// An extract shaped for its template: Mustache sees stored properties
/// only, so links, role codes and the "has …" switches are spelled out.
struct ExtractPageView {
    var meta: Paper.Meta
    var isInternal: Bool
    var generator: String
    var indexFileName: String
    var extract: Extract
    var functions: String?
    var web: HTMLView.LinkView?
    var roles: [RoleView]
    var hasTasks: Bool
    var handoversOut: [Extract.HandoverLine]
    var handoversIn: [Extract.HandoverLine]
    var hasOut: Bool
    var hasIn: Bool
    var hasHandovers: Bool
    var contacts: [HTMLView.ContactView]
    var hasContacts: Bool

    struct RoleView {
        var title: String
        /// "F", as in the matrix.
        var code: String
        /// "lead": the colour class, as in the matrix.
        var css: String
        var tasks: [Extract.TaskLine]
        var hasTasks: Bool
    }

    init(_ extract: Extract, of set: ExtractSet) {
        meta = set.meta
        isInternal = set.meta.edition == .internal
        generator = WegweiserVersion.generator
        indexFileName = set.indexFileName
        self.extract = extract
        functions = extract.functions.isEmpty ? nil : extract.functions.joined(separator: "; ")
        web = extract.web.map(HTMLView.webLink)
        roles = extract.roles.map {
            RoleView(title: $0.title, code: GermanText.roleCode($0.role), css: $0.role.rawValue, tasks: $0.tasks, hasTasks: !$0.tasks.isEmpty)
        }
        hasTasks = extract.taskCount > 0
        handoversOut = extract.handoversOut
        handoversIn = extract.handoversIn
        hasOut = !extract.handoversOut.isEmpty
        hasIn = !extract.handoversIn.isEmpty
        hasHandovers = hasOut || hasIn
        contacts = extract.contacts.map(HTMLView.contact)
        hasContacts = !extract.contacts.isEmpty
    }
}

/// The overview page: one row per extract, with what it holds.
struct ExtractIndexView {
    var meta: Paper.Meta
    var isInternal: Bool
    var generator: String
    var rows: [Row]

    struct Row {
        var fileName: String
        var heading: String
        var leads: Int
        var others: Int
        var handovers: Int
        var contacts: Int
    }

    init(_ set: ExtractSet) {
        meta = set.meta
        isInternal = set.meta.edition == .internal
        generator = WegweiserVersion.generator
        rows = set.extracts.map { extract in
            let leads = extract.roles.first { $0.role == .lead }?.tasks.count ?? 0
            return Row(
                fileName: extract.fileName, heading: extract.heading, leads: leads, others: extract.taskCount - leads,
                handovers: extract.handoversOut.count + extract.handoversIn.count, contacts: extract.contacts.count)
        }
    }
}
