import Foundation

/// Draws a district's Schaubild: institutions grouped by organisation,
/// handovers as numbered arrows, a legend.
///
/// Handover numbering, shared with the paper's Schnittstellen table: the
/// handover at index `i` of `district.handovers` (0-based) is number `i + 1`,
/// written "S\(i + 1)" (`handoverNumber(index:)`, `handoverLabel(_:)`,
/// `handoverLabels(in:)`). Internal handovers and gaps keep their number
/// even though they get no arrow, so the numbers in the diagram and in the
/// table always match.
public enum SchaubildRenderer {
    /// Deterministic, sorted DOT.
    ///
    /// - Parameters:
    ///   - clusters: draw the `part_of` hierarchy as clusters; the fallback
    ///     layout leaves them out.
    ///   - provenance: the provenance line (tool version, definition
    ///     digest); written as a DOT comment and carried into the standalone
    ///     SVG as a comment.
    ///   - marks: institutions and handovers to mark as added, removed or
    ///     changed (a change report); `.none` draws the paper's Schaubild.
    public static func dot(
        for district: ResolvedDistrict, clusters: Bool = true, provenance: String? = nil, marks: SchaubildMarks = .none
    ) -> String {
        SchaubildGraph(district: district, clusters: clusters, provenance: provenance, marks: marks).render()
    }

    /// DOT → SVG with the system's Graphviz `dot`, bounded in time; falls
    /// back to a layout without clusters (with a warning) if Graphviz fails
    /// or takes too long with clusters.
    ///
    /// - Throws: `SchaubildError` when `dot` is missing or both layouts fail.
    public static func render(
        _ district: ResolvedDistrict, timeout: Duration = .seconds(20), provenance: String? = nil,
        marks: SchaubildMarks = .none
    ) throws -> Schaubild {
        try render(
            district, timeout: timeout, provenance: provenance, marks: marks, environment: ProcessInfo.processInfo.environment)
    }

    /// `render` with the environment whose `PATH` is searched for `dot`.
    static func render(
        _ district: ResolvedDistrict, timeout: Duration = .seconds(20), provenance: String? = nil,
        marks: SchaubildMarks = .none, environment: [String: String]
    ) throws -> Schaubild {
        guard let graphviz = GraphvizRunner.locate(environment: environment) else { throw SchaubildError.graphvizNotFound }
        // Graphviz lays out the DOT with a stand-in for the provenance line, which
        // then goes into the DOT and the SVG: the layout does not depend on it, so
        // an edit that leaves the diagram as it was finds its layout in the cache.
        let standIn = provenance.map { _ in provenanceStandIn }
        let cache = LayoutCache.standard(environment: environment)
        let drawn = SchaubildGraph.isLarge(district)
            ? try renderLarge(district, provenance: standIn, marks: marks, graphviz: graphviz, timeout: timeout, cache: cache)
            : try render(
                district, clustered: dot(for: district, clusters: true, provenance: standIn, marks: marks),
                flat: dot(for: district, clusters: false, provenance: standIn, marks: marks), graphviz: graphviz,
                clusterTimeout: timeout, fallbackTimeout: timeout, cache: cache)
        guard let provenance else { return drawn }
        let line = SchaubildGraph.oneLine(provenance)
        return Schaubild(
            dot: drawn.dot.replacingBytes(DOTText.quoted(provenanceStandIn), with: DOTText.quoted(line))
                .replacingBytes(provenanceStandIn, with: line),
            svg: drawn.svg.replacingBytes(provenanceStandIn, with: commentText(line)),
            inlineSVG: drawn.inlineSVG, warnings: drawn.warnings)
    }

    /// A diagram too large for clusters and curved arrows: drawn at once
    /// without clusters, with straight arrows, and the user is told why.
    private static func renderLarge(
        _ district: ResolvedDistrict, provenance: String?, marks: SchaubildMarks, graphviz: GraphvizRunner,
        timeout: Duration, cache: LayoutCache?
    ) throws -> Schaubild {
        let graph = SchaubildGraph(district: district, clusters: false, provenance: provenance, marks: marks)
        let source = graph.render()
        let outcome = layout(source, graphviz: graphviz, cache: cache, timeout: timeout)
        var warnings = [
            "the Schaubild of '\(district.id)' has \(district.institutions.count) institutions and "
                + "\(district.handovers.count) handovers, too many for Graphviz to lay out with the organisation "
                + "clusters: it is drawn without them and with straight arrows",
        ]
        switch outcome {
        case .success(let svg):
            return schaubild(dot: source, svg: svg, title: graph.title, warnings: warnings)
        case .failed(0, let svg, let messages) where svg.contains("</svg>"):
            warnings.append("Graphviz reported: \(summary(messages))")
            return schaubild(dot: source, svg: svg, title: graph.title, warnings: warnings)
        case .notStarted(let message):
            throw SchaubildError.couldNotRun(message)
        default:
            throw SchaubildError.layoutFailed(
                district: district.id, withClusters: "not tried for a diagram this large", withoutClusters: reason(outcome))
        }
    }

