/// The German words of the coverage figures, shared by the terminal table
/// and the paper's section "Abdeckung".
extension Coverage.Kind {
    /// "Aufgaben ohne federführende Stelle".
    public var label: String {
        switch self {
        case .gaps: "Aufgaben ohne federführende Stelle"
        case .unheldFunctions: "Funktionen ohne Stelle"
        case .institutionsWithoutTasks: "Stellen ohne Aufgabe"
        case .handoversWithoutLegalBasis: "Schnittstellen ohne Rechtsgrundlage"
        case .unverifiedContacts: "Kontakte seit 24 Monaten ungeprüft"
        }
    }
}

enum CoverageText {
    /// "Beschäftigungserlaubnis … – keine Stelle für „Ausländerbehörde“".
    static func gap(_ gap: Coverage.Gap) -> String {
        "\(gap.title) – " + GermanText.noInstitution(for: gap.functionLabel)
    }

    /// "S3: Rechtskreiswechsel AsylbLG → SGB II".
    static func handover(_ handover: Coverage.Handover) -> String {
        "\(handover.number): \(handover.subject)"
    }

    /// "Landratsamt Meißen – Ausländeramt: Sachgebietsleitung, geprüft am 30.11.2023".
    static func contact(_ contact: Coverage.Contact) -> String {
        "\(contact.owner): \(contact.function), " + (contact.verified.map { "zuletzt geprüft am \($0.german)" } ?? "ohne Prüfdatum")
    }

    /// What counts as not verified: "zuletzt geprüft vor dem 01.03.2024 oder nie".
    static func staleRule(_ coverage: Coverage) -> String {
        coverage.staleBefore.map { "zuletzt geprüft vor dem \($0.german) oder nie" } ?? "nie geprüft; die Ausgabe hat kein Datum"
    }

    /// "Landkreis Meißen · Version 2.0 · Stand 01.03.2026".
    static func headline(_ coverage: Coverage) -> String {
        [coverage.districtName, coverage.version.map { "Version \($0)" }, coverage.date.map { "Stand \($0.german)" }]
            .compactMap { $0 }.joined(separator: " · ")
    }
}
