extension DocBookWriter {
    /// The Verantwortungsmatrix: the role legend first (the codes in the
    /// cells are letters, explained in words; nothing depends on colour),
    /// then CALS tables with tasks grouped by phase (a row spanning all
    /// columns names the phase), then the legend of the column labels.
    func writeMatrix(in article: XMLTreeElement) {
        let matrix = paper.matrix
        section(in: article, id: "matrix", title: "Verantwortungsmatrix", label: nextSectionNumber()) { section in
            guard !matrix.groups.isEmpty else {
                para("Es sind keine Aufgaben erfasst.", in: section)
                return
            }
            var intro = matrix.isByRole
                ? "Jede Zeile ist eine Aufgabe. Für eine Spalte je Stelle sind es zu viele Stellen; darum nennt jede Spalte die Stellen, die diese Rolle haben. Ihre Kurzbezeichnungen sind nach der Tabelle erklärt."
                : "Jede Zeile ist eine Aufgabe, jede Spalte eine Stelle. Die Buchstaben in den Zellen nennen die Rolle der Stelle; die Kurzbezeichnungen der Spalten sind nach der Tabelle erklärt."
            if matrix.gapCount > 0 {
                intro += " \(matrix.gapCount) Aufgabe(n) ohne federführende Stelle sind mit „Lücke“ gekennzeichnet."
            }
            para(intro, in: section)
            if let legend = matrix.revisionLegend { para(legend, in: section) }
            variableList(in: section, title: "Rollen", termWidth: "3em", matrix.legend) { role, item in
                self.para("\(role.label): \(role.description)", in: item)
            } term: { $0.code }

            let layout = MatrixLayout(matrix)
            let count = layout.columnBlocks.count * layout.rowBlocks.count
            var number = 0
            for columns in layout.columnBlocks {
                for lines in layout.rowBlocks {
                    number += 1
                    let title = "Verantwortungsmatrix: Aufgaben nach Phasen und beteiligte Stellen"
                        + (count > 1 ? ", Teil \(number) von \(count)" : "")
                    let id = number == 1 ? ids.claim("matrix-tabelle") : nil
                    if matrix.isByRole {
                        matrixByRoleTable(in: section, id: id, title: title, lines: lines)
                    } else {
                        matrixTable(in: section, id: id, title: title,
                                    columns: Array(matrix.columns[columns]), range: columns, lines: lines)
                    }
                }
            }
            let columnsTitle = matrix.isByRole ? "Stellen in der Matrix" : "Spalten der Matrix"
            variableList(in: section, title: columnsTitle, matrix.columns) { column, item in
                self.para(column.name, in: item)
            } term: { $0.label }
            taskDetails(in: section)
        }
    }

    private func matrixTable(
        in section: XMLTreeElement, id: String?, title: String, columns: [Paper.Matrix.Column], range: Range<Int>,
        lines: [MatrixLayout.Line]
    ) {
        let table = section.add("table")
        anchor(id, on: table)
        table.set("frame", "all").set("pgwide", "1")
        table.add("title", title)
        let group = table.add("tgroup").set("cols", "\(columns.count + 1)").set("colsep", "1").set("rowsep", "1")
        let turned = MatrixLayout.turnsLabels(columns: columns.count)
        group.add("colspec").set("colname", "aufgabe").set("colwidth", turned ? MatrixLayout.taskColumnWidth(columns: columns.count) : "5*")
        for index in columns.indices {
            group.add("colspec").set("colname", "s\(index + 1)").set("colwidth", turned ? "1*" : "2*").set("align", "center")
        }
        let lastColumn = columns.isEmpty ? "aufgabe" : "s\(columns.count)"

        let headRow = group.add("thead").set("valign", "bottom").add("row")
        headRow.add("entry", "Aufgabe").set("align", "left")
        let height = MatrixLayout.labelHeight(columns.map(\.label))
        for column in columns {
            let entry = headRow.add("entry", column.label)
            if turned {
                entry.processingInstruction("dbfo", "orientation=\"90\"")
                entry.processingInstruction("dbfo", "rotated-width=\"\(height)\"")
            }
        }

        let body = group.add("tbody")
        for line in lines {
            let row = body.add("row")
            switch line {
            case .phase(let label):
                let entry = row.add("entry").set("align", "left")
                if !columns.isEmpty { entry.set("namest", "aufgabe").set("nameend", lastColumn) }
                entry.processingInstruction("dbfo", "bgcolor=\"#E6E6E6\"")
                entry.add("emphasis", label).set("role", "strong")
            case .task(let task):
                if let revision = task.revision { row.set("revisionflag", revision.rawValue) }
                taskEntry(task, in: row.add("entry").set("align", "left"))
                // Only the cells with a role or a change are written, each naming its
                // column: CALS leaves the others empty. A large district's matrix is
                // mostly empty, and every element costs in the schema validation.
                for (column, index) in range.enumerated() {
                    let code = task.cells[index].map(GermanText.roleCode)
                    let name = "s\(column + 1)"
                    guard task.cellChange(at: index) != nil else {
                        if let code { row.add("entry", code).set("colname", name) }
                        continue
                    }
                    // A changed cell: flagged, and shaded in DocBook XSL's PDF and HTML.
                    let entry = row.add("entry").set("colname", name).set("revisionflag", "changed")
                    entry.processingInstruction("dbfo", "bgcolor=\"#EBD9EE\"")
                    entry.processingInstruction("dbhtml", "bgcolor=\"#EBD9EE\"")
                    if let code { entry.text(code) }
                }
            }
        }
    }

