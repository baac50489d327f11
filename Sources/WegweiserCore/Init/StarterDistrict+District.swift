/// district.yaml of the starter district.
extension StarterDistrict {
    func districtFile() -> String {
        let todo = PlaceholderRules.marker
        var lines = [
            "district:",
            Self.commented("  id: \(id)", "gleich dem Ordnernamen"),
            "  name: \(YAMLScalarText.plain(name))",
        ]
        if let state { lines.append("  state: \(YAMLScalarText.plain(state))") }
        lines += [
            Self.commented("  kind: \(kind.rawValue)", "landkreis | kreisfreie-stadt"),
            Self.commented(
                "  jobcenter_model: \(jobcenterModel.rawValue)",
                jobcenterModel == .ge
                    ? "gemeinsame Einrichtung von Agentur für Arbeit und Kommune (§ 44b SGB II)"
                    : "zugelassener kommunaler Träger (§ 6a SGB II): Jobcenter in der eigenen Verwaltung"),
            "  edition:",
            Self.commented("    version: \"0.1\"", "Version des Papiers, immer in Anführungszeichen"),
            Self.commented("    # date: JJJJ-MM-TT", "Datum der Ausgabe; Stichtag für veraltete Kontakte"),
            Self.commented("    publisher: \(todo) Herausgeber", "z. B. IQ Netzwerk Sachsen"),
            Self.commented("  goals:", "Ziele aus dem Workshop, in dieser Reihenfolge"),
            "    - Der Mensch im Mittelpunkt – Teilhabe, Lebensperspektive und Integration sichern",
            "    - Zuständigkeiten und Schnittstellen für alle Beteiligten transparent machen",
            "    - Überblick über die Angebote für Geflüchtete und Zugewanderte geben",
        ]
        if kind == .landkreis {
            lines += [
                Self.commented("  municipalities:", "die kreisangehörigen Städte und Gemeinden mit Bürgerbüro"),
                "    - name: \(todo) Große Kreisstadt",
                "      contact: {function: Bürgerbüro, email: \(placeholderEmail)}",
                "    - name: \(todo) Gemeinde",
                "      contact: {function: Einwohnermeldeamt, email: \(placeholderEmail)}",
            ]
        }
        lines += [
            Self.commented("  exclude_tasks: []", "Aufgaben des Katalogs, die hier nicht gelten (ids)"),
            Self.commented("  exclude_interfaces: []", "Übergaben des Katalogs, die hier nicht gelten (ids)"),
        ]
        return header([
            "Der Bezirk selbst: Name, Aufbau, Ausgabe und Ziele des Schnittstellenpapiers.",
            "Angelegt mit 'wegweiser init'. Jede Stelle mit \(todo) ist noch auszufüllen:",
            "'wegweiser validate' zeigt sie als Warnung [placeholder] mit Datei, Zeile und Spalte.",
        ]) + "\n" + lines.joined(separator: "\n") + "\n"
    }

    /// A line with its comment in the comment column.
    static func commented(_ content: String, _ comment: String) -> String {
        let column = 36
        let padding = max(1, column - content.count)
        return content + String(repeating: " ", count: padding) + "# " + comment
    }
}
