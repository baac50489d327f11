/// The German words of every change report and of the paper's section
/// "Änderungen gegenüber Version …": one place, so text, Markdown, HTML and
/// the paper say the same thing.
public enum ChangeText {
    public static func sectionTitle(_ section: Change.Section) -> String {
        switch section {
        case .district: "Allgemeine Angaben"
        case .municipalities: "Städte und Gemeinden"
        case .institutions: "Institutionen"
        case .contacts: "Kontakte"
        case .tasks: "Aufgaben"
        case .matrix: "Verantwortungsmatrix"
        case .handovers: "Schnittstellen"
        case .offers: "Angebote"
        case .bodies: "Gremien"
        }
    }

    /// "neu", "entfallen", "umbenannt", "geändert".
    public static func kindLabel(_ kind: Change.Kind) -> String {
        switch kind {
        case .added: "neu"
        case .removed: "entfallen"
        case .renamed: "umbenannt"
        case .changed: "geändert"
        }
    }

    /// What the change is about, in one line without its kind:
    /// "Jobcenter Leipzig (jobcenter)", "mbe → migrationsberatung
    /// (Migrationsberatung)", "Beschäftigungserlaubnis: Jobcenter Leipzig
    /// wird informiert → mitwirkend".
    public static func headline(_ change: Change) -> String {
        if change.section == .matrix, let role = change.fields.first {
            return "\(change.title) \(role.old ?? noRole) → \(role.new ?? noRole)"
        }
        if change.section == .district { return change.title }
        if change.section == .contacts || change.section == .municipalities {
            if let oldID = change.oldID { return "\(change.title) (vorher: \(oldID))" }
            return change.title
        }
        if let oldID = change.oldID { return "\(oldID) → \(change.id) (\(change.title))" }
        return "\(change.title) (\(change.id))"
    }

    /// The role a matrix cell shows when an institution has none.
    public static let noRole = "ohne Rolle"

    /// "Website: https://a → https://b", "Funktionen: + Ausländerbehörde; − Meldebehörde".
    public static func fieldLine(_ field: FieldChange) -> String {
        "\(field.label): " + fieldValue(field)
    }

    /// The part of `fieldLine` after the label.
    public static func fieldValue(_ field: FieldChange) -> String {
        if field.isList {
            let parts = (field.added ?? []).map { "+ " + $0 } + (field.removed ?? []).map { "− " + $0 }
            return parts.joined(separator: "; ")
        }
        return "\(field.old ?? absent) → \(field.new ?? absent)"
    }

    /// How a value that is not given reads.
    public static let absent = "—"

    /// One sentence for the paper: "neu: Jobcenter Leipzig (jobcenter)",
    /// "geändert: Jobcenter Leipzig (jobcenter) – Website: a → b".
    public static func sentence(_ change: Change) -> String {
        if change.section == .matrix { return headline(change) }
        let head = "\(kindLabel(change.kind)): \(headline(change))"
        guard !change.fields.isEmpty else { return head }
        return head + " – " + change.fields.map(fieldLine).joined(separator: "; ")
    }

    /// "12 Änderungen: 3 neu, 2 entfallen, 1 umbenannt, 6 geändert" or "keine Änderungen".
    public static func summary(_ changes: DistrictChanges) -> String {
        let total = changes.changes.count
        guard total > 0 else { return "keine Änderungen" }
        let counts = Change.Kind.allCases.compactMap { kind -> String? in
            let count = changes.count(kind)
            return count == 0 ? nil : "\(count) \(kindLabel(kind))"
        }
        return "\(total) \(total == 1 ? "Änderung" : "Änderungen"): " + counts.joined(separator: ", ")
    }

    /// "Version 2.0 vom 01.03.2026", "Stand 01.03.2026", or nil.
    public static func edition(of side: DistrictChanges.Side) -> String? {
        let date = side.date.flatMap(Day.init)?.german
        switch (side.version, date) {
        case (let version?, let date?): return "Version \(version) vom \(date)"
        case (let version?, nil): return "Version \(version)"
        case (nil, let date?): return "Stand \(date)"
        case (nil, nil): return nil
        }
    }

    /// "Districts/leipzig (Version 2.0 vom 01.03.2026)".
    public static func sideLabel(_ side: DistrictChanges.Side) -> String {
        side.source + (edition(of: side).map { " (\($0))" } ?? "")
    }

    /// The paper's section title: "Änderungen gegenüber Version 2.0 vom 01.03.2026".
    public static func paperTitle(since old: DistrictChanges.Side) -> String {
        "Änderungen gegenüber " + (edition(of: old) ?? "der Fassung \(old.source)")
    }
}

extension ChangeText {
    /// The edition as the paper names it.
    public static func editionLabel(_ edition: Paper.Edition) -> String {
        edition == .internal ? "Interne Ausgabe – zur autorisierten Weitergabe" : "Öffentliche Ausgabe"
    }
}

extension ChangeText {
    /// A version's source as a paper may name it: an absolute folder is
    /// reduced to its name, so that neither the machine's layout nor a
    /// user's home folder ends up in a published paper, and the paper does
    /// not depend on where the earlier copy lay.
    public static func publishedSource(_ source: String) -> String {
        guard source.hasPrefix("/") else { return source }
        return source.split(separator: "/").last.map(String.init) ?? source
    }
}
