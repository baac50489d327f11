import CLibXML2

/// A libxml2 document under construction. It owns the `xmlDoc` and frees it
/// (with every node in it) when it goes away, and it knows the namespaces the
/// DocBook writer needs: DocBook as the default, XLink for links, and the
/// predefined `xml` namespace for `xml:id` and `xml:lang`.
final class XMLTree {
    static let docBookNamespace = "http://docbook.org/ns/docbook"
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    let document: xmlDocPtr
    let namespace: xmlNsPtr
    let xlink: xmlNsPtr
    let xml: xmlNsPtr

    /// A document whose root is `rootName` in the DocBook namespace, with the
    /// XLink namespace declared on it.
    init(rootName: String) {
        LibXML.prepare()
        let document = "1.0".withXMLChars { xmlNewDoc($0) }!
        let node = rootName.withXMLChars { xmlNewDocNode(document, nil, $0, nil) }!
        xmlDocSetRootElement(document, node)
        let namespace = XMLTree.docBookNamespace.withXMLChars { xmlNewNs(node, $0, nil) }!
        xlink = XMLTree.xlinkNamespace.withXMLChars { href in "xlink".withXMLChars { xmlNewNs(node, href, $0) } }!
        xmlSetNs(node, namespace)
        xml = "xml".withXMLChars { xmlSearchNs(document, node, $0) }!
        self.document = document
        self.namespace = namespace
    }

    /// The root element. Made on demand: an element keeps its tree alive,
    /// so the tree holding its root would never be freed.
    var root: XMLTreeElement {
        XMLTreeElement(pointer: xmlDocGetRootElement(document), tree: self)
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The document as UTF-8 text with an XML declaration, indented where
    /// indenting changes no content (libxml2 leaves mixed content alone).
    /// The same tree always gives the same bytes.
    func serialized() throws -> String {
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &buffer, &size, "UTF-8", 1)
        guard let buffer, size > 0 else { throw DocBookError.serializationFailed }
        defer { wegweiser_xmlFree(buffer) }
        return String(decoding: UnsafeBufferPointer(start: buffer, count: Int(size)), as: UTF8.self)
    }
}
