/// How one kind of institution looks in the Schaubild.
///
/// Every kind differs from every other in shape *and* fill colour, so the
/// diagram stays readable in black and white and for readers who cannot
/// tell the colours apart. The fills are light, so black text on them keeps
/// a high contrast.
struct InstitutionStyle: Sendable, Equatable {
    var type: InstitutionType
    /// A Graphviz node shape.
    var shape: String
    /// The fill colour, `#rrggbb`.
    var fill: String
    /// The Graphviz `style` of the node (always includes `filled`).
    var style: String

    /// The German name of the kind, shown in the legend (the same as in the paper's text).
    var label: String { GermanText.kindLabel(type) }

    /// The style of a kind; an institution without `type` counts as `sonstige`.
    static func of(_ type: InstitutionType?) -> InstitutionStyle {
        switch type ?? .sonstige {
        case .kreisverwaltung: .init(type: .kreisverwaltung, shape: "box3d", fill: "#9ecae1", style: "filled")
        case .stadtverwaltung: .init(type: .stadtverwaltung, shape: "folder", fill: "#8dd3c7", style: "filled")
        case .verwaltungseinheit: .init(type: .verwaltungseinheit, shape: "box", fill: "#deebf7", style: "filled,rounded")
        case .gemeinde: .init(type: .gemeinde, shape: "house", fill: "#ccebc5", style: "filled")
        case .jobcenter: .init(type: .jobcenter, shape: "hexagon", fill: "#b3de69", style: "filled")
        case .arbeitsagentur: .init(type: .arbeitsagentur, shape: "octagon", fill: "#fdb462", style: "filled")
        case .bundesbehoerde: .init(type: .bundesbehoerde, shape: "component", fill: "#d9d9d9", style: "filled")
        case .landesbehoerde: .init(type: .landesbehoerde, shape: "tab", fill: "#bebada", style: "filled")
        case .kammer: .init(type: .kammer, shape: "cylinder", fill: "#e5d8bd", style: "filled")
        case .beratungsstelle: .init(type: .beratungsstelle, shape: "ellipse", fill: "#ffffb3", style: "filled")
        case .bildungstraeger: .init(type: .bildungstraeger, shape: "note", fill: "#fccde5", style: "filled")
        case .wohlfahrtsverband: .init(type: .wohlfahrtsverband, shape: "cds", fill: "#fbb4ae", style: "filled")
        case .netzwerk: .init(type: .netzwerk, shape: "parallelogram", fill: "#decbe4", style: "filled")
        case .sonstige: .init(type: .sonstige, shape: "box", fill: "#ffffff", style: "filled,dashed")
        }
    }
}
