/// Placement helpers: rows of nodes, the block of partners without
/// handover, and the lowest nodes of the diagram, which the legend hangs from.
extension SchaubildGraph {
    /// Nodes in rows of a fixed width: each row on one rank, rows stacked by
    /// invisible edges, so a long list does not become one very wide row.
    struct Grid {
        var rows: [[String]]

        init(_ ids: [String], columns: Int) {
            rows = stride(from: 0, to: ids.count, by: max(columns, 1)).map {
                Array(ids[$0..<min($0 + max(columns, 1), ids.count)])
            }
        }

        /// Columns for `count` nodes in as few rows of at most `limit` as
        /// possible, filled evenly (5 in rows of 4: 3 and 2, not 4 and 1).
        static func evenColumns(for count: Int, atMost limit: Int) -> Int {
            guard count > 0, limit > 0 else { return 1 }
            let rows = (count + limit - 1) / limit
            return (count + rows - 1) / rows
        }

        /// The invisible edges from each row to the next.
        var edges: [(String, String)] {
            zip(rows, rows.dropFirst()).flatMap { upper, lower in Array(zip(upper, lower)) }
        }

        /// - Parameter ordered: also chain each row left to right, which keeps
        ///   a row together where no cluster frame does.
        func write(into dot: inout DOTWriter, ordered: Bool = false) {
            guard rows.count > 1 || (rows.first?.count ?? 0) > 1 else { return }
            for row in rows where row.count > 1 {
                dot.line("{ rank=same; " + row.map { DOTText.quoted($0) + ";" }.joined(separator: " ") + " }")
                for (a, b) in zip(row, row.dropFirst()) where ordered {
                    dot.line(DOTText.quoted(a) + " -> " + DOTText.quoted(b) + " [style=invis];")
                }
            }
            for (a, b) in edges { dot.line(DOTText.quoted(a) + " -> " + DOTText.quoted(b) + " [style=invis];") }
        }
    }

    /// The institutions without any arrow, in a frame of their own beside
    /// the legend, in rows of `columns`; without clusters a plain block under
    /// a heading. Returns the node at its top, to hang the block below the
    /// main diagram.
    func partners(_ ids: [String], columns: Int, tree: OrganisationTree, into dot: inout DOTWriter) -> String {
        let grid = Grid(ids, columns: Grid.evenColumns(for: ids.count, atMost: columns))
        let label = "Weitere Partner (ohne Schnittstelle)"
        let heading = "_partner_titel"
        let firstRow = grid.rows.first ?? ids
        let top = firstRow[firstRow.count / 2]
        let body: (inout DOTWriter) -> Void = { dot in
            if clusters {
                dot.line("graph " + clusterAttributes(label: label, tooltip: label, fill: nil) + ";")
            } else {
                dot.line(DOTText.quoted(heading) + " [label=<<b>\(DOTText.html(label))</b>> shape=plaintext style=\"\" fontsize=12 tooltip=\(DOTText.quoted(label))];")
            }
            for id in ids { node(id, tree: tree, isParent: false, into: &dot) }
            grid.write(into: &dot, ordered: !clusters)
            if !clusters { dot.line(DOTText.quoted(heading) + " -> " + DOTText.quoted(top) + " [style=invis];") }
        }
        if clusters {
            dot.block("subgraph \(DOTText.quoted("cluster__partner"))", body)
        } else {
            body(&dot)
        }
        return clusters ? top : heading
    }

    /// The nodes that point to nothing below them in the diagram: every
    /// node without outgoing edge, and for a cycle with no way out, its
    /// first node by id. Hanging the legend below these puts it below the
    /// whole diagram. (Invisible edges of weight 0 would disturb the layout
    /// less, but Graphviz 2.43 ignores them between clusters when it ranks.)
    static func bottomNodes(of nodes: [String], edges: [(String, String)]) -> [String] {
        let known = Set(nodes)
        var successors: [String: [String]] = [:]
        var predecessors: [String: [String]] = [:]
        for (from, to) in edges where known.contains(from) && known.contains(to) && from != to {
            successors[from, default: []].append(to)
            predecessors[to, default: []].append(from)
        }
        func reach(_ start: String, _ next: [String: [String]]) -> Set<String> {
            var seen: Set<String> = []
            var stack = [start]
            while let node = stack.popLast() {
                guard seen.insert(node).inserted else { continue }
                stack.append(contentsOf: next[node] ?? [])
            }
            return seen
        }
        var bottoms: [String] = []
        var hung: Set<String> = []
        for node in nodes where !hung.contains(node) {
            // A sink, or a cycle with no way out: everything below it leads back to it.
            let below = reach(node, successors)
            let above = reach(node, predecessors)
            guard below.isSubset(of: above) else { continue }
            bottoms.append(node)
            hung.formUnion(above)
        }
        return bottoms.sorted(by: OrganisationTree.byteOrder)
    }
}
