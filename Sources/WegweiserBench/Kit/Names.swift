/// Word lists for German-ish names. Invented places, so that no synthetic
/// district is mistaken for a real one; every domain ends in `.example`.
enum Names {
    static let placeHeads = [
        "Ober", "Nieder", "Neu", "Alt", "Hohen", "Groß", "Klein", "Mittel", "Sonnen", "Linden", "Eichen", "Buchen",
        "Birken", "Tannen", "Rosen", "Wald", "Berg", "Stein", "Mühl", "Kirch", "Burg", "Hain", "Wiesen", "Bach",
        "Brunn", "Fels", "Heide", "Moor", "See", "Auen", "Falken", "Adler", "Hirsch", "Wolfs", "Fuchs", "Elster",
    ]
    static let placeTails = [
        "hain", "berg", "feld", "au", "stein", "bach", "burg", "dorf", "tal", "wald", "heim", "hausen", "stedt",
        "rode", "walde", "brück", "hagen", "kirchen", "münster", "ingen", "lingen", "born", "furt", "grund",
    ]
    static let states = [
        "Sachsen", "Thüringen", "Sachsen-Anhalt", "Brandenburg", "Bayern", "Hessen", "Niedersachsen",
        "Nordrhein-Westfalen", "Rheinland-Pfalz", "Baden-Württemberg", "Schleswig-Holstein", "Mecklenburg-Vorpommern",
        "Saarland",
    ]
    static let firstNames = [
        "Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannes", "Ida", "Jonas", "Karla", "Lukas", "Mara",
        "Nils", "Olga", "Paul", "Rana", "Samir", "Tanja", "Uwe", "Vera", "Yusuf", "Zeynep", "Erika", "Max", "Jana",
        "Oksana", "Tobias", "Leonie", "Ahmad",
    ]
    static let lastNames = [
        "Beispiel", "Muster", "Probe", "Schreiber", "Lehmann", "Krause", "Vogel", "Winter", "Sommer", "Brandt",
        "Hoffmann", "Keller", "Wagner", "Neumann", "Hartmann", "Kowalski", "Yilmaz", "Petrenko", "Haddad", "Richter",
        "Schubert", "Lorenz", "Kühn", "Engel",
    ]
    static let streets = [
        "Hauptstraße", "Bahnhofstraße", "Marktplatz", "Schulweg", "Lindenallee", "Gartenstraße", "Rathausplatz",
        "Amtsstraße", "Bergstraße", "Wiesenweg", "Kirchgasse", "Ringstraße", "Am Anger", "Brunnenstraße",
    ]
    static let languages = ["de", "en", "ar", "uk", "ru", "fa", "tr", "fr", "es", "ti", "ps", "pl", "ro"]

    /// Contact functions, by the kind of institution; each list long enough
    /// for the most contacts one institution gets.
    static let contactFunctions = [
        "Sekretariat", "Sachgebietsleitung", "Beratung und Terminvergabe", "Team Migration", "Fachteam Integration",
        "Servicecenter", "Koordination", "Geschäftsstelle", "Erstberatung", "Fallmanagement", "Leistungsgewährung",
        "Arbeitgeberservice", "Bürgerservice", "Bereitschaftsdienst", "Sprechstunde Außenstelle",
        "Anerkennung ausländischer Abschlüsse", "Ausbildungsberatung", "Sprachkursberatung", "Team U25",
        "Willkommensberatung", "Rechtskreiswechsel", "Qualitätsmanagement", "Ehrenamtskoordination",
        "Dolmetscherpool", "Datenschutz",
    ]

