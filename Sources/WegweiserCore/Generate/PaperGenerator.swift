/// Renders a resolved district into every requested format: the paper's
/// content is built once and laid out as HTML and DocBook, the Schaubild is
/// drawn once by Graphviz and used as DOT, SVG and inline in the HTML.
public struct PaperGenerator: Sendable {
    public var formats: Set<OutputFormat>
    public var edition: Paper.Edition
    public var html: HTMLRenderer
    public var schema: DocBookSchema?
    public var graphvizTimeout: Duration

    public init(
        formats: Set<OutputFormat> = Set(OutputFormat.allCases), edition: Paper.Edition = .internal,
        html: HTMLRenderer, schema: DocBookSchema?, graphvizTimeout: Duration = .seconds(20)
    ) {
        self.formats = formats
        self.edition = edition
        self.html = html
        self.schema = schema
        self.graphvizTimeout = graphvizTimeout
    }

    public func render(_ district: ResolvedDistrict) throws -> DistrictOutput {
        let digest = DefinitionDigest.compute(district)
        let paper = PaperBuilder(district: district, edition: edition, digest: digest).build()
        var files: [DistrictOutput.File] = []
        var warnings: [String] = []
        let needsSVG = formats.contains(.svg) || formats.contains(.html)
        let schaubild = needsSVG ? try SchaubildRenderer.render(district, timeout: graphvizTimeout) : nil
        warnings += schaubild?.warnings ?? []
        if formats.contains(.html) {
            files.append(.init(format: .html, text: try html.render(paper, svg: schaubild!.inlineSVG)))
        }
        if formats.contains(.docbook), let schema {
            let xml = try DocBookRenderer.render(paper, svgFileName: "\(district.id).svg", schema: schema)
            files.append(.init(format: .docbook, text: xml))
        }
        if formats.contains(.dot) {
            let dot = schaubild?.dot ?? SchaubildRenderer.dot(for: district)
            files.append(.init(format: .dot, text: "// \(paper.meta.provenance)\n" + dot))
        }
        if formats.contains(.svg), let svg = schaubild?.svg {
            files.append(.init(format: .svg, text: Self.addingProvenance(paper.meta.provenance, to: svg)))
        }
        return DistrictOutput(districtID: district.id, files: files, warnings: warnings)
    }

    /// The provenance as an XML comment after the SVG's prolog.
    static func addingProvenance(_ provenance: String, to svg: String) -> String {
        let comment = "<!-- \(provenance.replacingOccurrences(of: "--", with: "- -")) -->\n"
        guard svg.hasPrefix("<?xml"), let end = svg.range(of: "?>\n") else { return comment + svg }
        return String(svg[..<end.upperBound]) + comment + String(svg[end.upperBound...])
    }
}
