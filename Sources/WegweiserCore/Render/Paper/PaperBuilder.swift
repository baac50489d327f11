/// Composes the paper's content from a resolved district, for one edition.
public struct PaperBuilder: Sendable {
    let district: ResolvedDistrict
    let edition: Paper.Edition
    /// The definition digest for the provenance line; nil: computed from the
    /// district alongside the content.
    let digest: String?
    let organisation: Organisation
    let phaseLabels: [String: String]
    let groupLabels: [String: String]
    let functionLabels: [String: String]
    /// With `--since`: the marks and the changes section.
    let revisions: PaperRevisions?

    /// - Parameters:
    ///   - digest: `DefinitionDigest.compute(district)` if already at hand;
    ///     nil (the default) computes it while the paper is built.
    ///   - changes: a comparison of an earlier version with this one
    ///     (`generate --since`); nil for the paper without changes.
    public init(district: ResolvedDistrict, edition: Paper.Edition, digest: String? = nil, changes: DistrictChanges? = nil) {
        self.district = district
        self.edition = edition
        self.digest = digest
        revisions = changes.map { PaperRevisions($0, edition: edition) }
        organisation = Organisation(district)
        func labels(_ entries: [VocabularyEntry]) -> [String: String] {
            Dictionary(entries.map { ($0.id.value, $0.label.value) }, uniquingKeysWith: { first, _ in first })
        }
        phaseLabels = labels(district.phases)
        groupLabels = labels(district.targetGroups)
        functionLabels = labels(district.functions)
    }

    public func build() -> Paper {
        // The parts are independent of each other: two halves at once, so a
        // large district gets both cores.
        let (first, second) = atOnce({
            (digest: digest ?? DefinitionDigest.compute(district), matrix: matrix(), handovers: handovers(), offers: offers(), bodies: bodies(),
             introduction: Introduction(district: district, organisation: organisation).paragraphs())
        }, {
            (institutions: institutions(), directory: directory(), coverage: coverageSection(),
             municipalities: district.kind == .landkreis
                ? district.municipalities.map { Paper.MunicipalityEntry(name: $0.name.value, contact: $0.contact.map(contactEntry)) }
                : nil)
        })
        var paper = Paper(
            meta: meta(digest: first.digest), introduction: first.introduction,
            goals: district.goals,
            schaubild: .init(
                caption: "Schaubild – \(district.name)",
                description: "Das Schaubild zeigt die beteiligten Stellen, gerahmt nach ihrer Organisation, und die Übergaben zwischen ihnen als Pfeile. Die Nummern an den Pfeilen (S1, S2 …) verweisen auf die Schnittstellen in Abschnitt 6; Schritte innerhalb einer einzigen Stelle sind nicht als Pfeil gezeichnet."),
            matrix: first.matrix, handovers: first.handovers, institutions: second.institutions, offers: first.offers,
            bodies: first.bodies, municipalities: second.municipalities, directory: second.directory,
            coverage: second.coverage, changes: revisions?.section(), glossary: [])
        paper.glossary = glossary(for: paper)
        return paper
    }

    private func meta(digest: String) -> Paper.Meta {
        let name = district.name
        return Paper.Meta(
            districtID: district.id, districtName: name, title: "Schnittstellenpapier",
            subtitle: "Integrationswegweiser \(name)", edition: edition,
            editionLabel: edition == .internal ? "Interne Ausgabe – zur autorisierten Weitergabe" : "Öffentliche Ausgabe",
            version: district.edition?.version?.value, date: district.edition?.date?.value.german,
            isoDate: district.edition?.date?.value.description, publisher: district.edition?.publisher?.value,
            setup: GermanText.setup(kind: district.kind, model: district.jobcenterModel),
            provenance: "Erzeugt mit wegweiser \(WegweiserVersion.current) aus der Definition sha256:\(digest)",
            digest: digest)
    }

    private func labels(_ ids: [String], in table: [String: String]) -> [String] {
        ids.map { table[$0] ?? $0 }
    }

