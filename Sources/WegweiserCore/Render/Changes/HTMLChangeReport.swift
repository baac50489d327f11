import Mustache

/// The change report as one self-contained HTML5 page (`diff --format
/// html`): both versions with their digests, the summary, the Schaubild of
/// the new version with every change marked, then one table per section.
/// Inline CSS and SVG, nothing loaded from the network, no script; the same
/// inputs give the same bytes.
public struct HTMLChangeReport: Sendable {
    private let library: MustacheLibrary

    /// Compiles the report's template (built in; not one of the paper's
    /// overridable templates).
    public init() throws {
        var library = MustacheLibrary()
        do {
            try HTMLEscaping.register(String(decoding: PackageResources.changes_mustache, as: UTF8.self), named: "changes", in: &library)
        } catch {
            throw HTMLRenderError.invalidTemplate(name: "changes", detail: "\(error)")
        }
        self.library = library
    }

    /// Renders the report; draws the Schaubild with Graphviz.
    ///
    /// - Throws: `SchaubildError` when Graphviz is missing or cannot lay
    ///   out the Schaubild.
    public func render(
        _ changes: DistrictChanges, old: ResolvedDistrict, new: ResolvedDistrict, graphvizTimeout: Duration = .seconds(20)
    ) throws -> String {
        let schaubild = ChangeSchaubild(old: old, new: new, changes: changes)
        let drawn = try SchaubildRenderer.render(
            schaubild.district, timeout: graphvizTimeout, provenance: Self.provenance(changes), marks: schaubild.marks)
        return try render(changes, schaubild: schaubild, svg: drawn.inlineSVG)
    }

    /// Renders the report around an SVG drawn already (tests use a stand-in).
    func render(_ changes: DistrictChanges, schaubild: ChangeSchaubild, svg: String) throws -> String {
        guard let html = library.render(ChangeReportView(changes, schaubild: schaubild, svg: svg), withTemplate: "changes") else {
            throw HTMLRenderError.invalidTemplate(name: "changes", detail: "the template is missing")
        }
        return html.htmlCleaned
    }

    /// "Erzeugt mit wegweiser 0.1.0 aus den Definitionen sha256:… (vorher) und sha256:… (nachher)".
    static func provenance(_ changes: DistrictChanges) -> String {
        "Erzeugt mit wegweiser \(WegweiserVersion.current) aus den Definitionen sha256:\(changes.old.digest) (vorher) "
            + "und sha256:\(changes.new.digest) (nachher)"
    }
}

/// The report shaped for its template: Mustache sees stored properties only,
/// and looks a missing key up in the surrounding context, so every entry
/// spells out all it shows and optional values are read as `{{#.x}}`.
struct ChangeReportView {
    var title: String
    var districtName: String
    var editionLabel: String
    var isInternal: Bool
    var sides: [SideView]
    var hasChanges: Bool
    var summary: String
    var svg: String
    var caption: String
    var legend: [LegendView]
    var sections: [SectionView]
    var provenance: String
    var generator: String

    struct SideView {
        /// "Vorher", "Nachher".
        var role: String
        /// `ChangeText.sideLabel`.
        var label: String
        /// "sha256:…".
        var digest: String
    }

    struct LegendView {
        var label: String
        var css: String
        var text: String
    }

    struct SectionView {
        var anchor: String
        var title: String
        var caption: String
        var count: Int
        var rows: [RowView]
    }

    struct RowView {
        /// The kind, for the row's class: "added", "removed", "renamed", "changed".
        var css: String
        /// The Schaubild mark of the kind, for the badge: "added", "removed", "changed".
        var mark: String
        /// "neu", "entfallen", "umbenannt", "geändert".
        var kind: String
        var headline: String
        /// "S3": the handover's number in the report's Schaubild.
        var number: String?
        var details: [DetailView]
        var hasDetails: Bool
    }

    struct DetailView {
        var label: String
        var value: ValueView?
        var list: ListView?
    }

    /// A text field's old and new value; an absent value reads "—" and is
    /// neither struck through nor underlined.
    struct ValueView {
        var old: String
        var hasOld: Bool
        var new: String
        var hasNew: Bool
    }

    struct ListView {
        var items: [ItemView]
    }

    struct ItemView {
        /// "plus" or "minus".
        var css: String
        /// "+" or "−", as in `ChangeText.fieldValue`.
        var sign: String
        var text: String
    }
}

