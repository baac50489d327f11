extension DocBookWriter {
    /// Every contact, alphabetically by institution (the order of the
    /// paper), as a three-column table; the institution links to its section.
    func writeDirectory(in article: XMLTreeElement) {
        section(in: article, id: "kontakte", title: "Kontaktverzeichnis", label: nextSectionNumber()) { section in
            guard !paper.directory.isEmpty else {
                para("Es sind keine Ansprechpartner erfasst.", in: section)
                return
            }
            let chunks = Self.chunks(paper.directory)
            for (index, chunk) in chunks.enumerated() {
                let table = section.add("table")
                if index == 0 { table.setID(ids.claim("kontakte-tabelle")) }
                table.set("frame", "all").set("pgwide", "1")
                table.add("title", "Ansprechpartner aller Stellen, alphabetisch" + (chunks.count > 1 ? ", Teil \(index + 1) von \(chunks.count)" : ""))
                let group = table.add("tgroup").set("cols", "3").set("colsep", "1").set("rowsep", "1")
                for (name, width) in [("stelle", "4*"), ("funktion", "3*"), ("erreichbarkeit", "6*")] {
                    group.add("colspec").set("colname", name).set("colwidth", width)
                }
                let head = group.add("thead").add("row")
                for label in ["Stelle", "Funktion", "Erreichbarkeit"] { head.add("entry", label) }
                let body = group.add("tbody")
                for entry in chunk { directoryRow(entry, in: body) }
            }
        }
    }

    private func directoryRow(_ entry: Paper.DirectoryEntry, in body: XMLTreeElement) {
        let row = body.add("row")
        if let anchor = institutionAnchors[entry.institutionID], ids.contains(anchor) {
            row.add("entry").add("link", entry.institution).set("linkend", anchor)
        } else {
            row.add("entry", entry.institution)
        }
        row.add("entry", entry.contact.function)
        let reach = row.add("entry")
        channels(of: entry.contact, in: reach)
        if let languages = entry.contact.languages { para("Sprachen: \(languages)", in: reach) }
    }

    /// Present only with `--since`.
    func writeChanges(in article: XMLTreeElement) {
        guard let changes = paper.changes else { return }
        section(in: article, id: "aenderungen", title: changes.title, label: nextSectionNumber()) { section in
            if changes.items.isEmpty {
                para("Keine inhaltlichen Änderungen.", in: section)
            } else {
                itemizedList(in: section, changes.items)
            }
        }
    }

    /// The abbreviations the paper uses, as a DocBook `glossary` after the
    /// sections (where the schema puts it).
    func writeGlossary(in article: XMLTreeElement) {
        let glossary = article.add("glossary").set("label", nextSectionNumber()).setID("abkuerzungen")
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
