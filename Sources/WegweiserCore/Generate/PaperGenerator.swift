/// Renders a resolved district into every requested format: the paper's
/// content is built once and laid out as HTML and DocBook, the Schaubild is
/// drawn once by Graphviz and used as DOT, SVG and inline in the HTML.
public struct PaperGenerator: Sendable {
    public var formats: Set<OutputFormat>
    public var edition: Paper.Edition
    public var html: HTMLRenderer
    /// Present when DocBook articles are checked against the schema before
    /// they are written (`generate --check-docbook`).
    private let schema: DocBookSchema?
    public var graphvizTimeout: Duration
    /// Present with `generate --extracts`: one page per institution besides the paper.
    public var extracts: ExtractRenderer?

    /// With `checksDocBook`, loads the DocBook schema (once per process) when
    /// DocBook is asked for, so that a missing schema fails before any
    /// district is rendered. The check is off by default: the articles are
    /// valid by construction, and the test suite proves it on every sample
    /// and benchmark district; validating each one would double the time.
    public init(
        formats: Set<OutputFormat> = Set(OutputFormat.allCases), edition: Paper.Edition = .internal,
        html: HTMLRenderer, graphvizTimeout: Duration = .seconds(20), extracts: ExtractRenderer? = nil,
        checksDocBook: Bool = false
    ) throws {
        self.extracts = extracts
        self.formats = formats
        self.edition = edition
        self.html = html
        self.schema = checksDocBook && formats.contains(.docbook) ? try DocBookSchema.shared() : nil
        self.graphvizTimeout = graphvizTimeout
    }

    /// - Parameter changes: with `generate --since`, the comparison of the
    ///   earlier version with `district` (best computed for this generator's
    ///   edition): the paper gets the section "Änderungen gegenüber …" and
    ///   marks on what is new or changed. The Schaubild, DOT and SVG stay
    ///   as without it.
    public func render(_ district: ResolvedDistrict, changes: DistrictChanges? = nil) throws -> DistrictOutput {
        let paper = PaperBuilder(district: district, edition: edition, changes: changes).build()
        let provenance = paper.meta.provenance
        let needsSVG = formats.contains(.svg) || formats.contains(.html)
        // Two strands that share nothing but the paper, at once: the Schaubild
        // (Graphviz, unless its layout is cached) with the HTML that embeds it,
        // and the DocBook with the extracts. A single large district gets
        // both cores; the files keep their order.
        let (drawn, written) = try inParallel({
            let schaubild = needsSVG
                ? try SchaubildRenderer.render(district, timeout: graphvizTimeout, provenance: provenance) : nil
            let html = try schaubild.flatMap { schaubild in
                formats.contains(.html) ? try self.html.render(paper, svg: schaubild.inlineSVG) : nil
            }
            return (schaubild: schaubild, html: html)
        }, {
            let xml = formats.contains(.docbook)
                ? try DocBookRenderer.render(paper, svgFileName: "\(district.id).svg", schema: schema) : nil
            let pages = try extracts?.render(ExtractBuilder(district: district, paper: paper).build())
            return (xml: xml, pages: pages)
        })
        let schaubild = drawn.schaubild
        var files: [DistrictOutput.File] = []
        if let html = drawn.html { files.append(.init(format: .html, text: html)) }
        if let xml = written.xml { files.append(.init(format: .docbook, text: xml)) }
        if formats.contains(.dot) {
            let dot = schaubild?.dot ?? SchaubildRenderer.dot(for: district, provenance: provenance)
            files.append(.init(format: .dot, text: dot))
        }
        if let schaubild, formats.contains(.svg) {
            files.append(.init(format: .svg, text: schaubild.svg))
        }
        return DistrictOutput(districtID: district.id, files: files, extracts: written.pages, warnings: schaubild?.warnings ?? [])
    }
}
