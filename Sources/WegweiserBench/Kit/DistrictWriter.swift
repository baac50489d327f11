/// Turns a synthetic district into files, split as the sample districts are:
/// one file per contributor (the administration, the Gemeinden, the partners),
/// the district's own tasks by phase, handovers, offers and committees.
enum DistrictWriter {
    /// At most this many entries in one file; more go to `name-2.yaml`, …
    static let entriesPerFile = 150

    static func files(_ district: SynthDistrict, catalog: CatalogSummary) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        files.append(("district.yaml", districtFile(district)))

        let adminFile = district.setup.kind == .landkreis ? "landratsamt" : "stadtverwaltung"
        let groups: [(SynthInstitution.Group, String, String)] = [
            (.administration, adminFile, "Zuarbeit der Verwaltung \(district.name)"),
            (.municipality, "gemeinden", "Städte und Gemeinden als Meldebehörden"),
            (.agency, "partner/agentur-jobcenter", "Zuarbeit von Agentur für Arbeit und Jobcenter"),
            (.federalState, "partner/land-bund", "Behörden von Land und Bund"),
            (.chamber, "partner/kammern", "Kammern"),
            (.counselling, "partner/beratung", "Beratungsdienste, Verbände und Netzwerke"),
            (.education, "partner/bildung", "Bildungsträger"),
        ]
        for (group, name, comment) in groups {
            let members = district.institutions.filter { $0.group == group }
            for (index, chunk) in chunks(members).enumerated() {
                var yaml = YAMLText(comment: comment)
                yaml.line(0, "institutions:")
                for (position, institution) in chunk.enumerated() {
                    if position > 0 { yaml.blank() }
                    write(institution, to: &yaml)
                }
                files.append((fileName(name, index), yaml.text))
            }
        }

