/// Builds the model types from schema-checked records. Values with a fixed
/// set of spellings (kinds, roles, dates) are parsed here, at their place.
extension Record {
    func choice<E: RawRepresentable & CaseIterable & Sendable>(
        _ key: String, _: E.Type, log: inout DiagnosticLog
    ) -> Located<E>? where E.RawValue == String {
        guard let text = text(key) else { return nil }
        if let value = E(rawValue: text.value) { return Located(value, at: text.location) }
        let names = E.allCases.map(\.rawValue)
        log.report(
            .invalidValue, "'\(text.value)' is not a valid \(key)", at: text.location,
            suggestion: Suggestion.closest(to: text.value, among: names),
            hint: "use one of: \(names.joined(separator: ", "))")
        return nil
    }

    func day(_ key: String, log: inout DiagnosticLog) -> Located<Day>? {
        guard let text = text(key) else { return nil }
        guard let day = Day(text.value) else {
            log.report(
                .invalidDate, "'\(text.value)' is not a valid date", at: text.location,
                hint: "write dates as YYYY-MM-DD, e.g. 2026-03-01")
            return nil
        }
        return Located(day, at: text.location)
    }
}

extension DistrictInfo {
    init(_ r: Record, log: inout DiagnosticLog) {
        let edition = r.record("edition", log: &log)
        self.init(
            id: r.text("id"), name: r.text("name"), state: r.text("state"),
            kind: r.choice("kind", DistrictKind.self, log: &log),
            jobcenterModel: r.choice("jobcenter_model", JobcenterModel.self, log: &log),
            edition: edition.map {
                Edition(version: $0.text("version"), date: $0.day("date", log: &log), publisher: $0.text("publisher"))
            },
            goals: r.texts("goals", log: &log) ?? [],
            municipalities: r.records("municipalities", log: &log).compactMap { Municipality($0, log: &log) },
            excludeTasks: r.texts("exclude_tasks", log: &log) ?? [],
            excludeInterfaces: r.texts("exclude_interfaces", log: &log) ?? [],
            location: r.location)
    }
}

extension Municipality {
    init?(_ r: Record, log: inout DiagnosticLog) {
        guard let name = r.text("name") else { return nil }
        self.init(name: name, contact: r.record("contact", log: &log).flatMap { Contact($0, log: &log) }, location: r.location)
    }
}

extension Institution {
    init?(_ r: Record, log: inout DiagnosticLog) {
        guard let id = r.text("id") else { return nil }
        self.init(
            id: id, name: r.text("name") ?? Text(id.value, at: r.location), short: r.text("short"),
            type: r.choice("type", InstitutionType.self, log: &log), partOf: r.text("part_of"),
            functions: r.texts("functions", log: &log) ?? [], carriers: r.texts("carriers", log: &log) ?? [],
            address: r.text("address"), web: r.text("web"),
            targetGroups: r.texts("target_groups", log: &log) ?? [], note: r.text("note"),
            contacts: r.records("contacts", log: &log).compactMap { Contact($0, log: &log) },
            location: r.location)
    }
}

extension Contact {
    init?(_ r: Record, log: inout DiagnosticLog) {
        guard let function = r.text("function") else { return nil }
        self.init(
            function: function, email: r.text("email"), phone: r.text("phone"), web: r.text("web"),
            address: r.text("address"), languages: r.texts("languages", log: &log) ?? [],
            verified: r.day("verified", log: &log),
            person: r.record("person", log: &log).map {
                Person(name: $0.text("name"), email: $0.text("email"), phone: $0.text("phone"),
                       address: $0.text("address"), location: $0.location)
            },
            note: r.text("note"), location: r.location)
    }
}

extension TaskDefinition {
    init?(_ r: Record, log: inout DiagnosticLog) {
        guard let id = r.text("id") else { return nil }
        var roles: [RoleAssignment]?
        if r.has("roles") {
            roles = r.pairs("roles", log: &log).compactMap { key, value in
                guard let role = Role(rawValue: value.value) else {
                    let names = Role.allCases.map(\.rawValue)
                    log.report(
                        .invalidValue, "'\(value.value)' is not a role", at: value.location,
                        suggestion: Suggestion.closest(to: value.value, among: names),
                        hint: "use one of: lead (federführend), involved (mitwirkend), advises (berät), informed (wird informiert)")
                    return nil
                }
                return RoleAssignment(key: key, role: Located(role, at: value.location))
            }
        }
        self.init(
            id: id, title: r.text("title"), phase: r.text("phase"),
            targetGroups: r.texts("target_groups", log: &log), legalBasis: r.text("legal_basis"),
            roles: roles, note: r.text("note"), location: r.location)
    }
}

extension HandoverDefinition {
    init?(_ r: Record, log: inout DiagnosticLog) {
        guard let id = r.text("id") else { return nil }
        self.init(
            id: id, from: r.text("from"), to: r.text("to"), subject: r.text("subject"), trigger: r.text("trigger"),
            transfers: r.texts("transfers", log: &log), legalBasis: r.text("legal_basis"), note: r.text("note"),
            location: r.location)
    }
}

extension Offer {
    init?(_ r: Record, log: inout DiagnosticLog) {
        guard let id = r.text("id") else { return nil }
        self.init(
            id: id, title: r.text("title") ?? Text(id.value, at: r.location), provider: r.text("provider"),
            phase: r.text("phase"), targetGroups: r.texts("target_groups", log: &log) ?? [],
            access: r.text("access"), web: r.text("web"), note: r.text("note"), location: r.location)
    }
}

extension Body {
    init?(_ r: Record, log: inout DiagnosticLog) {
        guard let id = r.text("id") else { return nil }
        self.init(
            id: id, name: r.text("name") ?? Text(id.value, at: r.location),
            members: r.texts("members", log: &log) ?? [], chair: r.texts("chair", log: &log) ?? [],
            secretariat: r.text("secretariat"), rhythm: r.text("rhythm"), web: r.text("web"), note: r.text("note"),
            location: r.location)
    }
}

extension VocabularyEntry {
    init?(_ r: Record) {
        guard let id = r.text("id") else { return nil }
        self.init(id: id, label: r.text("label") ?? id, location: r.location)
    }
}

extension GlossaryEntry {
    init?(_ r: Record) {
        guard let term = r.text("term"), let definition = r.text("definition") else { return nil }
        self.init(term: term, definition: definition, location: r.location)
    }
}
