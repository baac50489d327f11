/// A synthetic district in memory, before it is written as YAML.
struct SynthDistrict {
    var id: String
    var name: String
    var place: String
    var state: String
    var setup: DistrictSetup
    var version: String
    var publisher: String
    var goals: [String]
    var municipalities: [SynthMunicipality] = []
    var institutions: [SynthInstitution] = []
    var adaptedTasks: [SynthTask] = []
    var ownTasks: [SynthTask] = []
    var excludedTasks: [String] = []
    var adaptedHandovers: [SynthHandover] = []
    var ownHandovers: [SynthHandover] = []
    var excludedHandovers: [String] = []
    var offers: [SynthOffer] = []
    var bodies: [SynthBody] = []

    var contactCount: Int {
        institutions.reduce(0) { $0 + $1.contacts.count } + municipalities.filter { $0.contact != nil }.count
    }
}

struct SynthContact {
    var function: String
    var email: String?
    var phone: String?
    var web: String?
    var address: String?
    var languages: [String] = []
    var verified: String?
    var person: (name: String, email: String?, phone: String?)?
    var note: String?
}

struct SynthInstitution {
    enum Group: String {
        case administration, municipality, agency, federalState, chamber, counselling, education
    }

    var id: String
    var name: String
    var short: String?
    var type: String
    var partOf: String?
    var functions: [String] = []
    var carriers: [String] = []
    var address: String?
    var web: String?
    var targetGroups: [String] = []
    var note: String?
    var contacts: [SynthContact] = []
    /// Where it is written: its file tells who contributed it.
    var group: Group
    /// Organisational units without own contacts (a Dezernat).
    var takesContacts = true
    /// The domain of its e-mail addresses.
    var domain: String
}

struct SynthMunicipality {
    var name: String
    var contact: SynthContact?
}

struct SynthTask {
    var id: String
    var title: String?
    var phase: String?
    var targetGroups: [String] = []
    var legalBasis: String?
    var roles: [(key: String, role: String)] = []
    var note: String?
}

struct SynthHandover {
    var id: String
    var from: String?
    var to: String?
    var subject: String?
    var trigger: String?
    var transfers: [String] = []
    var legalBasis: String?
    var note: String?
}

struct SynthOffer {
    var id: String
    var title: String
    var provider: String
    var phase: String?
    var targetGroups: [String] = []
    var access: String?
    var web: String?
    var note: String?
}

struct SynthBody {
    var id: String
    var name: String
    var members: [String]
    var chair: [String]
    var secretariat: String?
    var rhythm: String?
    var web: String?
    var note: String?
}
