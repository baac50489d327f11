/// The legend of the Schaubild: what the shapes, the frames and the arrows mean.
extension SchaubildGraph {
    /// Prefix of the DOT names of legend nodes: `_` is not allowed in
    /// institution ids, so they cannot collide.
    static let legendPrefix = "_legende_"
    /// Sample nodes per row of the legend, at most: a narrow legend keeps
    /// the band below the diagram no wider than the diagram itself.
    static let legendColumns = 5

    /// Where the legend ended up: how many rows it has, and the node in
    /// its first row to hang it below the main diagram.
    struct LegendPlacement {
        /// Rows of the legend: the partners beside it use no more.
        var rows: Int
        var anchor: String
    }

    /// One sample node per kind that occurs (in rows of `legendColumns`),
    /// then a row with a sample arrow, its explanation and, with clusters,
    /// what a frame means. Without clusters the legend is a plain block with
    /// a heading.
    func legend(kinds: [InstitutionStyle], hasArrows: Bool, hasFrames: Bool, into dot: inout DOTWriter) -> LegendPlacement {
        let p = Self.legendPrefix
        func name(_ suffix: String) -> String { DOTText.quoted(p + suffix) }
        let columns = Grid.evenColumns(for: kinds.count, atMost: Self.legendColumns)
        var rows: [[String]] = Grid(kinds.map { p + $0.type.rawValue }, columns: columns).rows
        // The frame sample fills a gap in the last row of kinds, or joins the arrow's row.
        if hasFrames, let filled = rows.indices.last, rows[filled].count < columns {
            rows[filled].append(p + "rahmen")
        }
        let last = (hasArrows ? [p + "von", p + "an", p + "pfeil"] : [])
            + (hasFrames && !rows.contains { $0.contains(p + "rahmen") } ? [p + "rahmen"] : [])
        if !last.isEmpty { rows.append(last) }
        if !clusters { rows.insert([p + "titel"], at: 0) }

        let body: (inout DOTWriter) -> Void = { dot in
            if clusters {
                dot.line("graph " + clusterAttributes(label: "Legende", tooltip: "Legende", fill: nil) + ";")
            } else {
                dot.line(name("titel") + " [label=<<b>Legende</b>> shape=plaintext style=\"\" fontsize=12 tooltip=\"Legende\"];")
            }
            for kind in kinds {
                dot.line(name(kind.type.rawValue) + " " + DOTWriter.attributes([
                    ("label", DOTText.quoted(kind.label)), ("tooltip", DOTText.quoted("Art der Institution: " + kind.label)),
                    ("shape", kind.shape), ("fillcolor", DOTText.quoted(kind.fill)), ("style", DOTText.quoted(kind.style)),
                    ("fontsize", "10"), ("margin", "\"0.06,0.03\""),
                ]) + ";")
            }
            if hasArrows {
                dot.line(name("von") + " [label=\"Absender\" shape=plaintext style=\"\" tooltip=\"Absender\"];")
                dot.line(name("an") + " [label=\"Empfänger\" shape=plaintext style=\"\" tooltip=\"Empfänger\"];")
                dot.line(name("pfeil") + " [label=\"Pfeil: Schnittstellen S1, S2 …\\n(Nummern wie in der Tabelle\\n„Schnittstellen“); zwei Spitzen:\\nin beide Richtungen\" shape=plaintext style=\"\" tooltip=\"Pfeil: Schnittstelle\"];")
            }
            if hasFrames {
                dot.line(name("rahmen") + " [label=\"Rahmen: Träger mit seinen Einheiten\\n(fett: der Träger selbst)\" shape=box style=\"rounded,filled\" fillcolor=\"#f3f5f8\" color=\"#7f7f7f\" tooltip=\"Rahmen: Organisation\"];")
            }
            for row in rows where row.count > 1 {
                dot.line("{ rank=same; " + row.map { DOTText.quoted($0) + ";" }.joined(separator: " ") + " }")
            }
            for row in rows {
                for (a, b) in zip(row, row.dropFirst()) {
                    let isSample = a == p + "von" && b == p + "an"
                    dot.line(DOTText.quoted(a) + " -> " + DOTText.quoted(b)
                        + (isSample ? " [label=\"S1, S2\" tooltip=\"Pfeil: Schnittstelle\"];" : " [style=invis];"))
                }
            }
            for (upper, lower) in zip(rows, rows.dropFirst()) {
                dot.line(DOTText.quoted(upper[0]) + " -> " + DOTText.quoted(lower[0]) + " [style=invis];")
            }
        }
        if clusters {
            dot.block("subgraph \(DOTText.quoted("cluster_" + p))", body)
        } else {
            body(&dot)
        }
        let top = rows.first ?? [p + "titel"]
        return LegendPlacement(rows: rows.count, anchor: top[top.count / 2])
    }
}
