extension DocBookWriter {
    /// The Schnittstellen, one section per handover: the number as on the
    /// Schaubild's arrows and the subject as its title, then sender,
    /// receiver, trigger, what is handed over, legal basis and status
    /// ("Lücke", "verwaltungsintern …") in words. Sections rather than one
    /// wide table: the texts are long, and six columns on A4 leave a few
    /// words per line; a section is also a link target DocBook XSL keeps in
    /// every output (the links from the institutions point here).
    func writeHandovers(in article: XMLTreeElement) {
        section(in: article, id: "schnittstellen", title: "Schnittstellen", label: nextSectionNumber()) { section in
            guard !paper.handovers.isEmpty else {
                para("Es sind keine Übergaben erfasst.", in: section)
                return
            }
            para(
                "Die Nummern entsprechen den Pfeilen im Schaubild. Verwaltungsinterne Übergaben, interne Schritte und Lücken sind gekennzeichnet.",
                in: section)
            sections(in: section, paper.handovers) { handover, parent in self.handoverSection(handover, in: parent) }
        }
    }

    private func handoverSection(_ handover: Paper.HandoverEntry, in parent: XMLTreeElement) {
        section(
            in: parent, id: handoverAnchors[handover.number], title: "\(handover.number): \(handover.subject)",
            revision: handover.revision
        ) { section in
            var facts: [Fact] = [fact("von", GermanText.list(handover.from)), fact("an", GermanText.list(handover.to))]
            if let trigger = handover.trigger { facts.append(fact("Anlass", trigger)) }
            if !handover.transfers.isEmpty {
                facts.append(("Unterlagen", { self.itemizedList(in: $0, handover.transfers) }))
            }
            if let legalBasis = handover.legalBasis { facts.append(fact("Rechtsgrundlage", legalBasis)) }
            if let status = handover.status {
                facts.append(("Status", { $0.add("para").add("emphasis", status).set("role", handover.isGap ? "strong" : "italic") }))
            }
            self.facts(in: section, facts)
            if let note = handover.note { para(note, in: section) }
        }
    }
}
