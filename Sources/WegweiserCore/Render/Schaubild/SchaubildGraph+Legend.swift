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

    /// What the legend explains of a change report's marks: always the
    /// three marked sample nodes, sample arrows when an arrow is marked.
    struct ChangeLegend {
        var arrows: Bool
    }

    /// One sample node per kind that occurs (in rows of `legendColumns`),
    /// then a row with a sample arrow, its explanation and, with clusters,
    /// what a frame means; with `changes`, a row with the marks. Without
    /// clusters the legend is a plain block with a heading.
    func legend(
        kinds: [InstitutionStyle], hasArrows: Bool, hasFrames: Bool, changes: ChangeLegend? = nil, into dot: inout DOTWriter
    ) -> LegendPlacement {
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
        if let changes { rows += Self.changeRows(arrows: changes.arrows) }
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
            if let changes { changeSamples(arrows: changes.arrows, into: &dot) }
            for row in rows where row.count > 1 {
                dot.line("{ rank=same; " + row.map { DOTText.quoted($0) + ";" }.joined(separator: " ") + " }")
            }
            for row in rows {
                for (a, b) in zip(row, row.dropFirst()) {
                    let isSample = a == p + "von" && b == p + "an"
                    let attributes = isSample
                        ? "[label=\"S1, S2\" tooltip=\"Pfeil: Schnittstelle\"]" : Self.changeArrow(from: a, to: b) ?? "[style=invis]"
                    dot.line(DOTText.quoted(a) + " -> " + DOTText.quoted(b) + " " + attributes + ";")
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

/// The legend's row of marks, in a change report only.
extension SchaubildGraph {
    private static func changeName(_ mark: SchaubildMarks.Mark, _ suffix: String = "") -> String {
        legendPrefix + "aenderung_" + mark.rawValue + suffix
    }

    /// "Änderungen:" and a sample node per mark; below, with `arrows`, a
    /// sample arrow per mark between two dots.
    static func changeRows(arrows: Bool) -> [[String]] {
        let marks = SchaubildMarks.Mark.allCases
        var rows = [[legendPrefix + "aenderungen"] + marks.map { changeName($0) }]
        if arrows { rows.append(marks.flatMap { [changeName($0, "_von"), changeName($0, "_an")] }) }
        return rows
    }

    /// The nodes of `changeRows`.
    func changeSamples(arrows: Bool, into dot: inout DOTWriter) {
        dot.line(DOTText.quoted(Self.legendPrefix + "aenderungen") + " " + DOTWriter.attributes([
            ("label", DOTText.quoted("Änderungen:")), ("shape", "plaintext"), ("style", "\"\""),
            ("tooltip", DOTText.quoted("Änderungen gegenüber der anderen Fassung")),
        ]) + ";")
        for mark in SchaubildMarks.Mark.allCases {
            dot.line(DOTText.quoted(Self.changeName(mark)) + " " + DOTWriter.attributes([
                ("label", DOTText.quoted(mark.label)), ("tooltip", DOTText.quoted("Änderung: " + mark.label)),
                ("shape", "box"), ("fillcolor", "\"#ffffff\""), ("style", DOTText.quoted(mark.nodeStyle("filled"))),
            ] + mark.nodeAttributes + [("fontsize", "10"), ("margin", "\"0.06,0.03\"")]) + ";")
        }
        guard arrows else { return }
        for mark in SchaubildMarks.Mark.allCases {
            for end in ["_von", "_an"] {
                dot.line(DOTText.quoted(Self.changeName(mark, end)) + " " + DOTWriter.attributes([
                    ("label", "\"\""), ("shape", "point"), ("width", "0.08"), ("color", "\"#7f7f7f\""),
                    ("fillcolor", "\"#7f7f7f\""), ("tooltip", DOTText.quoted("Pfeil: Schnittstelle " + mark.label)),
                ]) + ";")
            }
        }
    }

    /// The attributes of the sample arrow from `a` to `b`, if that is one.
    static func changeArrow(from a: String, to b: String) -> String? {
        guard let mark = SchaubildMarks.Mark.allCases.first(where: { a == changeName($0, "_von") && b == changeName($0, "_an") })
        else { return nil }
        return DOTWriter.attributes(
            [("label", DOTText.quoted(mark.label)), ("tooltip", DOTText.quoted("Pfeil: Schnittstelle " + mark.label))]
                + mark.edgeAttributes)
    }
}
