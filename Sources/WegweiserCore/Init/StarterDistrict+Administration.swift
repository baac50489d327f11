/// The district's own administration (landratsamt.yaml or stadtverwaltung.yaml).
extension StarterDistrict {
    func administrationFile() -> String {
        let (adminID, adminName) = administration
        let landkreis = kind == .landkreis
        var entries = [
            StarterInstitution(
                comment: ["Die eigene Verwaltung \(landkreis ? "des Landkreises" : "der Stadt"): genau eine Stelle dieses Typs."],
                id: adminID, name: adminName, short: landkreis ? "LRA" : "Stadt",
                type: landkreis ? .kreisverwaltung : .stadtverwaltung, contact: "Bürgerservice"),
            StarterInstitution(
                comment: ["Ämter und Sachgebiete: part_of ordnet sie im Schaubild der Verwaltung zu."],
                id: immigrationOfficeID, name: "\(adminName) – Ausländerbehörde", short: "ABH",
                type: .verwaltungseinheit, partOf: adminID, functions: ["auslaenderbehoerde"], contact: "Ausländerbehörde"),
            StarterInstitution(
                comment: [
                    "Zahlt in manchen Landkreisen das Ausländeramt die Leistungen nach dem AsylbLG,",
                    "dann 'asylblg' dorthin verschieben.",
                ],
                id: "sozialamt", name: "\(adminName) – Sozialamt", short: "SozA", type: .verwaltungseinheit,
                partOf: adminID, functions: ["asylblg"], contact: "Leistungen nach dem AsylbLG"),
            StarterInstitution(
                id: landkreis ? "kreisjugendamt" : "amt-jugend", name: "\(adminName) – \(landkreis ? "Kreisjugendamt" : "Amt für Jugend und Familie")",
                short: "JA", type: .verwaltungseinheit, partOf: adminID, functions: ["jugendamt"], contact: "Jugendhilfe für junge Zugewanderte"),
            StarterInstitution(
                id: landkreis ? "kik" : "integration",
                name: "\(adminName) – \(landkreis ? "Kommunale Integrationskoordination" : "Referat Migration und Integration")",
                short: landkreis ? "KIK" : "Integration", type: .verwaltungseinheit, partOf: adminID,
                functions: ["integrationskoordination", "erstanlaufstelle"], contact: "Integrationskoordination"),
        ]
        if !landkreis {
            entries.append(StarterInstitution(
                id: "buergeramt", name: "\(adminName) – Bürgeramt", short: "Bürgeramt", type: .verwaltungseinheit,
                partOf: adminID, functions: ["meldebehoerde"], contact: "Bürgerbüro"))
        }
        if jobcenterModel == .zkt {
            entries.append(StarterInstitution(
                comment: ["Optionskommune (zkT): das Jobcenter ist Teil der eigenen Verwaltung."],
                id: "jobcenter", name: "Jobcenter \(name)", short: "JC", type: .jobcenter, partOf: adminID,
                functions: ["sgb2"], contact: "Jobcenter – Team Migration"))
        }
        return header([
            "Zuarbeit der eigenen Verwaltung: \(adminName) und seine Ämter.",
            "Namen an die echte Gliederung anpassen und die Kontakte mit \(PlaceholderRules.marker) ausfüllen.",
            "Ämter dürfen zusammengelegt werden, aber jede Funktion (functions) muss bei einer",
            "Stelle bleiben: sonst fehlt in der Verantwortungsmatrix die federführende Stelle [gap].",
        ]) + "\ninstitutions:\n" + entries.map { $0.yaml(email: placeholderEmail) }.joined(separator: "\n")
    }

    /// partner/jobcenter.yaml, for a gemeinsame Einrichtung only.
    func jobcenterFile() -> String {
        let jobcenter = StarterInstitution(
            comment: ["Gemeinsame Einrichtung (gE): getragen von der Agentur für Arbeit und der Kommune, nicht Teil der Verwaltung."],
            id: "jobcenter", name: "Jobcenter \(name)", short: "JC", type: .jobcenter, functions: ["sgb2"],
            carriers: ["agentur", administration.id], contact: "Jobcenter – Team Migration")
        return header(["Zuarbeit des Jobcenters (gemeinsame Einrichtung nach § 44b SGB II)."], depth: 1)
            + "\ninstitutions:\n" + jobcenter.yaml(email: placeholderEmail)
    }
}
