import Foundation

/// Writes the DOT source of a district's Schaubild.
///
/// Layout, top to bottom (`rankdir=TB`, which suits a page in landscape):
/// the title; the institutions, clustered by organisation, with the
/// handovers as numbered arrows; below them a band with the legend and the
/// partners that have no handover. Beside the diagram that band would make
/// the whole too wide to stay legible when scaled to the width of an A4
/// page. Everything is emitted in a fixed order (institutions and clusters
/// by id, arrows by sender and receiver id, legend in the order of the
/// kinds), so the same district always gives the same bytes, whatever the
/// order of its files. All text passes through `DOTText`.
struct SchaubildGraph {
    let district: ResolvedDistrict
    /// Draw the `part_of` hierarchy (and the Gemeinden, the legend and the
    /// partners without handover) as clusters; without, every institution
    /// is a plain node.
    let clusters: Bool
    /// The provenance line (tool version, definition digest), written as a
    /// DOT comment and as the graph's `comment`, which Graphviz copies into
    /// the SVG.
    var provenance: String?
    /// What a change report marks as added, removed or changed; nothing in the paper.
    var marks: SchaubildMarks
    /// Straight arrows and bounded layout passes, for a diagram too large for
    /// Graphviz's default layout (see `isLarge`).
    let simplified: Bool

    /// A large district (`isLarge`) is always drawn simplified and without
    /// clusters, so that its DOT is the same whichever formats are written.
    init(district: ResolvedDistrict, clusters: Bool, provenance: String? = nil, marks: SchaubildMarks = .none) {
        self.district = district
        simplified = Self.isLarge(district)
        self.clusters = clusters && !simplified
        self.provenance = provenance
        self.marks = marks
    }

    /// More institutions or handovers than Graphviz 2.43 lays out in time with
    /// clusters and curved arrows (it fails or runs for minutes at 300
    /// institutions and 600 handovers); real districts have a few dozen.
    static func isLarge(_ district: ResolvedDistrict) -> Bool {
        district.institutions.count > 200 || district.handovers.count > 400
    }

    /// Characters per line in a node label.
    static let nodeWidth = 18
    /// Characters per line in a cluster label.
    static let clusterWidth = 34
    static let font = "DejaVu Sans"
    /// Gemeinden per row in their frame, at most; the rows are filled evenly.
    static let groupColumns = 4

    /// "Schaubild – Landkreis Meißen": the graph's title and name.
    var title: String { "Schaubild – " + district.name }