    private func matrix() -> Paper.Matrix {
        let involved = Set(district.tasks.flatMap(\.roles.keys))
        let columns = organisation.readingOrder().filter { involved.contains($0.id.value) }.map {
            Paper.Matrix.Column(institutionID: $0.id.value, label: $0.short?.value ?? $0.name.value, name: $0.name.value)
        }
        let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.institutionID, $0) })
        var groups: [Paper.Matrix.RowGroup] = []
        for task in district.tasks {
            var cells = [Role?](repeating: nil, count: columns.count)
            for (id, role) in task.roles {
                if let index = columnIndex[id] { cells[index] = role }
            }
            var row = Paper.Matrix.Row(
                taskID: task.id, title: task.title, legalBasis: task.legalBasis,
                targetGroups: labels(task.targetGroups, in: groupLabels), note: task.note,
                cells: cells,
                gap: task.gap.map { functionLabels[$0] ?? $0 })
            if let revisions { (row.revision, row.cellChanges) = revisions.row(task: task.id, columns: columns) }
            if groups.last?.phaseID == task.phase {
                groups[groups.count - 1].rows.append(row)
            } else {
                groups.append(.init(phaseID: task.phase, label: phaseLabels[task.phase] ?? task.phase, rows: [row]))
            }
        }
        let legend = Role.allCases.map {
            Paper.RoleLegend(role: $0, code: GermanText.roleCode($0), label: $0.label, description: GermanText.roleDescriptions[$0]!)
        }
        return .init(
            columns: columns, groups: groups, legend: legend, gapCount: district.tasks.filter { $0.gap != nil }.count,
            revisionLegend: revisions?.matrixLegend)
    }

    /// Handover numbers (S1, S2 …) follow the order of `district.handovers`, as in the Schaubild.
    private func handovers() -> [Paper.HandoverEntry] {
        district.handovers.enumerated().map { index, handover in
            Paper.HandoverEntry(
                number: SchaubildRenderer.handoverLabel(index: index), id: handover.id, subject: handover.subject,
                from: end(handover.from), to: end(handover.to), trigger: handover.trigger,
                transfers: handover.transfers, legalBasis: handover.legalBasis, note: handover.note,
                status: status(of: handover), isInternal: handover.isInternal, isGap: handover.isGap,
                revision: revisions?.handovers[handover.id])
        }
    }

    private func end(_ end: HandoverEnd) -> [String] {
        if end.institutions.isEmpty {
            return [GermanText.noInstitution(for: functionLabels[end.key] ?? end.key)]
        }
        return end.institutions.map(organisation.name)
    }

    private func status(of handover: ResolvedHandover) -> String? {
        if handover.isGap { return "Lücke" }
        if handover.isInternal { return "interner Schritt" }
        let ends = handover.edges.flatMap { [$0.from, $0.to] }
        if let admin = district.administrationID, ends.allSatisfy(organisation.isWithinAdministration) {
            return "verwaltungsintern (\(organisation.name(admin)))"
        }
        return nil
    }

    private func institutions() -> [Paper.InstitutionEntry] {
        // Each task and handover is visited once, not once per institution:
        // a large district has hundreds of institutions and thousands of tasks.
        var leadsOf: [String: [String]] = [:]
        var participationOf: [String: [String]] = [:]
        for task in district.tasks {
            for (id, role) in task.roles {
                if role == .lead {
                    leadsOf[id, default: []].append(task.title)
                } else {
                    participationOf[id, default: []].append("\(task.title) (\(role.label))")
                }
            }
        }
        var sentBy: [String: [Int]] = [:]
        var receivedBy: [String: [Int]] = [:]
        for (index, handover) in district.handovers.enumerated() {
            let external = handover.edges.filter { !$0.isInternal }
            for id in external.map(\.from).uniqued() { sentBy[id, default: []].append(index) }
            for id in external.map(\.to).uniqued() { receivedBy[id, default: []].append(index) }
        }
        return organisation.readingOrder().map { institution in
            let id = institution.id.value
            let leads = leadsOf[id] ?? []
            let participates = participationOf[id] ?? []
            let outgoing = (sentBy[id] ?? []).map { index in
                let handover = district.handovers[index]
                return SchaubildRenderer.handoverLabel(index: index) + " an \(GermanText.list(handover.edges.filter { $0.from == id }.map { organisation.name($0.to) }.uniqued())): \(handover.subject)"
            }
            let incoming = (receivedBy[id] ?? []).map { index in
                let handover = district.handovers[index]
                return SchaubildRenderer.handoverLabel(index: index) + " von \(GermanText.list(handover.edges.filter { $0.to == id }.map { organisation.name($0.from) }.uniqued())): \(handover.subject)"
            }
            return Paper.InstitutionEntry(
                id: id, heading: organisation.heading(of: institution), shortLabel: institution.short?.value,
                kind: institution.type.map { GermanText.kindLabel($0.value) },
                functions: labels(institution.functions.map(\.value), in: functionLabels),
                targetGroups: labels(institution.targetGroups.map(\.value), in: groupLabels),
                address: institution.address?.value, web: institution.web?.value, note: institution.note?.value,
                leads: leads, participates: participates, handoversOut: outgoing, handoversIn: incoming,
                contacts: institution.contacts.map(contactEntry), revision: revisions?.institutions[id])
        }
    }

    /// A contact as the paper shows it; the person block only in the internal edition.
    private func contactEntry(_ contact: Contact) -> Paper.ContactEntry {
        Paper.ContactEntry(
            function: contact.function.value, email: contact.email?.value, phone: contact.phone?.value,
            web: contact.web?.value, address: contact.address?.value,
            languages: contact.languages.isEmpty ? nil : GermanText.languages(contact.languages.map(\.value)),
            verified: contact.verified?.value.german, note: contact.note?.value,
            person: edition == .internal ? contact.person.map {
                Paper.PersonEntry(name: $0.name?.value, email: $0.email?.value, phone: $0.phone?.value, address: $0.address?.value)
            } : nil)
    }

    private func offers() -> [Paper.OfferEntry] {
        district.offers.map { resolved in
            let offer = resolved.offer
            return Paper.OfferEntry(
                id: offer.id.value, title: offer.title.value, providers: resolved.providers.map(organisation.name),
                phase: offer.phase.map { phaseLabels[$0.value] ?? $0.value },
                targetGroups: labels(offer.targetGroups.map(\.value), in: groupLabels), access: offer.access?.value,
                web: offer.web?.value, note: offer.note?.value, revision: revisions?.offers[offer.id.value])
        }
    }

    private func bodies() -> [Paper.BodyEntry] {
        district.bodies.map { resolved in
            let chairs = resolved.chair.map(organisation.name)
            return Paper.BodyEntry(
                id: resolved.body.id.value, name: resolved.body.name.value, members: resolved.members.map(organisation.name),
                chair: chairs.isEmpty ? nil : chairs.count == 1 ? chairs[0] : GermanText.list(chairs) + " im Wechsel",
                secretariat: resolved.secretariat.isEmpty ? nil : GermanText.list(resolved.secretariat.map(organisation.name)),
                rhythm: resolved.body.rhythm?.value, web: resolved.body.web?.value, note: resolved.body.note?.value,
                revision: revisions?.bodies[resolved.body.id.value])
        }
    }

    /// Every contact, alphabetically by institution, then by function.
    private func directory() -> [Paper.DirectoryEntry] {
        var entries: [Paper.DirectoryEntry] = []
        for institution in district.institutions {
            let heading = organisation.heading(of: institution)
            entries += institution.contacts.map { .init(institution: heading, institutionID: institution.id.value, contact: contactEntry($0)) }
        }
        if district.kind == .landkreis {
            for municipality in district.municipalities {
                guard let contact = municipality.contact else { continue }
                entries.append(.init(institution: municipality.name.value, institutionID: "", contact: contactEntry(contact)))
            }
        }
        // Keys computed once per entry, not once per comparison.
        return entries.map { (key: (GermanText.sortKey($0.institution), GermanText.sortKey($0.contact.function), $0.institution), entry: $0) }
            .sorted { $0.key < $1.key }
            .map(\.entry)
    }

    /// The catalogue's abbreviations that the paper actually uses.
    private func glossary(for paper: Paper) -> [Paper.GlossaryItem] {
        let corpus = PaperText.allText(of: paper)
        return district.glossary.filter { PaperText.mentions(corpus, $0.term.value) }
            .map { Paper.GlossaryItem(term: $0.term.value, definition: $0.definition.value) }
            .sorted { GermanText.sortKey($0.term) < GermanText.sortKey($1.term) }
    }
}