    /// Topics of the district's own tasks, by phase id; a phase not listed uses `genericTopics`.
    static let topics: [String: [String]] = [
        "ankommen": [
            "Begrüßungsmappe und Erstinformation", "Patenschaften mit Ehrenamtlichen", "Wohnungssuche und Auszug aus der Gemeinschaftsunterkunft",
            "Kita-Platz-Vermittlung", "Schulanmeldung neu zugezogener Kinder", "Gesundheitsversorgung und Impfberatung",
            "Sozialraumorientierte Erstbegleitung", "Mobilität und Fahrkarten für Kursbesuche",
        ],
        "aufenthalt": [
            "Beratung zur Ausbildungsduldung", "Beschäftigungsduldung", "Passbeschaffung und Identitätsklärung",
            "Familiennachzug", "Wohnsitzauflage und Umverteilung", "Chancen-Aufenthaltsrecht",
        ],
        "existenzsicherung": [
            "Erstausstattung der Wohnung", "Kosten der Unterkunft", "Bildungs- und Teilhabeleistungen",
            "Schuldnerberatung", "Krankenversicherung nach Rechtskreiswechsel", "Mehrbedarfe bei Schwangerschaft",
        ],
        "sprache": [
            "Kinderbetreuung während des Integrationskurses", "Alphabetisierungskurse", "Sprachcafés",
            "Jobbezogene Sprachförderung im Betrieb", "Online-Sprachkurse", "Sprachmittlung bei Behördenterminen",
        ],
        "anerkennung": [
            "Kompetenzfeststellung", "Übersetzung und Beglaubigung von Zeugnissen", "Anpassungsqualifizierung",
            "Kostenübernahme im Anerkennungsverfahren", "Kenntnisprüfung in Gesundheitsberufen",
        ],
        "qualifizierung": [
            "Einstiegsqualifizierung", "Teilqualifizierung", "Berufsvorbereitende Bildungsmaßnahme",
            "Ausbildungsbegleitung", "Nachholen des Schulabschlusses", "Umschulung",
        ],
        "arbeit": [
            "Arbeitgeberansprache", "Jobmessen für Zugewanderte", "Bewerbungstraining", "Vermittlung in Helfertätigkeiten",
            "Praktikumsbörse", "Selbstständigkeit und Gründung",
        ],
        "beschaeftigung": [
            "Betriebliche Integrationsbegleitung", "Weiterbildung während der Beschäftigung", "Konfliktberatung am Arbeitsplatz",
            "Wohnraum für Beschäftigte", "Nachbetreuung nach Arbeitsaufnahme",
        ],
    ]
    static let genericTopics = ["Fallbesprechung", "Gemeinsame Beratung", "Informationsveranstaltung", "Lotsendienst"]
    static let qualifiers = [
        "für junge Erwachsene", "für Frauen mit Kindern", "für Geduldete", "für Schutzsuchende aus der Ukraine",
        "für Fachkräfte", "im ländlichen Raum", "in den Gemeinschaftsunterkünften", "für Menschen mit Behinderung",
        "für Alleinerziehende", "für Pflegeberufe", "für Handwerksberufe", "für Akademikerinnen und Akademiker",
        "im Sozialraum Nord", "im Sozialraum Süd", "in den Außenstellen",
    ]
    static let handoverSubjects = [
        "Übergabe der Beratungsergebnisse", "Anmeldung zum Sprachkurs", "Weiterleitung des Antrags",
        "Rückmeldung zum Maßnahmeverlauf", "Terminabstimmung für die gemeinsame Fallkonferenz",
        "Mitteilung über Arbeitsaufnahme", "Verweisung zur Fachberatung", "Meldung freier Kursplätze",
        "Übermittlung der Teilnahmebescheinigung", "Information über Wohnortwechsel",
    ]
    static let triggers = [
        "Abschluss des Erstgesprächs", "Eingang des Antrags", "Ende der Maßnahme", "Wohnortwechsel",
        "Einwilligung der Person liegt vor", "Monatlicher Abgleich", "Neuer Bescheid",
    ]
    static let transfers = [
        "Kontaktdaten (mit Einwilligung)", "Beratungsprotokoll", "Kopie des Bescheids", "Teilnahmebescheinigung",
        "Sprachstandsnachweis", "Lebenslauf und Zeugnisse", "Terminvorschlag", "Übergabebogen",
    ]
    static let access = [
        "Kostenfrei, Termin nach Vereinbarung", "Zuweisung durch Jobcenter oder Agentur für Arbeit",
        "Offene Sprechstunde, ohne Termin", "Anmeldung über die Beratungsstelle", "Für alle Zugewanderten ab 16 Jahren",
    ]
    static let rhythms = ["monatlich", "vierteljährlich", "halbjährlich", "dreimal jährlich", "nach Bedarf"]
    static let offerKinds = [
        "Sprachcafé", "Bewerbungswerkstatt", "Beratungstag Anerkennung", "Mentoringprogramm", "Frauentreff",
        "Jobcoaching", "Computerkurs", "Elternkurs", "Fahrradwerkstatt", "Berufsorientierungswoche",
    ]
    static let bodyKinds = [
        "Netzwerk Integration", "Arbeitskreis Ausbildung und Arbeit", "Runder Tisch Migration", "Fachgruppe Sprache",
        "Steuerungsgruppe Anerkennung", "Arbeitskreis Wohnen", "Netzwerk Ehrenamt", "Fachforum Jugend",
    ]
    static let goals = [
        "Zuständigkeiten und Übergaben sind für alle Beteiligten transparent",
        "Zugewanderte finden schnell den Weg in Ausbildung und Arbeit",
        "Doppelte Beratung wird vermieden, Übergaben sind verbindlich",
        "Die Angebote im Kreisgebiet sind vollständig und aktuell beschrieben",
        "Die Gremien arbeiten mit einer gemeinsamen Datengrundlage",
    ]
}
