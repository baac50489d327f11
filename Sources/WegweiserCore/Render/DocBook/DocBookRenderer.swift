/// Writes the paper as DocBook 5.0, the format publishers and DocBook XSL
/// (HTML, PDF through FO) take.
public enum DocBookRenderer {
    /// The paper as a DocBook 5.0 `article`, built as a libxml2 tree (never by
    /// string concatenation), serialized as UTF-8 with an XML declaration.
    /// With a `schema` (`generate --check-docbook`, and every test), it is
    /// validated and its links checked before it is returned: an invalid
    /// document throws (it is a bug). `svgFileName` is the Schaubild's SVG file,
    /// referenced relative to the XML file, so it belongs beside it.
    public static func render(_ paper: Paper, svgFileName: String, schema: DocBookSchema?) throws -> String {
        let xml = try DocBookWriter(paper: paper, svgFileName: svgFileName).write().serialized()
        guard let schema else { return xml }
        let messages = schema.validate(xml)
        guard messages.isEmpty else { throw DocBookError.invalidDocument(messages: messages) }
        return xml
    }
}
