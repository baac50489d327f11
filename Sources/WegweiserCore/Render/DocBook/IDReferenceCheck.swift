import CLibXML2
import Foundation

/// Finds references (`linkend`, `endterm` …) to ids that do not exist, before
/// libxml2's RELAX NG validation would. libxml2 2.9 reports dangling IDREFs
/// in a last pass that ignores the per-context structured handler and prints
/// to stderr instead; so they are reported here, as messages like any other,
/// and taken out of the (private, just parsed) tree before RELAX NG runs.
enum IDReferenceCheck {
    /// The DocBook 5.0 attributes of type IDREF and IDREFS.
    static let single: Set<String> = ["linkend", "endterm", "otherterm", "startref"]
    static let multiple: Set<String> = ["linkends", "zone", "arearefs"]

    /// Messages for every dangling reference in `document`, whose dangling
    /// attributes are removed.
    static func run(_ document: xmlDocPtr) -> [String] {
        var ids: Set<String> = []
        var references: [(attribute: xmlAttrPtr, name: String, values: [String], line: Int)] = []
        walk(xmlDocGetRootElement(document)) { element in
            var attribute = element.pointee.properties
            while let current = attribute {
                attribute = current.pointee.next
                let name = String(cString: current.pointee.name)
                if current.pointee.atype == XML_ATTRIBUTE_ID || (name == "id" && isXMLNamespace(current.pointee.ns)) {
                    ids.insert(value(of: current, in: element))
                    continue
                }
                guard current.pointee.ns == nil, isDocBook(element), single.contains(name) || multiple.contains(name)
                else { continue }
                let text = value(of: current, in: element)
                let values = multiple.contains(name) ? text.split(whereSeparator: \.isWhitespace).map(String.init) : [text]
                references.append((current, name, values, Int(xmlGetLineNo(element))))
            }
        }
        var messages: [String] = []
        for reference in references {
            let missing = reference.values.filter { !ids.contains($0) }
            guard !missing.isEmpty else { continue }
            for value in missing {
                messages.append("line \(reference.line): IDREF attribute \(reference.name) references an unknown ID \"\(value)\"")
            }
            xmlRemoveProp(reference.attribute)
        }
        return messages
    }

    private static func walk(_ node: xmlNodePtr?, _ visit: (xmlNodePtr) -> Void) {
        var current = node
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE {
                visit(node)
                walk(node.pointee.children, visit)
            }
            current = node.pointee.next
        }
    }

    private static func value(of attribute: xmlAttrPtr, in element: xmlNodePtr) -> String {
        guard let text = xmlNodeListGetString(element.pointee.doc, attribute.pointee.children, 1) else { return "" }
        defer { wegweiser_xmlFree(text) }
        return String(cString: text).trimmingCharacters(in: .whitespaces)
    }

    private static func isDocBook(_ element: xmlNodePtr) -> Bool {
        guard let ns = element.pointee.ns, let href = ns.pointee.href else { return false }
        return String(cString: href) == XMLTree.docBookNamespace
    }

    private static func isXMLNamespace(_ ns: xmlNsPtr?) -> Bool {
        guard let ns, let href = ns.pointee.href else { return false }
        return String(cString: href) == "http://www.w3.org/XML/1998/namespace"
    }
}
