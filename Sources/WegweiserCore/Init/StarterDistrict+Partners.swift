/// The partners outside the district's administration, one file per group (partner/*.yaml).
extension StarterDistrict {
    private var todo: String { PlaceholderRules.marker }

    func agenturFile() -> String {
        let agentur = StarterInstitution(
            comment: jobcenterModel == .zkt
                ? ["Externer Partner für SGB III, Berufsberatung, Kundinnen und Kunden im AsylbLG und die Zustimmung der BA."]
                : ["Trägt mit der Kommune das Jobcenter (carriers in partner/jobcenter.yaml)."],
            id: "agentur", name: "Agentur für Arbeit \(todo)", short: "AA", type: .arbeitsagentur,
            functions: ["sgb3", "berufsberatung", "fachkraefteberatung"], contact: "Team Migration")
        return partnerFile(["Zuarbeit der Agentur für Arbeit: den Namen der zuständigen Agentur eintragen."], [agentur])
    }

    func landBundFile() -> String {
        let entries = [
            StarterInstitution(
                id: "bamf-aussenstelle", name: "Bundesamt für Migration und Flüchtlinge – Außenstelle \(todo)", short: "BAMF",
                type: .bundesbehoerde, functions: ["bamf"], contact: "Regionalkoordination Integrationskurse"),
            StarterInstitution(
                id: "landesdirektion", name: isSaxony ? "Landesdirektion Sachsen" : "Landesbehörde für Erstaufnahme \(todo)",
                short: isSaxony ? "LDS" : nil, type: .landesbehoerde, functions: ["erstaufnahme", "anerkennungsstelle"],
                contact: "Erstaufnahme und Verteilung"),
            StarterInstitution(
                id: "schulbehoerde", name: isSaxony ? "Landesamt für Schule und Bildung" : "Schulaufsicht des Landes \(todo)",
                short: isSaxony ? "LaSuB" : nil, type: .landesbehoerde, functions: ["schulaufsicht", "anerkennungsstelle"],
                contact: "Bildungsberatung für Zugewanderte"),
        ]
        return partnerFile(["Behörden von Bund und Land: BAMF, Erstaufnahme, Schulaufsicht und Anerkennung."], entries)
    }

    func kammernFile() -> String {
        let entries = [
            StarterInstitution(
                id: "ihk", name: "Industrie- und Handelskammer \(todo)", short: "IHK", type: .kammer,
                functions: ["kammer", "anerkennungsstelle"], contact: "Ausbildungsberatung"),
            StarterInstitution(
                id: "hwk", name: "Handwerkskammer \(todo)", short: "HWK", type: .kammer,
                functions: ["kammer", "anerkennungsstelle"], contact: "Ausbildungsberatung"),
        ]
        return partnerFile(["Kammern: zuständige Stellen für die Berufsbildung und die Anerkennung."], entries)
    }

    func beratungFile() -> String {
        let entries = [
            StarterInstitution(
                id: "iq-netzwerk", name: isSaxony ? "IQ Netzwerk Sachsen" : "IQ Netzwerk \(todo)", short: "IQ", type: .netzwerk),
            StarterInstitution(
                id: "anerkennungsberatung-iq",
                name: isSaxony ? "IBAS – Informations- und Beratungsstelle Anerkennung Sachsen" : "Anerkennungs- und Qualifizierungsberatung \(todo)",
                short: isSaxony ? "IBAS" : nil, type: .beratungsstelle, partOf: "iq-netzwerk", functions: ["anerkennungsberatung"],
                contact: "Anerkennungsberatung"),
            StarterInstitution(
                comment: ["Migrationsberatung für Erwachsene ab 27 Jahren: den Wohlfahrtsverband als Träger eintragen."],
                id: "mbe", name: "Migrationsberatung für erwachsene Zuwanderer – \(todo) Träger", short: "MBE",
                type: .wohlfahrtsverband, functions: ["migrationsberatung"], contact: "Migrationsberatung"),
            StarterInstitution(
                comment: ["Jugendmigrationsdienst für junge Menschen von 12 bis 27 Jahren."],
                id: "jmd", name: "Jugendmigrationsdienst – \(todo) Träger", short: "JMD", type: .wohlfahrtsverband,
                functions: ["jugendmigrationsdienst"], contact: "Jugendmigrationsdienst"),
            StarterInstitution(
                id: "vhs", name: "Volkshochschule \(todo)", short: "VHS", type: .bildungstraeger, functions: ["sprachkurstraeger"],
                contact: "Integrations- und Berufssprachkurse"),
            StarterInstitution(
                id: "faire-integration", name: "Faire Integration – Beratungsstelle \(todo)", type: .beratungsstelle,
                functions: ["arbeitsrechtsberatung"], contact: "Arbeitsrechtliche Beratung"),
        ]
        return partnerFile(["Beratung und Bildung: IQ-Anerkennungsberatung, MBE, JMD, Sprachkursträger."], entries)
    }

    /// Gemeinden of a Landkreis as the holders of the Meldebehörde function.
    func gemeindenFile() -> String {
        let gemeinden = StarterInstitution(
            comment: [
                "Die Städte und Gemeinden als Meldebehörden. Für jede Gemeinde, die im Schaubild",
                "eigens erscheinen soll, einen eigenen Eintrag mit type: gemeinde anlegen.",
            ],
            id: "gemeinden", name: "Städte und Gemeinden im \(name)", short: "Gemeinden", type: .gemeinde,
            functions: ["meldebehoerde"], contact: "Einwohnermeldeämter")
        return header(["Die kreisangehörigen Städte und Gemeinden (Meldebehörden)."])
            + "\ninstitutions:\n" + gemeinden.yaml(email: placeholderEmail)
    }

    private func partnerFile(_ lines: [String], _ entries: [StarterInstitution]) -> String {
        header(lines + ["Namen und Kontakte mit \(todo) ausfüllen; fehlende Partner ergänzen."], depth: 1)
            + "\ninstitutions:\n" + entries.map { $0.yaml(email: placeholderEmail) }.joined(separator: "\n")
    }
}
