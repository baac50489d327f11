import CLibXML2

/// One element of an `XMLTree`, with the few operations the DocBook writer
/// needs. Text only ever enters as text nodes (`xmlNewTextChild`,
/// `xmlNewDocText`) and attribute values through `xmlNewProp`, which libxml2
/// escapes on output: whatever a district file contains stays inert text.
/// (`xmlNewChild` would parse its text as markup and drop what follows `&`.)
struct XMLTreeElement {
    let pointer: xmlNodePtr
    /// Keeps the document alive while its elements are in use.
    let tree: XMLTree

    /// Appends a child element in the DocBook namespace, with `text` as its only content.
    @discardableResult
    func add(_ name: String, _ text: String? = nil) -> XMLTreeElement {
        let child = name.withXMLChars { name in
            if let text {
                text.withXMLChars { xmlNewTextChild(pointer, tree.namespace, name, $0) }
            } else {
                xmlNewTextChild(pointer, tree.namespace, name, nil)
            }
        }
        return XMLTreeElement(pointer: child!, tree: tree)
    }

    /// Appends text after the current children (for mixed content).
    func text(_ text: String) {
        guard !text.isEmpty else { return }
        let node = text.withXMLChars { xmlNewDocText(tree.document, $0) }
        xmlAddChild(pointer, node)
    }

    /// Sets an attribute without namespace.
    @discardableResult
    func set(_ name: String, _ value: String) -> XMLTreeElement {
        name.withXMLChars { name in value.withXMLChars { _ = xmlNewProp(pointer, name, $0) } }
        return self
    }

    /// Sets `xml:id`.
    @discardableResult
    func setID(_ id: String) -> XMLTreeElement {
        setNamespaced(tree.xml, "id", id)
    }

    /// Sets `xml:lang`.
    @discardableResult
    func setLanguage(_ language: String) -> XMLTreeElement {
        setNamespaced(tree.xml, "lang", language)
    }

    /// Sets `xlink:href`, which makes a DocBook element a link.
    @discardableResult
    func setLink(_ href: String) -> XMLTreeElement {
        setNamespaced(tree.xlink, "href", href)
    }

    private func setNamespaced(_ namespace: xmlNsPtr, _ name: String, _ value: String) -> XMLTreeElement {
        name.withXMLChars { name in value.withXMLChars { _ = xmlNewNsProp(pointer, namespace, name, $0) } }
        return self
    }

    /// Appends a processing instruction, e.g. `<?dbfo orientation="90"?>` for DocBook XSL.
    /// The content is the writer's own, never text from a district.
    func processingInstruction(_ target: String, _ content: String) {
        let node = target.withXMLChars { target in content.withXMLChars { xmlNewDocPI(tree.document, target, $0) } }
        xmlAddChild(pointer, node)
    }

    /// The number of child elements (text does not count).
    var elementCount: Int {
        Int(xmlChildElementCount(pointer))
    }
}
