/// How the Verantwortungsmatrix is cut to fit A4 portrait: at most
/// `maxColumns` institution columns per table (a district with more gets
/// several tables, each with every task, the columns divided evenly; a
/// matrix set by role is never cut by columns), and
/// at most `DocBookWriter.maxChildren` rows per table. With many columns the
/// header labels are turned by 90° (DocBook XSL's `dbfo orientation`
/// instruction) so that a column needs only the width of one role code.
struct MatrixLayout {
    /// About 6.8 mm per column beside a 50 mm task column on the 159 mm of a
    /// page-wide A4 table: wide enough for a one-letter code and a turned
    /// 10 pt label.
    static let maxColumns = 16
    /// Up to this many columns the labels stay horizontal.
    static let maxUpright = 6

    /// One line of the table body: a phase heading spanning all columns, or a task.
    enum Line {
        case phase(String)
        case task(Paper.Matrix.Row)
    }

    let columnBlocks: [Range<Int>]
    let rowBlocks: [[Line]]

    init(_ matrix: Paper.Matrix) {
        let count = matrix.columns.count
        // Set by role, the table has its five columns whatever the institutions.
        if count == 0 || matrix.isByRole {
            columnBlocks = [0..<0]
        } else {
            let blocks = (count + Self.maxColumns - 1) / Self.maxColumns
            let size = (count + blocks - 1) / blocks
            columnBlocks = stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
        }
        var lines: [Line] = []
        for group in matrix.groups {
            lines.append(.phase(group.label))
            lines += group.rows.map(Line.task)
        }
        // A table that starts in the middle of a phase repeats its heading.
        var blocks: [[Line]] = []
        var currentPhase = ""
        for chunk in DocBookWriter.chunks(lines) {
            var block: [Line] = []
            if case .task = chunk.first { block.append(.phase(currentPhase + " (Fortsetzung)")) }
            for line in chunk {
                if case .phase(let label) = line { currentPhase = label }
                block.append(line)
            }
            blocks.append(block)
        }
        rowBlocks = blocks
    }

    /// Whether the header labels of a table with `columns` columns are turned.
    static func turnsLabels(columns: Int) -> Bool {
        columns > maxUpright
    }

    /// The task column of a table with turned labels: what 7 mm per role
    /// column leave of the 159 mm, between 50 and 90 mm; the role columns
    /// share the rest.
    static func taskColumnWidth(columns: Int) -> String {
        "\(min(90, max(50, 159 - 7 * columns)))mm"
    }

    /// The height the turned labels need: about 2 mm per character of the
    /// longest, between 12 and 45 mm.
    static func labelHeight(_ labels: [String]) -> String {
        let longest = labels.map(\.count).max() ?? 0
        return "\(min(45, max(12, longest * 2 + 4)))mm"
    }
}
