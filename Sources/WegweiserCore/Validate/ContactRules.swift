/// Contacts must be reachable through a functional channel, written in a
/// valid form, and checked within the last 24 months.
struct ContactRules {
    let editionDate: Day?

    func checkAll(_ definition: DistrictDefinition, log: inout DiagnosticLog) {
        for institution in definition.institutions {
            checkWeb(institution.web, log: &log)
            var first: [String: SourceLocation] = [:]
            for contact in institution.contacts {
                check(contact, owner: institution.name.value, log: &log)
                if let previous = first[contact.function.value] {
                    log.report(
                        .duplicateId, "'\(institution.id.value)' has two contacts with the function '\(contact.function.value)'",
                        at: contact.function.location, hint: "contacts are matched by their function; name them apart",
                        notes: [.init("first used here", at: previous)])
                } else {
                    first[contact.function.value] = contact.function.location
                }
            }
        }
        for municipality in definition.info?.municipalities ?? [] {
            if let contact = municipality.contact { check(contact, owner: municipality.name.value, log: &log) }
        }
        for offer in definition.offers { checkWeb(offer.web, log: &log) }
        for body in definition.bodies { checkWeb(body.web, log: &log) }
    }

    func check(_ contact: Contact, owner: String, log: inout DiagnosticLog) {
        if !contact.isReachable {
            log.report(
                .unreachableContact, "the contact '\(contact.function.value)' of \(owner) has no e-mail, phone or web address",
                at: contact.location,
                hint: "add a functional 'email', 'phone' or 'web'; the person block is left out of the public edition")
        }
        checkEmail(contact.email, log: &log)
        checkPhone(contact.phone, log: &log)
        checkWeb(contact.web, log: &log)
        if let person = contact.person {
            checkEmail(person.email, log: &log)
            checkPhone(person.phone, log: &log)
        }
        if let verified = contact.verified, let editionDate, Self.isStale(verified: verified.value, editionDate: editionDate) {
            log.report(
                .staleContact,
                "the contact '\(contact.function.value)' of \(owner) was last verified on \(verified.value), more than 24 months before the edition date \(editionDate)",
                at: verified.location, hint: "check the contact and update 'verified'")
        }
    }

    /// Whether a contact last checked on `verified` is stale for an edition
    /// dated `editionDate`: checked more than 24 months before it. The
    /// coverage figures use the same test.
    static func isStale(verified: Day, editionDate: Day) -> Bool {
        verified < staleBefore(editionDate: editionDate)
    }

    /// The earliest check date that is not stale: 24 months before the edition date.
    static func staleBefore(editionDate: Day) -> Day {
        editionDate.months(before: 24)
    }

    func checkEmail(_ email: Text?, log: inout DiagnosticLog) {
        guard let email, let problem = Formats.emailProblem(email.value) else { return }
        log.report(.invalidEmail, "'\(email.value)' is not a valid e-mail address: \(problem)", at: email.location)
    }

    func checkPhone(_ phone: Text?, log: inout DiagnosticLog) {
        guard let phone, let problem = Formats.phoneProblem(phone.value) else { return }
        log.report(
            .invalidPhone, "'\(phone.value)' is not a valid phone number: \(problem)", at: phone.location,
            hint: "write it like \"+49 341 123-4567\", in quotes")
    }

    func checkWeb(_ web: Text?, log: inout DiagnosticLog) {
        guard let web, let problem = Formats.urlProblem(web.value) else { return }
        log.report(.invalidURL, "'\(web.value)' is not a valid web address: \(problem)", at: web.location)
    }
}
