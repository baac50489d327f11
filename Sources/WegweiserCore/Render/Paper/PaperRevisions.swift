/// What `generate --since` adds to the paper, read off a comparison with an
/// earlier version: the marks on new and changed tasks, matrix cells,
/// handovers, institutions, offers and committees, and the section that
/// lists every change (removed entries only there).
struct PaperRevisions {
    /// The changes the paper shows: without the edition's version and date
    /// (the section's title names them) and, in the public edition, without
    /// any `person` value, whatever the comparison was run with.
    let shown: DistrictChanges
    /// "Version 1.0 vom 01.03.2026", or "der Fassung <source>".
    let since: String
    private(set) var tasks: [String: Paper.Revision] = [:]
    /// Task id → institution id → the cell's change.
    private(set) var cells: [String: [String: Paper.Matrix.CellChange]] = [:]
    private(set) var handovers: [String: Paper.Revision] = [:]
    private(set) var institutions: [String: Paper.Revision] = [:]
    private(set) var offers: [String: Paper.Revision] = [:]
    private(set) var bodies: [String: Paper.Revision] = [:]

    /// District fields the section leaves out: the title already says which version.
    static let editionFields: Set<String> = ["edition.version", "edition.date"]

    init(_ changes: DistrictChanges, edition: Paper.Edition) {
        shown = Self.shown(changes, edition: edition)
        since = ChangeText.edition(of: shown.old) ?? "der Fassung \(shown.old.source)"
        for change in shown.changes { mark(change) }
    }

    /// Whether anything in the paper carries a mark.
    var hasMarks: Bool {
        !(tasks.isEmpty && handovers.isEmpty && institutions.isEmpty && offers.isEmpty && bodies.isEmpty)
    }

    /// The changes as the paper may show them.
    static func shown(_ changes: DistrictChanges, edition: Paper.Edition) -> DistrictChanges {
        var result = changes
        result.old.source = ChangeText.publishedSource(changes.old.source)
        result.changes = changes.changes.compactMap { change in
            var change = change
            let before = change.fields.count
            if change.section == .district {
                change.fields.removeAll { editionFields.contains($0.field) }
            }
            if edition == .public {
                change.fields.removeAll { isPersonal($0.field) }
            }
            if change.kind == .changed && before > 0 && change.fields.isEmpty {
                return nil
            }
            return change
        }
        return result
    }

    /// A field of a `person` block ("person.email", "contact.person.name").
    static func isPersonal(_ field: String) -> Bool {
        field == "person" || field.hasPrefix("person.") || field.contains(".person.")
    }

    private mutating func mark(_ change: Change) {
        let revision: Paper.Revision? = switch change.kind {
        case .added: .added
        case .renamed, .changed: .changed
        case .removed: nil
        }
        switch change.section {
        case .tasks:
            if let revision { Self.mark(&tasks, change.id, revision) }
        case .matrix:
            Self.mark(&tasks, change.id, .changed)
            if let institution = change.institution {
                let previous = change.fields.first { $0.field == "role" }?.old ?? ChangeText.noRole
                cells[change.id, default: [:]][institution] = .init(previous: previous)
            }
        case .institutions:
            if let revision { Self.mark(&institutions, change.id, revision) }
        case .contacts:
            // A contact added, removed or changed changes its institution's section.
            if let institution = change.institution { Self.mark(&institutions, institution, .changed) }
        case .handovers:
            if let revision { Self.mark(&handovers, change.id, revision) }
        case .offers:
            if let revision { Self.mark(&offers, change.id, revision) }
        case .bodies:
            if let revision { Self.mark(&bodies, change.id, revision) }
        case .district, .municipalities:
            break
        }
    }

    /// `added` wins over `changed`.
    private static func mark(_ table: inout [String: Paper.Revision], _ id: String, _ revision: Paper.Revision) {
        if table[id] != .added { table[id] = revision }
    }

    /// The marks of one matrix row, for `columns`.
    func row(task: String, columns: [Paper.Matrix.Column]) -> (Paper.Revision?, [Paper.Matrix.CellChange?]) {
        guard let revision = tasks[task] else { return (nil, []) }
        let changed = cells[task] ?? [:]
        return (revision, changed.isEmpty ? [] : columns.map { changed[$0.institutionID] })
    }

    /// The line under the matrix's role legend; nil without marks in the matrix.
    var matrixLegend: String? {
        guard !tasks.isEmpty else { return nil }
        var text = "Markiert gegenüber \(since): „\(ChangeText.kindLabel(.added))“ kennzeichnet eine neue Aufgabe, "
            + "„\(ChangeText.kindLabel(.changed))“ eine geänderte oder eine mit geänderten Rollen"
        text += cells.isEmpty ? "." : "; geänderte Zellen sind hervorgehoben."
        if shown.changes.contains(where: { $0.section == .tasks && $0.kind == .removed }) {
            text += " Entfallene Aufgaben stehen in Abschnitt 11."
        }
        return text
    }

    /// The section "Änderungen gegenüber …".
    func section() -> Paper.ChangesSection {
        let old = shown.old
        var compared = "Verglichen wurde mit \(ChangeText.sideLabel(old)), Definition sha256:\(old.digest)."
        if shown.isEmpty {
            compared += " Seit \(since) gibt es keine Änderungen."
        } else {
            compared += " \(ChangeText.summary(shown))."
        }
        var introduction = [compared]
        if hasMarks {
            introduction.append(
                "Neue und geänderte Aufgaben, Zellen der Verantwortungsmatrix, Schnittstellen, Stellen, Angebote und Gremien "
                    + "sind im Text mit „\(ChangeText.kindLabel(.added))“ oder „\(ChangeText.kindLabel(.changed))“ "
                    + "gekennzeichnet; entfallene stehen nur hier.")
        }
        let groups = Change.Section.allCases.compactMap { section -> Paper.ChangesSection.Group? in
            let changes = shown.changes(in: section)
            guard !changes.isEmpty else { return nil }
            return .init(title: ChangeText.sectionTitle(section), items: changes.map(ChangeText.sentence))
        }
        return Paper.ChangesSection(
            title: ChangeText.paperTitle(since: shown.old), since: since, introduction: introduction, groups: groups)
    }
}