        if !district.adaptedTasks.isEmpty || !district.adaptedHandovers.isEmpty {
            var yaml = YAMLText(comment: "Anpassungen des Standardkatalogs an die Verhältnisse vor Ort")
            if !district.adaptedTasks.isEmpty {
                yaml.line(0, "responsibilities:")
                for task in district.adaptedTasks { write(task, to: &yaml) }
            }
            if !district.adaptedHandovers.isEmpty {
                if !district.adaptedTasks.isEmpty { yaml.blank() }
                yaml.line(0, "interfaces:")
                for handover in district.adaptedHandovers { write(handover, to: &yaml) }
            }
            files.append(("responsibilities.yaml", yaml.text))
        }
        for phase in catalog.phases {
            let tasks = district.ownTasks.filter { $0.phase == phase }
            for (index, chunk) in chunks(tasks).enumerated() {
                var yaml = YAMLText(comment: "Eigene Aufgaben des Bezirks in der Phase '\(phase)'")
                yaml.line(0, "responsibilities:")
                for (position, task) in chunk.enumerated() {
                    if position > 0 { yaml.blank() }
                    write(task, to: &yaml)
                }
                files.append((fileName("aufgaben/\(phase)", index), yaml.text))
            }
        }
        for (index, chunk) in chunks(district.ownHandovers).enumerated() {
            var yaml = YAMLText(comment: "Schnittstellen zwischen den Institutionen vor Ort")
            yaml.line(0, "interfaces:")
            for (position, handover) in chunk.enumerated() {
                if position > 0 { yaml.blank() }
                write(handover, to: &yaml)
            }
            files.append((fileName("schnittstellen", index), yaml.text))
        }
        if !district.offers.isEmpty {
            var yaml = YAMLText(comment: "Angebotsübersicht")
            yaml.line(0, "offers:")
            for (position, offer) in district.offers.enumerated() {
                if position > 0 { yaml.blank() }
                write(offer, to: &yaml)
            }
            files.append(("angebote.yaml", yaml.text))
        }
        if !district.bodies.isEmpty {
            var yaml = YAMLText(comment: "Gremien und Netzwerke")
            yaml.line(0, "bodies:")
            for (position, body) in district.bodies.enumerated() {
                if position > 0 { yaml.blank() }
                write(body, to: &yaml)
            }
            files.append(("gremien.yaml", yaml.text))
        }
        return files.sorted { Array($0.path.utf8).lexicographicallyPrecedes($1.path.utf8) }
    }

    private static func chunks<T>(_ items: [T]) -> [ArraySlice<T>] {
        stride(from: 0, to: items.count, by: entriesPerFile).map { items[$0..<min($0 + entriesPerFile, items.count)] }
    }

    private static func fileName(_ base: String, _ index: Int) -> String {
        index == 0 ? base + ".yaml" : "\(base)-\(index + 1).yaml"
    }

    // MARK: - Entries

    static func districtFile(_ district: SynthDistrict) -> String {
        var yaml = YAMLText()
        yaml.line(0, "district:")
        yaml.raw(2, "id", district.id)
        yaml.field(2, "name", district.name)
        yaml.field(2, "state", district.state)
        yaml.raw(2, "kind", district.setup.kind.rawValue)
        yaml.raw(2, "jobcenter_model", district.setup.jobcenter.rawValue)
        yaml.line(2, "edition:")
        yaml.raw(4, "version", YAMLText.quoted(district.version))
        yaml.raw(4, "date", "2026-03-01")
        yaml.field(4, "publisher", district.publisher)
        yaml.texts(2, "goals", district.goals)
        if !district.municipalities.isEmpty {
            yaml.line(2, "municipalities:")
            for municipality in district.municipalities {
                yaml.line(4, "- name: \(YAMLText.scalar(municipality.name))")
                if let contact = municipality.contact {
                    yaml.line(6, "contact:")
                    writeContactFields(contact, indent: 8, to: &yaml)
                }
            }
        }
        yaml.line(2, "exclude_tasks: [\(district.excludedTasks.joined(separator: ", "))]")
        yaml.line(2, "exclude_interfaces: [\(district.excludedHandovers.joined(separator: ", "))]")
        return yaml.text
    }

    static func write(_ institution: SynthInstitution, to yaml: inout YAMLText) {
        yaml.raw(2, "- id", institution.id)
        yaml.field(4, "name", institution.name)
        yaml.field(4, "short", institution.short)
        yaml.raw(4, "type", institution.type)
        yaml.raw(4, "part_of", institution.partOf)
        yaml.ids(4, "functions", institution.functions)
        yaml.ids(4, "carriers", institution.carriers)
        yaml.field(4, "address", institution.address)
        yaml.field(4, "web", institution.web)
        yaml.ids(4, "target_groups", institution.targetGroups)
        yaml.field(4, "note", institution.note)
        guard !institution.contacts.isEmpty else { return }
        yaml.line(4, "contacts:")
        for contact in institution.contacts {
            yaml.line(6, "- function: \(YAMLText.scalar(contact.function))")
            writeContactFields(contact, indent: 8, to: &yaml, skipFunction: true)
        }
    }

    static func writeContactFields(_ contact: SynthContact, indent: Int, to yaml: inout YAMLText, skipFunction: Bool = false) {
        if !skipFunction { yaml.field(indent, "function", contact.function) }
        yaml.field(indent, "email", contact.email)
        yaml.raw(indent, "phone", contact.phone.map(YAMLText.quoted))
        yaml.field(indent, "web", contact.web)
        yaml.field(indent, "address", contact.address)
        yaml.ids(indent, "languages", contact.languages)
        yaml.raw(indent, "verified", contact.verified)
        if let person = contact.person {
            yaml.line(indent, "person:")
            yaml.field(indent + 2, "name", person.name)
            yaml.field(indent + 2, "email", person.email)
            yaml.raw(indent + 2, "phone", person.phone.map(YAMLText.quoted))
        }
        yaml.field(indent, "note", contact.note)
    }

    static func write(_ task: SynthTask, to yaml: inout YAMLText) {
        yaml.raw(2, "- id", task.id)
        yaml.field(4, "title", task.title)
        yaml.raw(4, "phase", task.phase)
        yaml.ids(4, "target_groups", task.targetGroups)
        yaml.field(4, "legal_basis", task.legalBasis)
        if !task.roles.isEmpty {
            yaml.line(4, "roles:")
            for (key, role) in task.roles { yaml.raw(6, key, role) }
        }
        yaml.field(4, "note", task.note)
    }

    static func write(_ handover: SynthHandover, to yaml: inout YAMLText) {
        yaml.raw(2, "- id", handover.id)
        yaml.raw(4, "from", handover.from)
        yaml.raw(4, "to", handover.to)
        yaml.field(4, "subject", handover.subject)
        yaml.field(4, "trigger", handover.trigger)
        yaml.texts(4, "transfers", handover.transfers)
        yaml.field(4, "legal_basis", handover.legalBasis)
        yaml.field(4, "note", handover.note)
    }

    static func write(_ offer: SynthOffer, to yaml: inout YAMLText) {
        yaml.raw(2, "- id", offer.id)
        yaml.field(4, "title", offer.title)
        yaml.raw(4, "provider", offer.provider)
        yaml.raw(4, "phase", offer.phase)
        yaml.ids(4, "target_groups", offer.targetGroups)
        yaml.field(4, "access", offer.access)
        yaml.field(4, "web", offer.web)
        yaml.field(4, "note", offer.note)
    }

    static func write(_ body: SynthBody, to yaml: inout YAMLText) {
        yaml.raw(2, "- id", body.id)
        yaml.field(4, "name", body.name)
        if body.members.count > 6 {
            yaml.line(4, "members:")
            for member in body.members { yaml.line(6, "- \(member)") }
        } else {
            yaml.ids(4, "members", body.members)
        }
        yaml.ids(4, "chair", body.chair)
        yaml.raw(4, "secretariat", body.secretariat)
        yaml.field(4, "rhythm", body.rhythm)
        yaml.field(4, "web", body.web)
        yaml.field(4, "note", body.note)
    }
}
