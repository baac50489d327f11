/// The district's Schaubild in both forms.
///
/// The DOT source is kept beside the SVG because it is the reproducible,
/// diff-friendly description of the diagram; the SVG is what readers see,
/// once as a file of its own and once prepared for inlining into the HTML
/// paper.
public struct Schaubild: Sendable {
    /// The DOT source, written to `Output/<id>/<id>.dot`. When the clustered
    /// layout failed this is the DOT without clusters that produced `svg`, so
    /// the two files always agree.
    public var dot: String
    /// Standalone SVG document rendered by Graphviz, written to `<id>.svg`.
    public var svg: String
    /// The same SVG for inlining into HTML5: no XML prolog, no DOCTYPE, no
    /// comments, ids prefixed `sb-` (and every reference to them rewritten)
    /// so they cannot clash with the page's ids, `role="img"` and
    /// `aria-label` on the root.
    public var inlineSVG: String
    /// Notes for the user, e.g. that the layout fell back to one without
    /// clusters; empty normally.
    public var warnings: [String]

    public init(dot: String, svg: String, inlineSVG: String, warnings: [String] = []) {
        self.dot = dot
        self.svg = svg
        self.inlineSVG = inlineSVG
        self.warnings = warnings
    }
}
