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
        let escaping = HTMLEscaping()
        var html = ""
        html.reserveCapacity(cells.count * 48)
        for cell in cells {
            html += "<td class=\"role-cell role-" + escaping.escapeText(cell.css)
            if let note = cell.changeNote {
                html += " changed\" title=\"" + escaping.escapeText(note) + "\">"
            } else {
                html += "\">"
            }
            if let code = cell.code {
                html += "<abbr title=\"" + escaping.escapeText(cell.tooltip ?? "") + "\">" + escaping.escapeText(code) + "</abbr>"
            }
            if let note = cell.changeNote {
                html += "<span class=\"visually-hidden\">" + escaping.escapeText(note) + "</span>"
            }
            html += "</td>"
        }
        return html
    }
}