    /// A table of the matrix set by role (`Paper.Matrix.isByRole`): the task,
    /// then per role the short labels of the institutions that have it; a
    /// changed one is a `phrase` flagged "changed", one whose role was taken
    /// away is named in the task's cell.
    private func matrixByRoleTable(in section: XMLTreeElement, id: String?, title: String, lines: [MatrixLayout.Line]) {
        let table = section.add("table")
        anchor(id, on: table)
        table.set("frame", "all").set("pgwide", "1")
        table.add("title", title)
        let roles = paper.matrix.legend
        let group = table.add("tgroup").set("cols", "\(roles.count + 1)").set("colsep", "1").set("rowsep", "1")
        group.add("colspec").set("colname", "aufgabe").set("colwidth", "3*")
        for index in roles.indices {
            group.add("colspec").set("colname", "r\(index + 1)").set("colwidth", "2*")
        }
        let headRow = group.add("thead").set("valign", "bottom").add("row")
        headRow.add("entry", "Aufgabe")
        for role in roles { headRow.add("entry", "\(role.code) – \(role.label)") }

        let body = group.add("tbody").set("valign", "top")
        for line in lines {
            let row = body.add("row")
            switch line {
            case .phase(let label):
                let entry = row.add("entry").set("namest", "aufgabe").set("nameend", "r\(roles.count)")
                entry.processingInstruction("dbfo", "bgcolor=\"#E6E6E6\"")
                entry.add("emphasis", label).set("role", "strong")
            case .task(let task):
                if let revision = task.revision { row.set("revisionflag", revision.rawValue) }
                let (cells, withdrawn) = task.byRole(paper.matrix.columns)
                let first = row.add("entry")
                taskEntry(task, in: first)
                if let withdrawn { first.add("para").add("emphasis", "Keine Rolle mehr: " + withdrawn) }
                for cell in cells {
                    let entry = row.add("entry")
                    for (index, member) in cell.members.enumerated() {
                        if index > 0 { entry.text(", ") }
                        if member.change != nil {
                            entry.add("phrase", member.column.label).set("revisionflag", "changed")
                        } else {
                            entry.text(member.column.label)
                        }
                    }
                }
            }
        }
    }

    /// The first cell of a task row: the title (linked to its explanation,
    /// if it has one), a gap in words, "neu" or "geändert". Legal basis, target groups
    /// and notes follow the table: in the row they would make the matrix
    /// several times longer on paper.
    private func taskEntry(_ task: Paper.Matrix.Row, in entry: XMLTreeElement) {
        let title = entry.add("para")
        if let anchor = taskAnchors[task.taskID] {
            title.add("link", task.title).set("linkend", anchor)
        } else {
            title.text(task.title)
        }
        if let gap = task.gap {
            entry.add("para").add("emphasis", "Lücke: " + GermanText.noInstitution(for: gap)).set("role", "strong")
        }
        if let revision = task.revision { entry.add("para").add("emphasis", revision.label) }
    }

    /// Whether a task has anything to explain beyond its title.
    static func hasDetails(_ task: Paper.Matrix.Row) -> Bool {
        task.legalBasis != nil || !task.targetGroups.isEmpty || task.note != nil
    }

    /// "Erläuterungen zu den Aufgaben": per task with details, its phase,
    /// legal basis, target groups and note.
    private func taskDetails(in section: XMLTreeElement) {
        let tasks = paper.matrix.groups.flatMap { group in
            group.rows.filter(Self.hasDetails).map { (phase: group.label, row: $0) }
        }
        variableList(in: section, title: "Erläuterungen zu den Aufgaben", blocks: true, tasks, id: { taskAnchors[$0.row.taskID] }) {
            task, item in
            let row = task.row
            var facts = ["Phase: \(task.phase)"]
            if let legalBasis = row.legalBasis { facts.append("Rechtsgrundlage: \(legalBasis)") }
            if !row.targetGroups.isEmpty { facts.append("Zielgruppe: " + row.targetGroups.joined(separator: ", ")) }
            self.para(facts.joined(separator: " · "), in: item)
            if let note = row.note { self.para(note, in: item) }
        } term: { task, term in
            term.text(task.row.title)
        }
    }
}
