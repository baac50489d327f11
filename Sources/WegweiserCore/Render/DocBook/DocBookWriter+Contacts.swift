extension DocBookWriter {
    /// A contact as DocBook's address elements: the functional channels in
    /// one `address` (`email`, `phone`, `uri`, free-text `otheraddr`), the
    /// person block, internal edition only (the public paper has none), in a
    /// second one with the name as `personname`; then languages, check date
    /// and note as paragraphs. Each channel is one line, labelled in words;
    /// `address` keeps its line breaks in every DocBook XSL output.
    func contactBlocks(_ contact: Paper.ContactEntry, in parent: XMLTreeElement) {
        channels(of: contact, in: parent)
        if let languages = contact.languages { para("Sprachen: \(languages)", in: parent) }
        if let verified = contact.verified { para("Geprüft am \(verified)", in: parent) }
        if let note = contact.note { para(note, in: parent) }
        if parent.elementCount == 0 { para("Keine Kontaktwege angegeben.", in: parent) }
    }

    /// The channel addresses only (for the directory's table cells).
    func channels(of contact: Paper.ContactEntry, in parent: XMLTreeElement) {
        var lines = AddressLines(parent: parent)
        if let email = contact.email { lines.line("E-Mail:", email, monospace: true) { $0.add("email", email) } }
        if let phone = contact.phone { lines.line("Telefon:", phone) { $0.add("phone", phone) } }
        if let web = contact.web { lines.line("Web:", web, monospace: true) { self.webLink(web, in: $0, element: "uri") } }
        if let address = contact.address { lines.line("Anschrift:", address) { $0.add("otheraddr", address) } }

        guard let person = contact.person else { return }
        var direct = AddressLines(parent: parent, role: "person")
        if let name = person.name { direct.line("Ansprechperson:", name) { $0.add("personname", name) } }
        if let email = person.email { direct.line("E-Mail direkt:", email, monospace: true) { $0.add("email", email) } }
        if let phone = person.phone { direct.line("Telefon direkt:", phone) { $0.add("phone", phone) } }
        if let address = person.address { direct.line("Anschrift:", address) { $0.add("otheraddr", address) } }
    }

    /// The contacts of an institution or municipality: one entry per
    /// contact, the function as its term.
    func contactList(_ contacts: [Paper.ContactEntry], in parent: XMLTreeElement, title: String? = "Ansprechpartner") {
        variableList(in: parent, title: title, blocks: true, contacts) { contact, item in
            self.contactBlocks(contact, in: item)
        } term: { $0.function }
    }
}

/// Builds one `address`, created with its first line: a label as text,
/// then the element holding the value, lines separated by a line break.
/// The text between the elements also keeps libxml2 from indenting inside
/// `address`, where whitespace would show. DocBook XSL sets an address
/// without wrapping (and e-mail addresses and URIs in monospace with
/// delimiters), so a line that would not fit beside the label on A4 starts
/// on its own line.
private struct AddressLines {
    /// About what fits in a full-width list item on A4 (136 mm), in points at 10 pt.
    static let lineWidth = 370.0

    let parent: XMLTreeElement
    var role: String? = nil
    private var address: XMLTreeElement?

    init(parent: XMLTreeElement, role: String? = nil) {
        self.parent = parent
        self.role = role
    }

    mutating func line(_ label: String, _ value: String, monospace: Bool = false, _ write: (XMLTreeElement) -> Void) {
        if let address {
            address.text("\n")
        } else {
            let created = parent.add("address")
            if let role { created.set("role", role) }
            address = created
        }
        let width = Double(label.count + 1) * 5 + (monospace ? Double(value.count + 2) * 6 : Double(value.count) * 5)
        address!.text(label + (width > Self.lineWidth ? "\n" : " "))
        write(address!)
    }
}