extension ChangeReportView {
    init(_ changes: DistrictChanges, schaubild: ChangeSchaubild, svg: String) {
        let name = changes.new.name
        let numbers = SchaubildRenderer.handoverLabels(in: schaubild.district)
        title = "Änderungen – " + name
        districtName = name
        editionLabel = ChangeText.editionLabel(changes.edition)
        isInternal = changes.edition == .internal
        sides = [
            SideView(role: "Vorher", label: ChangeText.sideLabel(changes.old), digest: "sha256:" + changes.old.digest),
            SideView(role: "Nachher", label: ChangeText.sideLabel(changes.new), digest: "sha256:" + changes.new.digest),
        ]
        hasChanges = !changes.isEmpty
        summary = ChangeText.summary(changes)
        self.svg = svg
        caption = Self.caption(changes)
        legend = SchaubildMarks.Mark.allCases.map {
            LegendView(label: $0.label, css: "mark-" + $0.rawValue, text: Self.legendText($0))
        }
        sections = Change.Section.allCases.compactMap { section in
            let entries = changes.changes(in: section)
            guard !entries.isEmpty else { return nil }
            let title = ChangeText.sectionTitle(section)
            return SectionView(
                anchor: "aenderungen-" + Self.anchor(section), title: title,
                caption: "\(title): \(entries.count) \(entries.count == 1 ? "Änderung" : "Änderungen")",
                count: entries.count,
                rows: entries.map { Self.row($0, number: section == .handovers ? numbers[$0.id] : nil) })
        }
        provenance = HTMLChangeReport.provenance(changes)
        generator = WegweiserVersion.generator
    }

    private static func row(_ change: Change, number: String?) -> RowView {
        // A matrix cell's headline says the old and the new role already.
        let details = change.section == .matrix ? [] : change.fields.map(detail)
        return RowView(
            css: change.kind.rawValue, mark: ChangeSchaubild.mark(change.kind).rawValue,
            kind: ChangeText.kindLabel(change.kind), headline: ChangeText.headline(change), number: number,
            details: details, hasDetails: !details.isEmpty)
    }

    private static func detail(_ field: FieldChange) -> DetailView {
        guard field.isList else {
            return DetailView(label: field.label, value: ValueView(
                old: field.old ?? ChangeText.absent, hasOld: field.old != nil,
                new: field.new ?? ChangeText.absent, hasNew: field.new != nil))
        }
        let items = (field.added ?? []).map { ItemView(css: "plus", sign: "+", text: $0) }
            + (field.removed ?? []).map { ItemView(css: "minus", sign: "−", text: $0) }
        return DetailView(label: field.label, list: ListView(items: items))
    }

    private static func caption(_ changes: DistrictChanges) -> String {
        guard !changes.isEmpty else { return "Schaubild der Fassung \(ChangeText.sideLabel(changes.new))." }
        var text = "Schaubild der neuen Fassung \(ChangeText.sideLabel(changes.new)) mit den Änderungen gegenüber "
            + "\(ChangeText.sideLabel(changes.old)). Entfallene Stellen und Schnittstellen sind zur Orientierung noch eingezeichnet"
        let removedHandovers = changes.changes(in: .handovers).contains { $0.kind == .removed }
        text += removedHandovers ? "; entfallene Schnittstellen sind nach den übrigen nummeriert." : "."
        return text
    }

    /// What the Schaubild shows for each mark, after the mark's badge.
    private static func legendText(_ mark: SchaubildMarks.Mark) -> String {
        switch mark {
        case .added: "– grüner, dicker, durchgezogener Rahmen oder Pfeil"
        case .removed: "– roter, gestrichelter Rahmen oder Pfeil, graue Schrift; zur Orientierung noch eingezeichnet"
        case .changed:
            "– ockerfarbener, gepunkteter Rahmen oder Pfeil; so auch umbenannte Stellen, Stellen mit geänderten Kontakten "
                + "und Pfeile, deren Schnittstellen nicht alle gleich geändert sind"
        }
    }

    private static func anchor(_ section: Change.Section) -> String {
        switch section {
        case .district: "allgemein"
        case .municipalities: "gemeinden"
        case .institutions: "institutionen"
        case .contacts: "kontakte"
        case .tasks: "aufgaben"
        case .matrix: "matrix"
        case .handovers: "schnittstellen"
        case .offers: "angebote"
        case .bodies: "gremien"
        }
    }
}
