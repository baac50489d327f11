/// The Verantwortungsmatrix as the paper shows it, as CSV for spreadsheet
/// programs: UTF-8 with a byte order mark (so that Excel reads umlauts),
/// semicolons (the separator of German locales), CRLF line ends, and no cell
/// that a spreadsheet could run as a formula.
public enum MatrixCSV {
    /// How a cell names a role.
    public enum RoleStyle: String, CaseIterable, Sendable {
        /// "F", "M", "B", "I", as in the paper's matrix.
        case code
        /// "federführend", "mitwirkend", "berät", "wird informiert".
        case word
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// One row per task, in the paper's order: phase, task, one column per
    /// institution (headed by its full name), and the gap, if any.
    public static func render(_ matrix: Paper.Matrix, roles: RoleStyle) -> [UInt8] {
        var text = CSVField.record(["Phase", "Aufgabe"] + matrix.columns.map(\.name) + ["Lücke"])
        for group in matrix.groups {
            for row in group.rows {
                let cells = row.cells.map { role in
                    role.map { roles == .code ? GermanText.roleCode($0) : $0.label } ?? ""
                }
                let gap = row.gap.map(GermanText.noInstitution(for:)) ?? ""
                text += CSVField.record([group.label, row.title] + cells + [gap])
            }
        }
        return byteOrderMark + Array(text.utf8)
    }
}
