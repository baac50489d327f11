/// Values that still hold the marker `wegweiser init` writes where the
/// district must fill something in: each is a warning at its place, so the
/// starter district validates and the warnings list what is left to do.
enum PlaceholderRules {
    /// The marker in the starter files: upper case, so that no real name contains it by chance.
    static let marker = "TODO"
    private static let markerBytes = Array(marker.utf8)

    static func check(_ definition: DistrictDefinition, log: inout DiagnosticLog) {
        // Most texts hold no marker: how a message names a text is worded only for those that do.
        forEachText(of: definition) { text, what in
            guard let text, holdsMarker(text.value) else { return }
            log.report(
                .placeholder, "\(what()) still holds the placeholder \(marker): '\(text.value)'", at: text.location,
                hint: "replace \(marker) with the real value")
        }
    }

    /// Whether the text contains the marker. No text without the marker's
    /// bytes can contain it, so the byte search answers most texts; the text
    /// search decides the rest as it always has.
    static func holdsMarker(_ value: String) -> Bool {
        let hasBytes = value.utf8.withContiguousStorageIfAvailable { ByteSearch.firstIndex(of: markerBytes, in: $0) != nil }
        return hasBytes != false && value.contains(marker)
    }

    /// Calls `visit` with every text a user writes in a district, in order,
    /// and how messages name it.
    static func forEachText(of definition: DistrictDefinition, _ visit: (Text?, () -> String) -> Void) {
        if let info = definition.info {
            visit(info.name) { "the district name" }
            visit(info.state) { "the state" }
            visit(info.edition?.version) { "the version" }
            visit(info.edition?.publisher) { "the publisher" }
            for goal in info.goals { visit(goal) { "a goal" } }
            for municipality in info.municipalities {
                visit(municipality.name) { "the name of a municipality" }
                if let contact = municipality.contact {
                    forEachText(of: contact, owner: ("municipality", municipality.name.value), visit)
                }
            }
        }
        for institution in definition.institutions {
            func owner() -> String { "institution '\(institution.id.value)'" }
            visit(institution.name) { "the name of \(owner())" }
            visit(institution.short) { "the short name of \(owner())" }
            visit(institution.address) { "the address of \(owner())" }
            visit(institution.web) { "the web address of \(owner())" }
            visit(institution.note) { "the note of \(owner())" }
            for contact in institution.contacts { forEachText(of: contact, owner: ("institution", institution.id.value), visit) }
        }
        for task in definition.responsibilities {
            func owner() -> String { "task '\(task.id.value)'" }
            visit(task.title) { "the title of \(owner())" }
            visit(task.legalBasis) { "the legal basis of \(owner())" }
            visit(task.note) { "the note of \(owner())" }
        }
        for handover in definition.interfaces {
            func owner() -> String { "handover '\(handover.id.value)'" }
            visit(handover.subject) { "the subject of \(owner())" }
            visit(handover.trigger) { "the trigger of \(owner())" }
            visit(handover.note) { "the note of \(owner())" }
            for transfer in handover.transfers ?? [] { visit(transfer) { "what \(owner()) transfers" } }
            visit(handover.legalBasis) { "the legal basis of \(owner())" }
        }
        for offer in definition.offers {
            func owner() -> String { "offer '\(offer.id.value)'" }
            visit(offer.title) { "the title of \(owner())" }
            visit(offer.access) { "the access to \(owner())" }
            visit(offer.web) { "the web address of \(owner())" }
            visit(offer.note) { "the note of \(owner())" }
        }
        for body in definition.bodies {
            func owner() -> String { "committee '\(body.id.value)'" }
            visit(body.name) { "the name of \(owner())" }
            visit(body.rhythm) { "the rhythm of \(owner())" }
            visit(body.web) { "the web address of \(owner())" }
            visit(body.note) { "the note of \(owner())" }
        }
    }

    /// `owner`: what holds the contact and its name or id, worded only when a message needs it.
    private static func forEachText(of contact: Contact, owner: (kind: String, id: String), _ visit: (Text?, () -> String) -> Void) {
        func ownerName() -> String { "\(owner.kind) '\(owner.id)'" }
        func name() -> String { "the contact '\(contact.function.value)' of \(ownerName())" }
        visit(contact.function) { "the function of a contact of \(ownerName())" }
        visit(contact.email) { "the e-mail of \(name())" }
        visit(contact.phone) { "the phone number of \(name())" }
        visit(contact.web) { "the web address of \(name())" }
        visit(contact.address) { "the address of \(name())" }
        visit(contact.note) { "the note of \(name())" }
        if let person = contact.person {
            visit(person.name) { "the person of \(name())" }
            visit(person.email) { "the person's e-mail of \(name())" }
            visit(person.phone) { "the person's phone number of \(name())" }
            visit(person.address) { "the person's address of \(name())" }
        }
    }
}
