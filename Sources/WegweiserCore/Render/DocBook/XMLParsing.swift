import CLibXML2

/// Parses XML text into a libxml2 tree with its own parser context, so that
/// its messages go to a collector and never to stderr or a global handler.
/// No network access and no entity expansion: the text may come from anyone.
enum XMLParsing {
    /// The document, or nil with the reasons in `collector`. The caller frees it with `xmlFreeDoc`.
    static func parse(_ text: String, name: String, collector: XMLMessageCollector) -> xmlDocPtr? {
        LibXML.prepare()
        guard let parser = xmlNewParserCtxt() else {
            collector.add("libxml2 could not create a parser context")
            return nil
        }
        defer { xmlFreeParserCtxt(parser) }
        parser.pointee._private = collector.context
        parser.pointee.sax.pointee.serror = XMLMessageCollector.parserHandler
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else {
            collector.add("the document is empty")
            return nil
        }
        guard bytes.count < Int(Int32.max) else {
            collector.add("the document is too large to parse")
            return nil
        }
        let options = Int32(XML_PARSE_NONET.rawValue)
        let document = withExtendedLifetime(collector) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    xmlCtxtReadMemory(parser, $0, Int32(bytes.count), name, "UTF-8", options)
                }
            }
        }
        if document == nil || parser.pointee.wellFormed == 0 {
            if collector.messages.isEmpty { collector.add("the document is not well-formed XML") }
            if let document { xmlFreeDoc(document) }
            return nil
        }
        return document
    }
}