    func render() -> String {
        let tree = OrganisationTree(district.institutions)
        let group = clusters ? NodeGroup.gemeinden(in: tree) : nil
        var arrows = HandoverArrow.arrows(of: district, known: Set(tree.institutions.keys))
        if let group { arrows = HandoverArrow.bundled(arrows, into: group) }
        arrows = HandoverArrow.mergingOpposites(arrows)
        let touched = Set(arrows.flatMap { [$0.from, $0.to] })
        let unconnected = tree.roots.filter { id in
            !touched.contains(id) && !tree.hasUnits(id) && !(group?.members.contains(id) ?? false)
        }
        let groupGrid = group.map {
            Grid($0.members, columns: Grid.evenColumns(for: $0.members.count, atMost: Self.groupColumns))
        }

        var dot = DOTWriter()
        dot.line("// " + Self.oneLine(title))
        if let provenance { dot.line("// " + Self.oneLine(provenance)) }
        dot.line("// Erzeugt von wegweiser. Institutionen und Cluster nach id sortiert, Pfeile nach Absender und Empfänger;")
        dot.line("// S1, S2 … sind die Nummern der Schnittstellen in der Tabelle des Papiers.")
        dot.block("digraph \(DOTText.quoted(title))") { dot in
            graphDefaults(&dot, compound: group != nil)
            if let provenance { dot.line("graph [comment=\(DOTText.quoted(Self.oneLine(provenance)))];") }
            dot.blank()
            if clusters {
                dot.line("// Institutionen, in Clustern nach Organisation (part_of)")
                for root in tree.roots where !unconnected.contains(root) && !(group?.members.contains(root) ?? false) {
                    institution(root, tree: tree, into: &dot)
                }
                if let group, let groupGrid {
                    dot.blank()
                    dot.line("// Städte und Gemeinden")
                    dot.block("subgraph \(DOTText.quoted(group.cluster))") { dot in
                        dot.line("graph " + clusterAttributes(label: group.label, tooltip: group.label, fill: "#f4f8f2") + ";")
                        for member in group.members { node(member, tree: tree, isParent: false, into: &dot) }
                        groupGrid.write(into: &dot)
                    }
                }
            } else {
                dot.line("// Institutionen (ohne Cluster)")
                for id in tree.ids where !unconnected.contains(id) {
                    node(id, tree: tree, isParent: tree.hasUnits(id), into: &dot)
                }
            }
            dot.blank()
            dot.line("// Schnittstellen")
            for arrow in arrows { self.arrow(arrow, tree: tree, into: &dot) }
            dot.blank()
            dot.line("// Legende")
            let legend = self.legend(
                kinds: kinds(in: tree), hasArrows: !arrows.isEmpty,
                hasFrames: clusters && (group != nil || tree.roots.contains(where: tree.hasUnits)),
                changes: changeLegend(tree: tree, arrows: arrows), into: &dot)
            var anchors = [legend.anchor]
            if !unconnected.isEmpty {
                dot.blank()
                dot.line("// Partner ohne Schnittstelle, neben der Legende")
                let columns = max((unconnected.count + legend.rows - 1) / legend.rows, 2)
                anchors.append(partners(unconnected, columns: columns, tree: tree, into: &dot))
            }
            dot.blank()
            dot.line("// Legende und Partner ohne Schnittstelle unter dem Schaubild")
            let main = tree.ids.filter { !unconnected.contains($0) }
            let edges = arrows.map { ($0.from, $0.to) } + (groupGrid?.edges ?? [])
            for bottom in Self.bottomNodes(of: main, edges: edges) {
                for anchor in anchors {
                    dot.line(DOTText.quoted(bottom) + " -> " + DOTText.quoted(anchor) + " [style=invis];")
                }
            }
        }
        return dot.text
    }

    /// Text for a `//` comment line: line breaks would end the comment.
    static func oneLine(_ text: String) -> String {
        DOTText.cleaned(text).replacingOccurrences(of: "\n", with: " ")
    }

    private func graphDefaults(_ dot: inout DOTWriter, compound: Bool) {
        let font = DOTText.quoted(Self.font)
        var graph: [(String, String)] = [
            ("label", "<<b>\(DOTText.html(title))</b>>"), ("labelloc", "t"), ("fontname", font), ("fontsize", "18"),
            ("rankdir", "TB"), ("nodesep", "0.2"), ("ranksep", "0.4"), ("splines", simplified ? "line" : "true"),
            ("pad", "0.2"), ("bgcolor", "\"white\""), ("charset", "\"UTF-8\""),
        ]
        // Fewer crossing-reduction and network-simplex passes: a tidier layout
        // would take Graphviz minutes at this size.
        if simplified { graph += [("mclimit", "0.01"), ("nslimit", "1")] }
        if compound { graph.append(("compound", "true")) }
        dot.line("graph " + DOTWriter.attributes(graph) + ";")
        dot.line("node " + DOTWriter.attributes([
            ("fontname", font), ("fontsize", "11"), ("style", "filled"), ("color", "\"#404040\""),
            ("margin", "\"0.12,0.06\""),
        ]) + ";")
        dot.line("edge " + DOTWriter.attributes([
            ("fontname", font), ("fontsize", "10"), ("color", "\"#303030\""), ("fontcolor", "\"#202020\""),
            ("arrowsize", "0.8"),
        ]) + ";")
    }

