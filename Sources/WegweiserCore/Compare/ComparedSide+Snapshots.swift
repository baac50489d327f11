/// The snapshots of each section of one side, built the same way on both sides.
extension ComparedSide {
    func districtSnapshot() -> Snapshot {
        Snapshot(id: district.id, title: district.name, fields: [
            .text("id", "Kennung", district.id),
            .text("name", "Name", district.name),
            .text("state", "Land", district.state),
            .reference("kind", "Art", district.kind.rawValue) { $0 == "landkreis" ? "Landkreis" : "Kreisfreie Stadt" },
            .reference("jobcenter_model", "Jobcenter", district.jobcenterModel.rawValue) {
                $0 == "ge" ? "gemeinsame Einrichtung (§ 44b SGB II)" : "zugelassener kommunaler Träger (§ 6a SGB II)"
            },
            .text("edition.version", "Version", district.edition?.version?.value),
            .reference("edition.date", "Stand", district.edition?.date?.value.description) { Day($0)?.german ?? $0 },
            .text("edition.publisher", "Herausgeber", district.edition?.publisher?.value),
            .texts("goals", "Ziele", district.goals),
        ])
    }

    func municipalitySnapshots() -> [Snapshot] {
        district.municipalities.map { municipality in
            let contact = municipality.contact
            return Snapshot(
                id: municipality.name.value, title: municipality.name.value,
                fields: [.text("contact.function", "Kontakt", contact?.function.value)]
                    + contactFields(contact ?? .empty, prefix: "contact.", labelPrefix: "Kontakt: "))
        }
    }

    func institutionSnapshots() -> [Snapshot] {
        district.institutions.map { institution in
            Snapshot(
                id: institution.id.value, title: institution.name.value,
                fields: [
                    .text("name", "Name", institution.name.value),
                    .text("short", "Kurzbezeichnung", institution.short?.value),
                    .reference("type", "Art", institution.type?.value.rawValue) {
                        InstitutionType(rawValue: $0).map(GermanText.kindLabel) ?? $0
                    },
                    self.institution("part_of", "Teil von", institution.partOf?.value),
                    functions("functions", "Funktionen", institution.functions.map(\.value)),
                    institutions("carriers", "Träger", institution.carriers.map(\.value)),
                    .text("address", "Anschrift", institution.address?.value),
                    .text("web", "Website", institution.web?.value),
                    targetGroups(institution.targetGroups.map(\.value)),
                    .text("note", "Hinweis", institution.note?.value),
                ],
                hidden: contactSnapshots(of: institution).map { "\($0.id)\u{0}\($0.content)" }.sorted())
        }
    }

    /// Contacts are matched within their institution by function; a second
    /// contact with the same function is told apart by its place ("#2").
    func contactSnapshots(of institution: Institution) -> [Snapshot] {
        var seen: [String: Int] = [:]
        return institution.contacts.map { contact in
            let function = contact.function.value
            seen[function, default: 0] += 1
            let id = seen[function]! == 1 ? function : "\(function) #\(seen[function]!)"
            return Snapshot(
                id: id, title: "\(institution.name.value) – \(function)", institution: mapped(institution.id.value),
                fields: contactFields(contact))
        }
    }

    func taskSnapshots() -> [Snapshot] {
        district.tasks.map { task in
            Snapshot(id: task.id, title: task.title, fields: [
                .text("title", "Titel", task.title),
                phase(task.phase),
                targetGroups(task.targetGroups),
                .text("legal_basis", "Rechtsgrundlage", task.legalBasis),
                .text("note", "Hinweis", task.note),
                .reference("gap", "Lücke", task.gap) { GermanText.noInstitution(for: functionLabel($0)) },
            ], hidden: task.roles.map { "\(mapped($0.key))=\($0.value.rawValue)" }.sorted())
        }
    }

    func handoverSnapshots() -> [Snapshot] {
        district.handovers.map { handover in
            Snapshot(id: handover.id, title: handover.subject, fields: [
                .text("subject", "Gegenstand", handover.subject),
                end("from", "Absender", handover.from),
                end("to", "Empfänger", handover.to),
                .text("trigger", "Anlass", handover.trigger),
                .texts("transfers", "Übergeben wird", handover.transfers),
                .text("legal_basis", "Rechtsgrundlage", handover.legalBasis),
                .text("note", "Hinweis", handover.note),
            ])
        }
    }

    /// The institutions at one end, as the paper shows them; an end no
    /// institution holds is a gap.
    private func end(_ key: String, _ label: String, _ end: HandoverEnd) -> Snapshot.Field {
        if end.institutions.isEmpty {
            return .init(key: key, label: label, value: .set([
                Snapshot.Item(key: "gap:" + end.key, label: GermanText.noInstitution(for: functionLabel(end.key))),
            ]))
        }
        return institutions(key, label, end.institutions)
    }

    func offerSnapshots() -> [Snapshot] {
        district.offers.map { resolved in
            let offer = resolved.offer
            return Snapshot(id: offer.id.value, title: offer.title.value, fields: [
                .text("title", "Titel", offer.title.value),
                institutions("provider", "Anbieter", resolved.providers),
                phase(offer.phase?.value),
                targetGroups(offer.targetGroups.map(\.value)),
                .text("access", "Zugang", offer.access?.value),
                .text("web", "Website", offer.web?.value),
                .text("note", "Hinweis", offer.note?.value),
            ])
        }
    }

    func bodySnapshots() -> [Snapshot] {
        district.bodies.map { resolved in
            let body = resolved.body
            return Snapshot(id: body.id.value, title: body.name.value, fields: [
                .text("name", "Name", body.name.value),
                institutions("members", "Mitglieder", resolved.members),
                institutions("chair", "Vorsitz", resolved.chair),
                institutions("secretariat", "Geschäftsführung", resolved.secretariat),
                .text("rhythm", "Turnus", body.rhythm?.value),
                .text("web", "Website", body.web?.value),
                .text("note", "Hinweis", body.note?.value),
            ])
        }
    }
}

extension Contact {
    /// A municipality without a contact compares as one with every field empty.
    static let empty = Contact(function: Text("", at: .start(of: "")), location: .start(of: ""))
}
