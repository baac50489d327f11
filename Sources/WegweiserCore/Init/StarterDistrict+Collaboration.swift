/// Responsibilities, offers and committees of the starter district.
extension StarterDistrict {
    func responsibilitiesFile() -> String {
        header([
            "Die Verantwortungsmatrix: der Katalog bringt die Standardaufgaben und -übergaben mit;",
            "sie nennen Funktionen, die oben an Stellen gebunden sind. Hier nur, was davon abweicht:",
            "eine Aufgabe mit der id einer Katalogaufgabe ersetzt deren Rollen, eine neue id fügt",
            "eine Aufgabe hinzu. Rollen: lead (federführend), involved (mitwirkend),",
            "advises (berät), informed (wird informiert). Beispiel:",
            "",
            "  responsibilities:",
            "    - id: beschaeftigungserlaubnis",
            "      roles:",
            "        \(immigrationOfficeID): lead",
            "        agentur: involved",
            "      note: Anträge über die Außenstelle",
        ]) + """

            responsibilities: []

            # Übergaben (Schnittstellen) zusätzlich zu denen des Katalogs, z. B.
            #   - id: meldung-neuzuzug
            #     from: meldebehoerde
            #     to: \(immigrationOfficeID)
            #     subject: Anmeldung neu zugezogener Schutzsuchender
            interfaces: []

            """
    }

    func angeboteFile() -> String {
        header(["Die Übersicht der Angebote (Abschnitt 8 des Papiers); weitere Angebote ergänzen."]) + """

            offers:
              - id: berufssprachkurse
                title: Berufsbezogene Sprachkurse (DeuFöV)
                provider: bamf                   # eine Stelle oder eine Funktion
                phase: sprache
                target_groups: [schutz, ukraine, fachkraefte]
                access: Berechtigung über Agentur für Arbeit oder Jobcenter

            """
    }

    func gremienFile() -> String {
        header(["Gremien und Netzwerke (Abschnitt 8 des Papiers)."]) + """

            bodies:
              - id: netzwerk-integration
                name: \(PlaceholderRules.marker) Netzwerk Integration
                members: [\(administration.id), jobcenter, agentur, integrationskoordination, mbe, jmd]
            \(Self.commented("    chair: [\(administration.id)]", "mehrere Einträge: Vorsitz im Wechsel"))
                secretariat: integrationskoordination
                # rhythm: vierteljährlich

            """
    }
}
