/// Small pieces of German text used throughout the paper.
enum GermanText {
    /// A gap: "keine Stelle für „Leistungen nach dem AsylbLG“".
    static func noInstitution(for function: String) -> String {
        "keine Stelle für „\(function)“"
    }

    /// "A, B und C".
    static func list(_ items: [String], conjunction: String = "und") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }

    /// The district's name as the subject of a sentence: "Der Landkreis
    /// Meißen", "Die Stadt Leipzig", "Leipzig".
    static func subject(_ name: String) -> String {
        for (prefix, article) in [("Landkreis ", "Der"), ("Erzgebirgskreis", "Der"), ("Vogtlandkreis", "Der"), ("Kreis ", "Der"), ("Stadt ", "Die"), ("Hansestadt ", "Die")]
        where name.hasPrefix(prefix) {
            return "\(article) \(name)"
        }
        return name
    }

    /// A sort key that orders German words as a dictionary does (DIN 5007-1:
    /// ä as a, ß as ss), the same on every machine whatever its locale.
    static func sortKey(_ text: String) -> String {
        var key = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "ä", "à", "á", "â": key += "a"
            case "ö", "ó", "ô": key += "o"
            case "ü", "ú", "û": key += "u"
            case "é", "è", "ê": key += "e"
            case "ß": key += "ss"
            case "„", "“", "\"", "»", "«": continue
            default: key.unicodeScalars.append(scalar)
            }
        }
        return key
    }

    static func kindLabel(_ type: InstitutionType) -> String {
        switch type {
        case .kreisverwaltung: "Kreisverwaltung"
        case .stadtverwaltung: "Stadtverwaltung"
        case .verwaltungseinheit: "Verwaltungseinheit"
        case .gemeinde: "Gemeinde"
        case .jobcenter: "Jobcenter"
        case .arbeitsagentur: "Agentur für Arbeit"
        case .bundesbehoerde: "Bundesbehörde"
        case .landesbehoerde: "Landesbehörde"
        case .kammer: "Kammer"
        case .beratungsstelle: "Beratungsstelle"
        case .bildungstraeger: "Bildungsträger"
        case .wohlfahrtsverband: "Wohlfahrtsverband"
        case .netzwerk: "Netzwerk"
        case .sonstige: "Sonstige"
        }
    }

    static let languageNames: [String: String] = [
        "de": "Deutsch", "en": "Englisch", "fr": "Französisch", "ar": "Arabisch", "uk": "Ukrainisch",
        "ru": "Russisch", "fa": "Persisch", "prs": "Dari", "ps": "Paschtu", "tr": "Türkisch", "ku": "Kurdisch",
        "ti": "Tigrinya", "so": "Somali", "es": "Spanisch", "it": "Italienisch", "pl": "Polnisch",
        "ro": "Rumänisch", "vi": "Vietnamesisch", "cs": "Tschechisch", "pt": "Portugiesisch", "sq": "Albanisch",
        "sr": "Serbisch", "hr": "Kroatisch", "bg": "Bulgarisch", "hi": "Hindi", "ur": "Urdu", "zh": "Chinesisch",
        "am": "Amharisch", "ka": "Georgisch", "hy": "Armenisch", "az": "Aserbaidschanisch",
    ]

    /// "Deutsch, Englisch"; unknown codes stay as written.
    static func languages(_ codes: [String]) -> String {
        codes.map { languageNames[$0.lowercased()] ?? $0 }.joined(separator: ", ")
    }

    static func setup(kind: DistrictKind, model: JobcenterModel) -> String {
        let place = kind == .landkreis ? "Landkreis" : "Kreisfreie Stadt"
        let jobcenter = model == .ge
            ? "Jobcenter als gemeinsame Einrichtung (§ 44b SGB II)"
            : "Optionskommune: zugelassener kommunaler Träger (§ 6a SGB II)"
        return "\(place) · \(jobcenter)"
    }

    static let roleDescriptions: [Role: String] = [
        .lead: "verantwortet die Aufgabe und koordiniert die Beteiligten",
        .involved: "wirkt mit eigenen Leistungen oder Entscheidungen mit",
        .advises: "berät die Menschen oder die federführende Stelle",
        .informed: "erhält die nötigen Informationen",
    ]

    static func roleCode(_ role: Role) -> String {
        switch role {
        case .lead: "F"
        case .involved: "M"
        case .advises: "B"
        case .informed: "I"
        }
    }
}
