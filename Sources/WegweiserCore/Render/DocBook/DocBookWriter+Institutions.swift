extension DocBookWriter {
    /// One section per institution, headed "Träger – Unterabteilung", with
    /// its facts, the tasks it leads and takes part in, its handovers (the
    /// numbers link to the Schnittstellen table) and its contacts.
    func writeInstitutions(in article: XMLTreeElement) {
        section(in: article, id: "stellen", title: "Beteiligte Stellen", label: nextSectionNumber()) { section in
            guard !paper.institutions.isEmpty else {
                para("Es sind keine Stellen erfasst.", in: section)
                return
            }
            sections(in: section, paper.institutions) { institution, parent in
                self.institutionSection(institution, in: parent)
            }
        }
    }

    private func institutionSection(_ institution: Paper.InstitutionEntry, in parent: XMLTreeElement) {
        var title = institution.heading
        if let short = institution.shortLabel, short != institution.heading { title += " (\(short))" }
        section(in: parent, id: institutionAnchors[institution.id], title: title, revision: institution.revision) { section in
            var facts: [Fact] = []
            if let kind = institution.kind { facts.append(fact("Art", kind)) }
            if !institution.functions.isEmpty { facts.append(fact("Funktionen", institution.functions.joined(separator: ", "))) }
            if !institution.targetGroups.isEmpty {
                facts.append(fact("Zielgruppe", institution.targetGroups.joined(separator: ", ")))
            }
            if let address = institution.address { facts.append(fact("Anschrift", address)) }
            if let web = institution.web { facts.append(webFact("Web", web)) }
            self.facts(in: section, facts)

            if let note = institution.note { para(note, in: section) }
            if !institution.leads.isEmpty { itemizedList(in: section, title: "Federführend", institution.leads) }
            if !institution.participates.isEmpty { itemizedList(in: section, title: "Beteiligt", institution.participates) }
            for (title, items) in [("Übergaben an andere Stellen", institution.handoversOut),
                                   ("Übergaben von anderen Stellen", institution.handoversIn)] where !items.isEmpty {
                itemizedList(in: section, title: title, items) { text, item in
                    self.handoverReference(text, in: item.add("para"))
                }
            }
            if !institution.contacts.isEmpty { contactList(institution.contacts, in: section) }
        }
    }
}
