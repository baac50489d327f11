extension Paper.Matrix {
    /// Up to this many institution columns the matrix is a grid with a column
    /// per institution. Beyond it a row no longer fits a screen or a page
    /// (in DocBook it is cut into several tables that each repeat every
    /// task), and the grid would grow with tasks × institutions; so the
    /// matrix is set "by role" instead: one column per role, naming the
    /// institutions that have it.
    public static let maxGridColumns = 40

    /// Whether the matrix is set by role (see `maxGridColumns`).
    public var isByRole: Bool { columns.count > Self.maxGridColumns }

    /// An institution in a role column of the matrix set by role, with the
    /// change of its cell when the paper marks changes.
    public struct Member: Sendable {
        public var column: Column
        public var change: CellChange?
    }

    /// The institutions that have `role` in a row, in column order.
    public struct RoleCell: Sendable {
        public var role: Role
        public var members: [Member]
    }
}

extension Paper.Matrix.Row {
    /// The row set by role: one cell per role (all four, in the order of
    /// `Role.allCases`), and the institutions whose role was taken away
    /// since the earlier version (a changed cell that is now empty), which
    /// a role column cannot show: "ABH (vorher mitwirkend), …", or nil.
    public func byRole(_ columns: [Paper.Matrix.Column]) -> (cells: [Paper.Matrix.RoleCell], withdrawn: String?) {
        var members: [Role: [Paper.Matrix.Member]] = [:]
        var withdrawn: [String] = []
        for (index, column) in columns.enumerated() {
            let change = cellChange(at: index)
            if let role = cells[index] {
                members[role, default: []].append(.init(column: column, change: change))
            } else if let change {
                withdrawn.append("\(column.label) (vorher \(change.previous))")
            }
        }
        let cells = Role.allCases.map { Paper.Matrix.RoleCell(role: $0, members: members[$0] ?? []) }
        return (cells, withdrawn.isEmpty ? nil : withdrawn.joined(separator: ", "))
    }
}