    /// The attributes of a cluster frame with a bold label.
    func clusterAttributes(label: String, tooltip: String, fill: String?) -> String {
        let text = LabelText.wrap(label, width: Self.clusterWidth).joined(separator: "\n")
        return DOTWriter.attributes([
            ("label", "<<b>\(DOTText.html(text))</b>>"), ("tooltip", DOTText.quoted(tooltip)),
            ("style", fill == nil ? "\"rounded\"" : "\"rounded,filled\""), ("color", "\"#7f7f7f\""),
            ("fillcolor", DOTText.quoted(fill ?? "#ffffff")), ("fontsize", "12"), ("labeljust", "l"), ("margin", "10"),
        ])
    }

    /// An institution: a node, or a cluster of itself and its units.
    private func institution(_ id: String, tree: OrganisationTree, into dot: inout DOTWriter, depth: Int = 0) {
        guard let units = tree.children[id], !units.isEmpty, let institution = tree.institutions[id] else {
            node(id, tree: tree, isParent: false, into: &dot)
            return
        }
        dot.block("subgraph \(DOTText.quoted("cluster_" + id))") { dot in
            dot.line("graph " + clusterAttributes(
                label: tree.displayName(id), tooltip: institution.name.value,
                fill: depth % 2 == 0 ? "#f3f5f8" : "#ffffff") + ";")
            node(id, tree: tree, isParent: true, into: &dot)
            for unit in units { self.institution(unit, tree: tree, into: &dot, depth: depth + 1) }
        }
    }

    /// One institution's node: short label, full name and kind in the
    /// tooltip, shape and fill of its kind. A parent (drawn inside its own
    /// cluster) is bold with a thicker border. A marked node (change report)
    /// gets its mark's border and line style, and the mark in the tooltip.
    func node(_ id: String, tree: OrganisationTree, isParent: Bool, into dot: inout DOTWriter) {
        guard let institution = tree.institutions[id] else { return }
        let style = InstitutionStyle.of(institution.type?.value)
        let mark = mark(ofInstitution: id)
        let text = LabelText.wrap(label(id, tree: tree), width: Self.nodeWidth).joined(separator: "\n")
        let tooltip = institution.name.value + " (" + style.label + ")"
        var attributes: [(String, String)] = [
            ("id", DOTText.quoted("inst-" + id)),
            ("label", isParent ? "<<b>\(DOTText.html(text))</b>>" : DOTText.quoted(text)),
            ("tooltip", DOTText.quoted(mark?.tooltip(tooltip) ?? tooltip)),
            ("shape", style.shape), ("fillcolor", DOTText.quoted(style.fill)),
            ("style", DOTText.quoted(mark?.nodeStyle(style.style) ?? style.style)),
        ]
        if let mark {
            attributes += mark.nodeAttributes
        } else if isParent {
            attributes.append(("penwidth", "2"))
        }
        dot.line(DOTText.quoted(id) + " " + DOTWriter.attributes(attributes) + ";")
    }

    /// What a node shows: the short label, else the name without what the
    /// surrounding clusters say.
    func label(_ id: String, tree: OrganisationTree) -> String {
        tree.institutions[id]?.short?.value ?? (clusters ? tree.displayName(id) : tree.institutions[id]?.name.value ?? id)
    }

    /// The legend's row of marks, when anything drawn is marked.
    private func changeLegend(tree: OrganisationTree, arrows: [HandoverArrow]) -> ChangeLegend? {
        guard !marks.isEmpty else { return nil }
        let markedArrows = arrows.contains { mark(of: $0) != nil }
        guard markedArrows || tree.ids.contains(where: { mark(ofInstitution: $0) != nil }) else { return nil }
        return ChangeLegend(arrows: markedArrows)
    }

    /// The kinds that occur, in the order of `InstitutionType`.
    private func kinds(in tree: OrganisationTree) -> [InstitutionStyle] {
        let present = Set(tree.institutions.values.map { $0.type?.value ?? .sonstige })
        return InstitutionType.allCases.filter(present.contains).map(InstitutionStyle.of)
    }
}