    /// One Graphviz run, answered from the layout cache when there is one.
    private static func layout(
        _ source: String, graphviz: GraphvizRunner, cache: LayoutCache?, timeout: Duration
    ) -> GraphvizRunner.Outcome {
        cache?.run(source, with: graphviz, timeout: timeout) ?? graphviz.run(source, timeout: timeout)
    }

    /// Stands for the provenance line while Graphviz lays out the diagram
    /// (letters and digits only: Graphviz writes them into the SVG unchanged).
    static let provenanceStandIn = "WEGWEISERPROVENIENZ0F3C9A"

    /// The line as Graphviz 2.43 writes a graph comment into the SVG.
    static func commentText(_ line: String) -> String {
        // The entities hold no "-", so the hyphens can be replaced after escaping.
        MarkupEscaping.escaped(line).replacingBytes("-", with: "&#45;")
    }

    /// The number of the handover at `index` (0-based) of `district.handovers`: `index + 1`.
    public static func handoverNumber(index: Int) -> Int { index + 1 }

    /// The number of the handover with this id in the district, or nil.
    public static func handoverNumber(of handoverID: String, in district: ResolvedDistrict) -> Int? {
        district.handovers.firstIndex { $0.id == handoverID }.map(handoverNumber(index:))
    }

    /// "S3": how a handover number is written on the arrows and in the table.
    public static func handoverLabel(_ number: Int) -> String { "S\(number)" }

    /// "S3" for the handover at `index` (0-based) of `district.handovers`.
    public static func handoverLabel(index: Int) -> String { handoverLabel(handoverNumber(index: index)) }

    /// Handover id → "S1", "S2" …, for every handover of the district.
    public static func handoverLabels(in district: ResolvedDistrict) -> [String: String] {
        var labels: [String: String] = [:]
        for (index, handover) in district.handovers.enumerated() where labels[handover.id] == nil {
            labels[handover.id] = handoverLabel(handoverNumber(index: index))
        }
        return labels
    }

    /// The rendering steps with everything injectable, for tests: the two
    /// DOT sources (the clustered one may be broken on purpose), the `dot`
    /// executable and separate deadlines for the two attempts.
    static func render(
        _ district: ResolvedDistrict, clustered: String, flat: @autoclosure () -> String, graphviz: GraphvizRunner,
        clusterTimeout: Duration, fallbackTimeout: Duration, cache: LayoutCache? = nil
    ) throws -> Schaubild {
        let title = SchaubildGraph(district: district, clusters: true).title
        let first = layout(clustered, graphviz: graphviz, cache: cache, timeout: clusterTimeout)
        if case .success(let svg) = first {
            return schaubild(dot: clustered, svg: svg, title: title, warnings: [])
        }
        if case .notStarted(let message) = first {
            // Not a layout problem: a second attempt would fail the same way.
            throw SchaubildError.couldNotRun(message)
        }
        let flat = flat()
        let second = layout(flat, graphviz: graphviz, cache: cache, timeout: fallbackTimeout)
        let warning = "Graphviz could not lay out the Schaubild of '\(district.id)' with clusters (\(reason(first))); "
            + "it is drawn without the organisation clusters"
        switch second {
        case .success(let svg):
            return schaubild(dot: flat, svg: svg, title: title, warnings: [warning])
        case .failed(0, let svg, let messages) where svg.contains("</svg>"):
            // Drawn, but with Graphviz warnings: usable, and the user is told.
            return schaubild(
                dot: flat, svg: svg, title: title,
                warnings: [warning, "Graphviz reported: \(summary(messages))"])
        default:
            throw SchaubildError.layoutFailed(district: district.id, withClusters: reason(first), withoutClusters: reason(second))
        }
    }

    private static func schaubild(dot: String, svg: String, title: String, warnings: [String]) -> Schaubild {
        let standalone = SVGDocument.standalone(svg)
        return Schaubild(
            dot: dot, svg: standalone, inlineSVG: SVGDocument.inline(standalone, label: title), warnings: warnings)
    }

    /// Why a run failed, in one line for a message.
    static func reason(_ outcome: GraphvizRunner.Outcome) -> String {
        switch outcome {
        case .success: "no error"
        case .timedOut: "it took too long and was stopped"
        case .killed(let signal): "'dot' was ended by signal \(signal)"
        case .notStarted(let message): message
        case .failed(let status, _, let messages):
            messages.isEmpty ? "'dot' exited with status \(status)" : "'dot' exited with status \(status): \(summary(messages))"
        }
    }

    /// Graphviz's messages on one line, shortened.
    private static func summary(_ messages: String) -> String {
        let line = messages.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        return line.count > 300 ? String(line.prefix(300)) + "…" : line
    }
}
