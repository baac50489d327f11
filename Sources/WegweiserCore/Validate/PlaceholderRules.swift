/// Values that still hold the marker `wegweiser init` writes where the
/// district must fill something in: each is a warning at its place, so the
/// starter district validates and the warnings list what is left to do.
enum PlaceholderRules {
    /// The marker in the starter files: upper case, so that no real name contains it by chance.
    static let marker = "TODO"

    static func check(_ definition: DistrictDefinition, log: inout DiagnosticLog) {
        for (text, what) in texts(of: definition) where text.value.contains(marker) {
            log.report(
                .placeholder, "\(what) still holds the placeholder \(marker): '\(text.value)'", at: text.location,
                hint: "replace \(marker) with the real value")
        }
    }

    /// Every text a user writes in a district, with how messages name it.
    static func texts(of definition: DistrictDefinition) -> [(Text, String)] {
        var result: [(Text?, String)] = []
        if let info = definition.info {
            result += [(info.name, "the district name"), (info.state, "the state")]
            result += [(info.edition?.version, "the version"), (info.edition?.publisher, "the publisher")]
            result += info.goals.map { ($0, "a goal") }
            for municipality in info.municipalities {
                result.append((municipality.name, "the name of a municipality"))
                if let contact = municipality.contact {
                    result += texts(of: contact, owner: "municipality '\(municipality.name.value)'")
                }
            }
        }
        for institution in definition.institutions {
            let owner = "institution '\(institution.id.value)'"
            result += [
                (institution.name, "the name of \(owner)"), (institution.short, "the short name of \(owner)"),
                (institution.address, "the address of \(owner)"), (institution.web, "the web address of \(owner)"),
                (institution.note, "the note of \(owner)"),
            ]
            for contact in institution.contacts { result += texts(of: contact, owner: owner) }
        }
        for task in definition.responsibilities {
            let owner = "task '\(task.id.value)'"
            result += [(task.title, "the title of \(owner)"), (task.legalBasis, "the legal basis of \(owner)"), (task.note, "the note of \(owner)")]
        }
        for handover in definition.interfaces {
            let owner = "handover '\(handover.id.value)'"
            result += [(handover.subject, "the subject of \(owner)"), (handover.trigger, "the trigger of \(owner)"), (handover.note, "the note of \(owner)")]
            result += (handover.transfers ?? []).map { ($0, "what \(owner) transfers") }
        }
        for offer in definition.offers {
            let owner = "offer '\(offer.id.value)'"
            result += [(offer.title, "the title of \(owner)"), (offer.access, "the access to \(owner)"), (offer.web, "the web address of \(owner)"), (offer.note, "the note of \(owner)")]
        }
        for body in definition.bodies {
            let owner = "committee '\(body.id.value)'"
            result += [(body.name, "the name of \(owner)"), (body.rhythm, "the rhythm of \(owner)"), (body.web, "the web address of \(owner)"), (body.note, "the note of \(owner)")]
        }
        return result.compactMap { text, what in text.map { ($0, what) } }
    }

    private static func texts(of contact: Contact, owner: String) -> [(Text?, String)] {
        let name = "the contact '\(contact.function.value)' of \(owner)"
        var result: [(Text?, String)] = [
            (contact.function, "the function of a contact of \(owner)"), (contact.email, "the e-mail of \(name)"),
            (contact.phone, "the phone number of \(name)"), (contact.web, "the web address of \(name)"),
            (contact.address, "the address of \(name)"), (contact.note, "the note of \(name)"),
        ]
        if let person = contact.person {
            result += [(person.name, "the person of \(name)"), (person.email, "the person's e-mail of \(name)"),
                       (person.phone, "the person's phone number of \(name)"), (person.address, "the person's address of \(name)")]
        }
        return result
    }
}
