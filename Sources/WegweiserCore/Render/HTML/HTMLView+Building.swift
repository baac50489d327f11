extension HTMLView {
    init(_ paper: Paper, svg: String) {
        var sections: [SectionLink] = []
        var number: [String: String] = [:]
        func add(_ anchor: String, _ title: String) {
            let value = "\(sections.count + 2)"  // 1 is the title page
            sections.append(.init(anchor: anchor, number: value, title: title))
            number[anchor] = value
        }
        add("einleitung", "Einleitung")
        add("ziele", "Ziele")
        add("schaubild", "Schaubild")
        add("matrix", "Verantwortungsmatrix")
        add("schnittstellen", "Schnittstellen")
        add("stellen", "Beteiligte Stellen")
        add("angebote", paper.municipalities == nil ? "Angebote und Gremien" : "Angebote, Gremien und Gemeinden")
        add("kontakte", "Kontaktverzeichnis")
        add("abdeckung", "Abdeckung")
        if let changes = paper.changes { add("aenderungen", changes.title) }
        add("abkuerzungen", "Abkürzungen")

        self.init(
            meta: paper.meta, isInternal: paper.meta.edition == .internal, sections: sections, number: number,
            introduction: paper.introduction, goals: paper.goals, hasGoals: !paper.goals.isEmpty,
            schaubild: paper.schaubild, svg: svg, matrix: Self.matrix(paper.matrix),
            handovers: paper.handovers.map {
                HandoverView(
                    entry: SharedView($0), anchor: PaperAnchor.handover($0.id), from: GermanText.list($0.from), to: GermanText.list($0.to),
                    hasTransfers: !$0.transfers.isEmpty, rowClass: Self.rowClass(gap: $0.isGap, $0.revision),
                    revision: $0.revision.map(Self.revision))
            },
            hasHandovers: !paper.handovers.isEmpty,
            institutions: paper.institutions.map(Self.institution), offers: paper.offers.map(Self.offer),
            hasOffers: !paper.offers.isEmpty, bodies: paper.bodies.map(BodyView.init),
            hasBodies: !paper.bodies.isEmpty,
            municipalities: paper.municipalities?.map { .init(name: $0.name, contact: $0.contact.map(Self.contact)) },
            isLandkreis: paper.municipalities != nil,
            directory: paper.directory.map {
                DirectoryView(
                    institution: $0.institution, anchor: $0.institutionID.isEmpty ? nil : PaperAnchor.institution($0.institutionID),
                    contact: Self.contact($0.contact))
            },
            coverage: Self.coverage(paper.coverage), changes: paper.changes, hasRevisions: paper.changes != nil, glossary: paper.glossary, generator: WegweiserVersion.generator)
    }

    static func css(_ role: Role) -> String { role.rawValue }

    static func revision(_ revision: Paper.Revision) -> RevisionView {
        RevisionView(label: revision.label, css: revision.rawValue)
    }

    /// The classes of a table row: "gap", "added" or "changed", or nil.
    static func rowClass(gap: Bool, _ revision: Paper.Revision?) -> String? {
        [gap ? "gap" : nil, revision?.rawValue].compactMap { $0 }.joined(separator: " ").nilIfEmpty
    }

    static func matrix(_ matrix: Paper.Matrix) -> MatrixView {
        let byRole = matrix.isByRole
        return MatrixView(
            columns: matrix.columns, byRole: byRole,
            columnCount: (byRole ? Role.allCases.count : matrix.columns.count) + 1,
            groups: matrix.groups.map { group in
                GroupView(label: group.label, rows: group.rows.map { row in
                    var view = RowView(
                        anchor: PaperAnchor.task(row.taskID), title: row.title, legalBasis: row.legalBasis,
                        targetGroups: row.targetGroups.isEmpty ? nil : row.targetGroups.joined(separator: ", "),
                        note: row.note, cells: [], cellsHTML: "", withdrawn: nil,
                        gap: row.gap, rowClass: rowClass(gap: row.gap != nil, row.revision),
                        revision: row.revision.map(revision))
                    if byRole {
                        let (cells, withdrawn) = row.byRole(matrix.columns)
                        view.cellsHTML = roleCellsHTML(cells)
                        view.withdrawn = withdrawn
                    } else {
                        view.cells = zip(row.cells, matrix.columns).enumerated().map { index, cell in
                            let (role, column) = cell
                            let note = row.cellChange(at: index)?.description
                            return CellView(
                                code: role.map(GermanText.roleCode), label: role?.label,
                                css: role.map(css) ?? "none", column: column.name, changeNote: note,
                                tooltip: role.map { "\(column.name): \($0.label)" + (note.map { " (\($0))" } ?? "") })
                        }
                        view.cellsHTML = cellsHTML(view.cells)
                    }
                    return view
                })
            },
            legend: matrix.legend.map { .init(code: $0.code, label: $0.label, description: $0.description, css: css($0.role)) },
            gapCount: matrix.gapCount, hasGaps: matrix.gapCount > 0, revisionLegend: matrix.revisionLegend)
    }

    static func coverage(_ section: Paper.CoverageSection) -> CoverageView {
        CoverageView(
            introduction: section.introduction,
            figures: section.figures.map { FigureView(label: $0.label, count: $0.count, isOpen: $0.count > 0) },
            groups: section.groups.map { group in
                CoverageGroupView(title: group.title, items: group.items.map { item in
                    let anchor: String? = switch item.reference {
                    case .task(let id): PaperAnchor.task(id)
                    case .institution(let id): PaperAnchor.institution(id)
                    case .handover(_, let id): PaperAnchor.handover(id)
                    case nil: nil
                    }
                    return CoverageItemView(text: item.text, href: anchor.map { "#" + $0 })
                })
            })
    }

    static func institution(_ entry: Paper.InstitutionEntry) -> InstitutionView {
        InstitutionView(
            entry: SharedView(entry), anchor: PaperAnchor.institution(entry.id),
            functions: entry.functions.isEmpty ? nil : entry.functions.joined(separator: "; "),
            targetGroups: entry.targetGroups.isEmpty ? nil : entry.targetGroups.joined(separator: ", "),
            web: entry.web.map(webLink), hasLeads: !entry.leads.isEmpty, hasParticipation: !entry.participates.isEmpty,
            hasHandovers: !(entry.handoversIn.isEmpty && entry.handoversOut.isEmpty),
            contacts: entry.contacts.map(contact), hasContacts: !entry.contacts.isEmpty,
            revision: entry.revision.map(revision))
    }

    static func offer(_ entry: Paper.OfferEntry) -> OfferView {
        OfferView(
            entry: SharedView(entry), providers: GermanText.list(entry.providers),
            targetGroups: entry.targetGroups.isEmpty ? nil : entry.targetGroups.joined(separator: ", "),
            web: entry.web.map(webLink), revision: entry.revision.map(revision))
    }

    static func contact(_ entry: Paper.ContactEntry) -> ContactView {
        ContactView(
            function: entry.function, email: entry.email.map(emailLink), phone: entry.phone.map(phoneLink),
            web: entry.web.map(webLink), address: entry.address, languages: entry.languages, verified: entry.verified,
            note: entry.note,
            person: entry.person.map {
                PersonView(name: $0.name, email: $0.email.map(emailLink), phone: $0.phone.map(phoneLink), address: $0.address)
            })
    }

    /// Links are built from values the validator accepted (http(s) only, well-formed
    /// e-mail and phone); the templates escape them like any other text.
    static func webLink(_ url: String) -> LinkView {
        var text = url
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text.hasSuffix("/") { text.removeLast() }
        return LinkView(text: text, href: url)
    }

    static func emailLink(_ address: String) -> LinkView { LinkView(text: address, href: "mailto:" + address) }

    static func phoneLink(_ number: String) -> LinkView {
        let digits = number.filter { $0.isASCIIDigit || $0 == "+" }
        return LinkView(text: number, href: "tel:" + digits)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
