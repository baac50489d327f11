/// The introduction, in four variants: kreisfreie Stadt or Landkreis, times
/// gemeinsame Einrichtung or Optionskommune. Names come from the district's
/// own data, so the text is right for each district's bindings.
struct Introduction {
    let district: ResolvedDistrict
    let organisation: Organisation

    func paragraphs() -> [String] {
        [opening(), setting(), jobcenter(), reading()].compactMap { $0 }
    }

    private func names(holding function: String) -> [String] {
        district.institutions.filter { $0.functions.contains { $0.value == function } }.map(\.name.value)
    }

    private var administrationName: String? {
        district.administrationID.flatMap { district.institution($0)?.name.value }
    }

    private func opening() -> String {
        var text = "Dieses Schnittstellenpapier (Integrationswegweiser \(district.name)) beschreibt, welche Stellen an der Integration von Geflüchteten und Zugewanderten in Ausbildung und Arbeit beteiligt sind: wer wofür verantwortlich ist (Partnerverantwortung), wer was an wen übergibt (Schnittstellen) und wer Ansprechpartner ist."
        if let publisher = district.edition?.publisher?.value {
            text += " Es ist mit den beteiligten Partnern abgestimmt und wird herausgegeben von: \(publisher)."
        }
        return text
    }

    private func setting() -> String {
        let foreignersOffice = GermanText.list(names(holding: "auslaenderbehoerde"))
        let benefits = GermanText.list(names(holding: "asylblg"))
        var parts: [String] = []
        switch district.kind {
        case .kreisfreieStadt:
            parts.append("\(GermanText.subject(district.name)) ist eine kreisfreie Stadt. Ausländerbehörde, Leistungen nach dem Asylbewerberleistungsgesetz (AsylbLG), Jugendhilfe und Meldewesen liegen in der Hand einer Verwaltung\(administrationName.map { " (\($0))" } ?? ""); die Wege zwischen den Ämtern sind kurz.")
        case .landkreis:
            let count = district.municipalities.count
            let administration = administrationName.map { " (\($0))" } ?? ""
            let municipalities = count == 1
                ? "die kreisangehörige Gemeinde ist eigener Partner: Sie meldet neue Einwohnerinnen und Einwohner an, arbeitet eng mit der Ausländerbehörde zusammen und ist oft die erste Anlaufstelle vor Ort."
                : "die \(count) kreisangehörigen Gemeinden sind eigene Partner: Sie melden neue Einwohnerinnen und Einwohner an, arbeiten eng mit der Ausländerbehörde zusammen und sind oft die erste Anlaufstelle vor Ort."
            parts.append("Im Landkreis sind Ausländerbehörde, AsylbLG-Leistungen und Jugendamt Aufgaben der Kreisverwaltung\(administration); \(municipalities) Ihre Ansprechpartner stehen im Abschnitt „Gemeinden“.")
        }
        if !foreignersOffice.isEmpty {
            parts.append("Die Aufgaben der Ausländerbehörde nimmt wahr: \(foreignersOffice).")
        }
        if !benefits.isEmpty {
            parts.append("Leistungen nach dem AsylbLG gewährt: \(benefits).")
        }
        return parts.joined(separator: " ")
    }

    private func jobcenter() -> String? {
        guard let jobcenter = names(holding: "sgb2").first else { return nil }
        let agencies = names(holding: "sgb3")
        switch district.jobcenterModel {
        case .ge:
            let carriers = district.institutions.first { $0.name.value == jobcenter }?.carriers
                .compactMap { district.institution($0.value)?.name.value } ?? []
            var text = "Das \(jobcenter) ist eine gemeinsame Einrichtung nach § 44b SGB II"
            text += carriers.isEmpty ? "." : "; Träger sind \(GermanText.list(carriers))."
            text += " Die Bundesagentur für Arbeit verantwortet Vermittlung und Regelbedarf, die Kommune die Bedarfe für Unterkunft und Heizung sowie die kommunalen Eingliederungsleistungen nach § 16a SGB II (§ 6 SGB II)."
            text += " Nach der Anerkennung wechseln Geflüchtete aus dem AsylbLG in die Grundsicherung für Arbeitsuchende: Dieser Rechtskreiswechsel ist eine Übergabe zwischen der Kommune und dem Jobcenter als eigener Einrichtung."
            return text
        case .zkt:
            var text = "\(GermanText.subject(district.name)) ist zugelassener kommunaler Träger (Optionskommune, § 6a SGB II): Das \(jobcenter) gehört zur eigenen Verwaltung\(administrationName.map { " (\($0))" } ?? "") und erbringt alle Leistungen der Grundsicherung für Arbeitsuchende in kommunaler Verantwortung."
            text += " Viele Übergaben – allen voran der Rechtskreiswechsel vom AsylbLG ins SGB II – sind deshalb Schritte innerhalb einer Verwaltung; die Schnittstellentabelle kennzeichnet sie als verwaltungsintern."
            if !agencies.isEmpty {
                text += " Externer Partner für die Arbeitsförderung nach SGB III, die Berufsberatung, Kundinnen und Kunden im Leistungsbezug nach dem AsylbLG und die Zustimmung der Bundesagentur für Arbeit zur Beschäftigung ist: \(GermanText.list(agencies))."
            }
            return text
        }
    }

    private func reading() -> String {
        "Das Schaubild (Abschnitt 4) zeigt die Stellen und ihre Übergaben auf einen Blick. Die Verantwortungsmatrix (Abschnitt 5) ordnet jeder Aufgabe die beteiligten Stellen mit ihrer Rolle zu: F – federführend, M – mitwirkend, B – berät, I – wird informiert. Abschnitt 6 beschreibt jede Übergabe, die Abschnitte 7 bis 9 nennen Stellen, Angebote, Gremien und Ansprechpartner."
    }
}
