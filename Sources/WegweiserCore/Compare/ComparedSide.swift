/// One side of a comparison: a resolved district with the labels it shows,
/// and the renames that carry its institution and task ids over to the
/// other side, so that a renamed institution does not also show up as a
/// change in every cell, offer and committee that names it.
struct ComparedSide {
    let district: ResolvedDistrict
    let edition: Paper.Edition
    /// Old institution id → new id; empty on the new side.
    var institutionRenames: [String: String] = [:]
    private let names: [String: String]
    private let phaseLabels: [String: String]
    private let groupLabels: [String: String]
    private let functionLabels: [String: String]

    init(_ district: ResolvedDistrict, edition: Paper.Edition) {
        self.district = district
        self.edition = edition
        func labels(_ entries: [VocabularyEntry]) -> [String: String] {
            Dictionary(entries.map { ($0.id.value, $0.label.value) }, uniquingKeysWith: { first, _ in first })
        }
        names = Dictionary(district.institutions.map { ($0.id.value, $0.name.value) }, uniquingKeysWith: { first, _ in first })
        phaseLabels = labels(district.phases)
        groupLabels = labels(district.targetGroups)
        functionLabels = labels(district.functions)
    }

    /// An institution id as the other side knows it.
    func mapped(_ id: String) -> String { institutionRenames[id] ?? id }

    func institutionName(_ id: String) -> String { names[id] ?? id }

    // MARK: Fields shared by several sections

    func institutions(_ key: String, _ label: String, _ ids: [String]) -> Snapshot.Field {
        .init(key: key, label: label, value: .set(ids.map { Snapshot.Item(key: mapped($0), label: institutionName($0)) }))
    }

    func institution(_ key: String, _ label: String, _ id: String?) -> Snapshot.Field {
        .init(key: key, label: label, value: .single(id.map { Snapshot.Item(key: mapped($0), label: institutionName($0)) }))
    }

    func phase(_ id: String?) -> Snapshot.Field {
        .reference("phase", "Phase", id) { phaseLabels[$0] ?? $0 }
    }

    func targetGroups(_ ids: [String]) -> Snapshot.Field {
        .references("target_groups", "Zielgruppen", ids) { groupLabels[$0] ?? $0 }
    }

    func functions(_ key: String, _ label: String, _ ids: [String]) -> Snapshot.Field {
        .references(key, label, ids) { functionLabels[$0] ?? $0 }
    }

    func functionLabel(_ id: String) -> String { functionLabels[id] ?? id }

    /// The fields of a contact; the `person` block only in the internal edition.
    func contactFields(_ contact: Contact, prefix: String = "", labelPrefix: String = "") -> [Snapshot.Field] {
        var fields: [Snapshot.Field] = [
            .text(prefix + "email", labelPrefix + "E-Mail", contact.email?.value),
            .text(prefix + "phone", labelPrefix + "Telefon", contact.phone?.value),
            .text(prefix + "web", labelPrefix + "Website", contact.web?.value),
            .text(prefix + "address", labelPrefix + "Anschrift", contact.address?.value),
            .references(prefix + "languages", labelPrefix + "Sprachen", contact.languages.map { $0.value.lowercased() }) {
                GermanText.languageNames[$0] ?? $0
            },
            .reference(prefix + "verified", labelPrefix + "geprüft am", contact.verified?.value.description) {
                Day($0)?.german ?? $0
            },
            .text(prefix + "note", labelPrefix + "Hinweis", contact.note?.value),
        ]
        if edition == .internal {
            let person = contact.person
            fields += [
                .text(prefix + "person.name", labelPrefix + "Person: Name", person?.name?.value),
                .text(prefix + "person.email", labelPrefix + "Person: E-Mail", person?.email?.value),
                .text(prefix + "person.phone", labelPrefix + "Person: Telefon", person?.phone?.value),
                .text(prefix + "person.address", labelPrefix + "Person: Anschrift", person?.address?.value),
            ]
        }
        return fields
    }
}
