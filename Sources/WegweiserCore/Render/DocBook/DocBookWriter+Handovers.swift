extension DocBookWriter {
    /// The Schnittstellen as a table like the HTML paper's: one row per
    /// handover (with an `xml:id`, the target of the links from the
    /// institutions), the number as on the Schaubild's arrows, the status
    /// ("Lücke", "verwaltungsintern …") in words.
    func writeHandovers(in article: XMLTreeElement) {
        section(in: article, id: "schnittstellen", title: "Schnittstellen", label: nextSectionNumber()) { section in
            guard !paper.handovers.isEmpty else {
                para("Es sind keine Übergaben erfasst.", in: section)
                return
            }
            para(
                "Die Nummern entsprechen den Pfeilen im Schaubild. Verwaltungsinterne Übergaben, interne Schritte und Lücken sind gekennzeichnet.",
                in: section)
            let chunks = Self.chunks(paper.handovers)
            for (index, chunk) in chunks.enumerated() {
                let table = section.add("table")
                if index == 0 { table.setID(ids.claim("schnittstellen-tabelle")) }
                table.set("frame", "all").set("pgwide", "1")
                table.add("title", "Übergaben zwischen den Stellen" + (chunks.count > 1 ? ", Teil \(index + 1) von \(chunks.count)" : ""))
                let group = table.add("tgroup").set("cols", "6").set("colsep", "1").set("rowsep", "1")
                for (name, width) in [("nr", "2*"), ("gegenstand", "6*"), ("von", "5*"), ("an", "5*"), ("anlass", "7*"), ("recht", "4*")] {
                    group.add("colspec").set("colname", name).set("colwidth", width)
                }
                let head = group.add("thead").add("row")
                for label in ["Nr.", "Gegenstand", "von", "an", "Anlass und Unterlagen", "Rechtsgrundlage"] {
                    head.add("entry", label)
                }
                let body = group.add("tbody")
                for handover in chunk { handoverRow(handover, in: body) }
            }
        }
    }

    private func handoverRow(_ handover: Paper.HandoverEntry, in body: XMLTreeElement) {
        let row = body.add("row")
        if let anchor = handoverAnchors[handover.number] { row.setID(anchor) }
        row.add("entry", handover.number)

        let subject = row.add("entry")
        para(handover.subject, in: subject)
        if let status = handover.status {
            let line = subject.add("para")
            line.text("Status: ")
            line.add("emphasis", status).set("role", handover.isGap ? "strong" : "italic")
        }
        if let note = handover.note { para(note, in: subject) }

        row.add("entry", GermanText.list(handover.from))
        row.add("entry", GermanText.list(handover.to))

        let trigger = row.add("entry")
        if let text = handover.trigger { para("Anlass: \(text)", in: trigger) }
        if !handover.transfers.isEmpty { itemizedList(in: trigger, handover.transfers) }

        row.add("entry", handover.legalBasis)
    }
}
