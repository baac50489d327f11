/// Writes the DOT source of a district's Schaubild.
///
/// Everything is emitted in a fixed order (institutions and clusters by id,
/// arrows by sender and receiver id, legend in the order of the kinds), so
/// the same district always gives the same bytes, whatever the order of its
/// files. All text passes through `DOTText`.
struct SchaubildGraph {
    let district: ResolvedDistrict
    /// Draw the `part_of` hierarchy as clusters; without, every institution is a plain node.
    let clusters: Bool

    /// Characters per line in a node label.
    static let nodeWidth = 18
    /// Characters per line in a cluster label.
    static let clusterWidth = 36
    static let font = "DejaVu Sans"
    /// Prefix of the DOT names of legend nodes: `_` is not allowed in
    /// institution ids, so they cannot collide.
    static let legendPrefix = "_legende_"

    func render() -> String {
        let tree = OrganisationTree(district.institutions)
        let arrows = HandoverArrow.arrows(of: district, known: Set(tree.institutions.keys))
        var dot = DOTWriter()
        dot.line("// Schaubild – \(DOTText.cleaned(district.name).replacingOccurrences(of: "\n", with: " "))")
        dot.line("// Erzeugt von wegweiser: Institutionen und Cluster nach id sortiert, Pfeile nach Absender und Empfänger;")
        dot.line("// S1, S2 … sind die Nummern der Schnittstellen in der Tabelle des Papiers.")
        dot.block("digraph \(DOTText.quoted(title))") { dot in
            graphDefaults(&dot)
            dot.blank()
            dot.line("// Institutionen" + (clusters ? " (Cluster: Organisation nach part_of)" : ""))
            if clusters {
                for root in tree.roots { institution(root, tree: tree, into: &dot) }
            } else {
                for id in tree.institutions.keys.sorted(by: OrganisationTree.byteOrder) {
                    node(id, tree: tree, isParent: tree.hasUnits(id), into: &dot)
                }
            }
            dot.blank()
            dot.line("// Schnittstellen")
            for arrow in arrows { self.arrow(arrow, into: &dot) }
            dot.blank()
            dot.line("// Legende")
            legend(kinds: kinds(in: tree), hasArrows: !arrows.isEmpty, hasClusters: clusters && tree.roots.contains(where: tree.hasUnits), into: &dot)
        }
        return dot.text
    }

    /// "Schaubild – Landkreis Meißen": the graph's title and name.
    var title: String { "Schaubild – " + district.name }

    private func graphDefaults(_ dot: inout DOTWriter) {
        let font = DOTText.quoted(Self.font)
        dot.line("graph " + DOTWriter.attributes([
            ("label", "<<b>\(DOTText.html(title))</b>>"), ("labelloc", "t"), ("fontname", font), ("fontsize", "18"),
            ("rankdir", "LR"), ("nodesep", "0.25"), ("ranksep", "0.9"), ("splines", "true"), ("pad", "0.2"),
            ("bgcolor", "\"white\""), ("charset", "\"UTF-8\""),
        ]) + ";")
        dot.line("node " + DOTWriter.attributes([
            ("fontname", font), ("fontsize", "11"), ("style", "filled"), ("color", "\"#404040\""),
            ("margin", "\"0.12,0.06\""),
        ]) + ";")
        dot.line("edge " + DOTWriter.attributes([
            ("fontname", font), ("fontsize", "10"), ("color", "\"#303030\""), ("fontcolor", "\"#202020\""),
            ("arrowsize", "0.8"),
        ]) + ";")
    }

    /// An institution: a node, or a cluster of itself and its units.
    private func institution(_ id: String, tree: OrganisationTree, into dot: inout DOTWriter, depth: Int = 0) {
        guard let units = tree.children[id], !units.isEmpty, let institution = tree.institutions[id] else {
            node(id, tree: tree, isParent: false, into: &dot)
            return
        }
        dot.block("subgraph \(DOTText.quoted("cluster_" + id))") { dot in
            let label = LabelText.wrap(institution.name.value, width: Self.clusterWidth).joined(separator: "\n")
            dot.line("graph " + DOTWriter.attributes([
                ("label", "<<b>\(DOTText.html(label))</b>>"), ("tooltip", DOTText.quoted(institution.name.value)),
                ("style", "\"rounded,filled\""), ("color", "\"#7f7f7f\""),
                ("fillcolor", DOTText.quoted(depth % 2 == 0 ? "#f4f6f8" : "#ffffff")), ("fontsize", "12"),
                ("labeljust", "l"), ("margin", "10"),
            ]) + ";")
            node(id, tree: tree, isParent: true, into: &dot)
            for unit in units { self.institution(unit, tree: tree, into: &dot, depth: depth + 1) }
        }
    }

