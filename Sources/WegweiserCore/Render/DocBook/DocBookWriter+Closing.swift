extension DocBookWriter {
    /// Every contact, alphabetically by institution (the order of the
    /// paper): "Stelle – Funktion" (the institution linked to its section),
    /// then the ways to reach it. A list with the channels at full width,
    /// not a table: e-mail addresses are set in one unbreakable line, and
    /// long ones overflow any table column on A4.
    func writeDirectory(in article: XMLTreeElement) {
        section(in: article, id: "kontakte", title: "Kontaktverzeichnis", label: nextSectionNumber()) { section in
            guard !paper.directory.isEmpty else {
                para("Es sind keine Ansprechpartner erfasst.", in: section)
                return
            }
            para("Alle Ansprechpartner, alphabetisch nach Stelle und Funktion.", in: section)
            variableList(in: section, blocks: true, paper.directory) { entry, item in
                self.channels(of: entry.contact, in: item)
                if let languages = entry.contact.languages { self.para("Sprachen: \(languages)", in: item) }
                if item.elementCount == 0 { self.para("Keine Kontaktwege angegeben.", in: item) }
            } term: { entry, term in
                if let anchor = self.institutionAnchors[entry.institutionID], self.ids.contains(anchor) {
                    term.add("link", entry.institution).set("linkend", anchor)
                } else {
                    term.text(entry.institution)
                }
                term.text(" – " + entry.contact.function)
            }
        }
    }

    /// Present only with `--since`: what the paper was compared with, then
    /// one titled list per part of the paper with changes.
    func writeChanges(in article: XMLTreeElement) {
        guard let changes = paper.changes else { return }
        section(in: article, id: "aenderungen", title: changes.title, label: nextSectionNumber()) { section in
            for paragraph in changes.introduction { para(paragraph, in: section) }
            if changes.introduction.isEmpty && changes.groups.isEmpty {
                para("Keine inhaltlichen Änderungen.", in: section)
            }
            for group in changes.groups {
                itemizedList(in: section, title: group.title, group.items)
            }
        }
    }

    /// The abbreviations the paper uses, as a DocBook `glossary` after the
    /// sections (where the schema puts it).
    func writeGlossary(in article: XMLTreeElement) {
        let glossary = article.add("glossary")
        anchor("abkuerzungen", on: glossary)
        glossary.set("label", nextSectionNumber())
        glossary.add("title", "Abkürzungen")
        guard !paper.glossary.isEmpty else {
            para("Der Text verwendet keine Abkürzungen aus dem Katalog.", in: glossary)
            return
        }
        let chunks = Self.chunks(paper.glossary)
        for (index, chunk) in chunks.enumerated() {
            var parent = glossary
            if chunks.count > 1 {
                parent = glossary.add("glossdiv")
                parent.add("title", "Teil \(index + 1) von \(chunks.count)")
            }
            for item in chunk {
                let entry = parent.add("glossentry")
                entry.add("glossterm", item.term)
                para(item.definition, in: entry.add("glossdef"))
            }
        }
    }
}
