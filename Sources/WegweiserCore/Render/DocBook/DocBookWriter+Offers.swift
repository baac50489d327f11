extension DocBookWriter {
    /// Angebote, Gremien and (Landkreis only) Gemeinden: one section, as in
    /// the HTML paper, with a sub-section for each and one per entry.
    func writeOffersBodiesAndMunicipalities(in article: XMLTreeElement) {
        let title = paper.municipalities == nil ? "Angebote und Gremien" : "Angebote, Gremien und Gemeinden"
        section(in: article, id: "angebote", title: title, label: nextSectionNumber()) { section in
            self.section(in: section, id: ids.claim("angebote-liste"), title: "Angebote") { offers in
                if paper.offers.isEmpty { para("Es sind keine Angebote erfasst.", in: offers) }
                sections(in: offers, paper.offers) { offer, parent in self.offerSection(offer, in: parent) }
            }
            self.section(in: section, id: ids.claim("gremien"), title: "Gremien") { bodies in
                if paper.bodies.isEmpty { para("Es sind keine Gremien erfasst.", in: bodies) }
                sections(in: bodies, paper.bodies) { body, parent in self.bodySection(body, in: parent) }
            }
            if let municipalities = paper.municipalities {
                self.section(in: section, id: ids.claim("gemeinden"), title: "Gemeinden") { list in
                    if municipalities.isEmpty { para("Es sind keine Gemeinden erfasst.", in: list) }
                    sections(in: list, Array(municipalities.enumerated())) { pair, parent in
                        self.municipalitySection(pair.element, number: pair.offset + 1, in: parent)
                    }
                }
            }
        }
    }

    private func offerSection(_ offer: Paper.OfferEntry, in parent: XMLTreeElement) {
        section(in: parent, id: ids.claim("angebot-" + offer.id), title: offer.title, revision: offer.revision) { section in
            var facts: [Fact] = []
            if !offer.providers.isEmpty { facts.append(fact("Anbieter", GermanText.list(offer.providers))) }
            if let phase = offer.phase { facts.append(fact("Phase", phase)) }
            if !offer.targetGroups.isEmpty { facts.append(fact("Zielgruppe", offer.targetGroups.joined(separator: ", "))) }
            if let access = offer.access { facts.append(fact("Zugang", access)) }
            if let web = offer.web { facts.append(webFact("Web", web)) }
            self.facts(in: section, facts)
            if let note = offer.note { para(note, in: section) }
        }
    }

    private func bodySection(_ body: Paper.BodyEntry, in parent: XMLTreeElement) {
        section(in: parent, id: ids.claim("gremium-" + body.id), title: body.name, revision: body.revision) { section in
            var facts: [Fact] = []
            if let chair = body.chair { facts.append(fact("Vorsitz", chair)) }
            if let secretariat = body.secretariat { facts.append(fact("Geschäftsstelle", secretariat)) }
            if let rhythm = body.rhythm { facts.append(fact("Turnus", rhythm)) }
            if let web = body.web { facts.append(webFact("Web", web)) }
            self.facts(in: section, facts)
            if !body.members.isEmpty { itemizedList(in: section, title: "Mitglieder", body.members) }
            if let note = body.note { para(note, in: section) }
        }
    }

    private func municipalitySection(_ municipality: Paper.MunicipalityEntry, number: Int, in parent: XMLTreeElement) {
        section(in: parent, id: ids.claim("gemeinde-\(number)"), title: municipality.name) { section in
            if let contact = municipality.contact {
                contactList([contact], in: section)
            } else {
                para("Keine Kontaktangaben.", in: section)
            }
        }
    }
}