    /// One institution's node: short label, full name in the tooltip,
    /// shape and fill of its kind. A parent (drawn inside its own cluster)
    /// is bold with a thicker border.
    private func node(_ id: String, tree: OrganisationTree, isParent: Bool, into dot: inout DOTWriter) {
        guard let institution = tree.institutions[id] else { return }
        let style = InstitutionStyle.of(institution.type?.value)
        let text = LabelText.wrap(institution.short?.value ?? institution.name.value, width: Self.nodeWidth)
            .joined(separator: "\n")
        var attributes: [(String, String)] = [
            ("id", DOTText.quoted("inst-" + id)),
            ("label", isParent ? "<<b>\(DOTText.html(text))</b>>" : DOTText.quoted(text)),
            ("tooltip", DOTText.quoted(tooltip(institution, style: style))),
            ("shape", style.shape), ("fillcolor", DOTText.quoted(style.fill)), ("style", DOTText.quoted(style.style)),
        ]
        if isParent { attributes.append(("penwidth", "2")) }
        dot.line(DOTText.quoted(id) + " " + DOTWriter.attributes(attributes) + ";")
    }

    /// "Ausländeramt – Sachgebiet Asyl und Integration (Verwaltungseinheit)".
    private func tooltip(_ institution: Institution, style: InstitutionStyle) -> String {
        institution.name.value + " (" + style.label + ")"
    }

    /// One arrow: the handover numbers as label, the subjects as tooltip.
    private func arrow(_ arrow: HandoverArrow, into dot: inout DOTWriter) {
        let numbers = arrow.entries.map { SchaubildRenderer.handoverLabel($0.number) }
        let tooltip = arrow.entries.map { SchaubildRenderer.handoverLabel($0.number) + ": " + $0.subject }
            .joined(separator: "\n")
        dot.line(DOTText.quoted(arrow.from) + " -> " + DOTText.quoted(arrow.to) + " " + DOTWriter.attributes([
            ("label", DOTText.quoted(numbers.joined(separator: ", "))), ("tooltip", DOTText.quoted(tooltip)),
            ("labeltooltip", DOTText.quoted(tooltip)),
        ]) + ";")
    }

    /// The kinds that occur, in the order of `InstitutionType`.
    private func kinds(in tree: OrganisationTree) -> [InstitutionStyle] {
        let present = Set(tree.institutions.values.map { $0.type?.value ?? .sonstige })
        return InstitutionType.allCases.filter(present.contains).map(InstitutionStyle.of)
    }

    /// The legend: one sample node per kind that occurs, then the arrow.
    private func legend(kinds: [InstitutionStyle], hasArrows: Bool, hasClusters: Bool, into dot: inout DOTWriter) {
        let p = Self.legendPrefix
        dot.block("subgraph \(DOTText.quoted("cluster_" + p))") { dot in
            dot.line("graph " + DOTWriter.attributes([
                ("label", "<<b>Legende</b>>"), ("style", "\"rounded\""), ("color", "\"#7f7f7f\""), ("fontsize", "12"),
                ("labeljust", "l"), ("margin", "10"),
            ]) + ";")
            for kind in kinds {
                dot.line(DOTText.quoted(p + kind.type.rawValue) + " " + DOTWriter.attributes([
                    ("label", DOTText.quoted(kind.label)), ("tooltip", DOTText.quoted("Art der Institution: " + kind.label)),
                    ("shape", kind.shape), ("fillcolor", DOTText.quoted(kind.fill)), ("style", DOTText.quoted(kind.style)),
                ]) + ";")
            }
            if hasArrows {
                dot.line(DOTText.quoted(p + "von") + " [label=\"Absender\" shape=plaintext style=\"\" tooltip=\"Absender\"];")
                dot.line(DOTText.quoted(p + "an") + " [label=\"Empfänger\" shape=plaintext style=\"\" tooltip=\"Empfänger\"];")
                dot.line(DOTText.quoted(p + "von") + " -> " + DOTText.quoted(p + "an")
                    + " [label=\"S1, S2\" tooltip=\"Schnittstellen S1 und S2: Nummern wie in der Tabelle Schnittstellen\"];")
            }
            // Invisible edges keep the sample nodes in one compact column.
            let chain = kinds.map { p + $0.type.rawValue }
            for (a, b) in zip(chain, chain.dropFirst()) {
                dot.line(DOTText.quoted(a) + " -> " + DOTText.quoted(b) + " [style=invis];")
            }
        }
    }
}
