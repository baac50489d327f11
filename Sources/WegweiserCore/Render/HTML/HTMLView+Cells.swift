extension HTMLView {
    /// The `<td>` cells of a matrix row, as the template wrote them before:
    ///
    ///     <td class="role-cell role-{{css}}[ changed]"[ title="{{changeNote}}"]>
    ///     [<abbr title="{{tooltip}}">{{code}}</abbr>][<span class="visually-hidden">{{changeNote}}</span>]</td>
    ///
    /// A large district's matrix has hundreds of thousands of cells, and the
    /// template engine's cost per cell made it most of the time of the HTML.
    /// Every text is escaped as the templates escape it.
    static func cellsHTML(_ cells: [CellView]) -> String {
        var html = ""
        html.reserveCapacity(cells.count * 48)
        for cell in cells {
            // Most cells of a matrix are empty: one constant, nothing to escape.
            if cell.code == nil, cell.changeNote == nil, cell.css == "none" {
                html += "<td class=\"role-cell role-none\"></td>"
                continue
            }
            html += "<td class=\"role-cell role-" + MarkupEscaping.escaped(cell.css)
            if let note = cell.changeNote {
                html += " changed\" title=\"" + MarkupEscaping.escaped(note) + "\">"
            } else {
                html += "\">"
            }
            if let code = cell.code {
                html += "<abbr title=\"" + MarkupEscaping.escaped(cell.tooltip ?? "") + "\">" + MarkupEscaping.escaped(code) + "</abbr>"
            }
            if let note = cell.changeNote {
                html += "<span class=\"visually-hidden\">" + MarkupEscaping.escaped(note) + "</span>"
            }
            html += "</td>"
        }
        return html
    }

    /// The `<td>` cells of a row of the matrix set by role: per role, the
    /// institutions' short labels (the full name on hover), a changed one
    /// marked as in the grid:
    ///
    ///     <td class="role-list"><span title="{{name}}">{{label}}</span>, …</td>
    ///
    /// (The cell takes no `role-…` class: those colour a code's background.)
    static func roleCellsHTML(_ cells: [Paper.Matrix.RoleCell]) -> String {
        var html = ""
        for cell in cells {
            html += "<td class=\"role-list\">"
            for (index, member) in cell.members.enumerated() {
                if index > 0 { html += ", " }
                let name = MarkupEscaping.escaped(member.column.name)
                let label = MarkupEscaping.escaped(member.column.label)
                guard let change = member.change else {
                    html += "<span title=\"" + name + "\">" + label + "</span>"
                    continue
                }
                let note = MarkupEscaping.escaped(change.description)
                html += "<span class=\"changed\" title=\"" + name + " (" + note + ")\">" + label
                    + "<span class=\"visually-hidden\"> (" + note + ")</span></span>"
            }
            html += "</td>"
        }
        return html
    }
}
