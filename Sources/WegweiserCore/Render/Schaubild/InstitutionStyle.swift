/// How one kind of institution looks in the Schaubild.
///
/// Every kind differs from every other in shape *and* fill colour, so the
/// diagram stays readable in black and white and for readers who cannot
/// tell the colours apart. The fills are light, so black text on them keeps
/// a high contrast.
struct InstitutionStyle: Sendable, Equatable {
    var type: InstitutionType
    /// The German name of the kind, shown in the legend.
    var label: String
    /// A Graphviz node shape.
    var shape: String
    /// The fill colour, `#rrggbb`.
    var fill: String
    /// The Graphviz `style` of the node (always includes `filled`).
    var style: String

    /// The style of a kind; an institution without `type` counts as `sonstige`.
    static func of(_ type: InstitutionType?) -> InstitutionStyle {
        switch type ?? .sonstige {
        case .kreisverwaltung: .init(type: .kreisverwaltung, label: "Kreisverwaltung", shape: "box3d", fill: "#9ecae1", style: "filled")
        case .stadtverwaltung: .init(type: .stadtverwaltung, label: "Stadtverwaltung", shape: "folder", fill: "#8dd3c7", style: "filled")
        case .verwaltungseinheit: .init(type: .verwaltungseinheit, label: "Verwaltungseinheit", shape: "box", fill: "#deebf7", style: "filled,rounded")
        case .gemeinde: .init(type: .gemeinde, label: "Gemeinde", shape: "house", fill: "#ccebc5", style: "filled")
        case .jobcenter: .init(type: .jobcenter, label: "Jobcenter", shape: "hexagon", fill: "#b3de69", style: "filled")
        case .arbeitsagentur: .init(type: .arbeitsagentur, label: "Agentur für Arbeit", shape: "octagon", fill: "#fdb462", style: "filled")
        case .bundesbehoerde: .init(type: .bundesbehoerde, label: "Bundesbehörde", shape: "component", fill: "#d9d9d9", style: "filled")
        case .landesbehoerde: .init(type: .landesbehoerde, label: "Landesbehörde", shape: "tab", fill: "#bebada", style: "filled")
        case .kammer: .init(type: .kammer, label: "Kammer", shape: "cylinder", fill: "#e5d8bd", style: "filled")
        case .beratungsstelle: .init(type: .beratungsstelle, label: "Beratungsstelle", shape: "ellipse", fill: "#ffffb3", style: "filled")
        case .bildungstraeger: .init(type: .bildungstraeger, label: "Bildungsträger", shape: "note", fill: "#fccde5", style: "filled")
        case .wohlfahrtsverband: .init(type: .wohlfahrtsverband, label: "Wohlfahrtsverband", shape: "cds", fill: "#fbb4ae", style: "filled")
        case .netzwerk: .init(type: .netzwerk, label: "Netzwerk", shape: "parallelogram", fill: "#decbe4", style: "filled")
        case .sonstige: .init(type: .sonstige, label: "Sonstige", shape: "box", fill: "#ffffff", style: "filled,dashed")
        }
    }
}
