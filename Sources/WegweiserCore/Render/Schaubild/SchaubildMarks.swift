/// What a change report's Schaubild marks: institutions and handovers added,
/// removed or changed since the other version.
///
/// A marked node keeps the shape and fill of its kind and gets a coloured,
/// thicker border; a marked arrow is drawn in the mark's colour. Each mark
/// also has its own line style (solid, dashed, dotted), so the three stay
/// apart in black and white and for readers who cannot tell the colours
/// apart. Without marks (`.none`) the Schaubild is the paper's, byte for byte.
public struct SchaubildMarks: Sendable, Equatable {
    public enum Mark: String, Sendable, CaseIterable {
        case added, removed, changed
    }

    /// Institution id → its mark.
    public var institutions: [String: Mark]
    /// Handover id → its mark.
    public var handovers: [String: Mark]

    /// Nothing marked: the paper's Schaubild.
    public static let none = SchaubildMarks()

    public init(institutions: [String: Mark] = [:], handovers: [String: Mark] = [:]) {
        self.institutions = institutions
        self.handovers = handovers
    }

    public var isEmpty: Bool { institutions.isEmpty && handovers.isEmpty }

    /// The mark of an arrow that carries handovers with these marks (nil:
    /// unmarked): their common mark, or `changed` when they differ, or when
    /// only some of them are marked.
    static func combined(_ marks: [Mark?]) -> Mark? {
        guard let first = marks.first else { return nil }
        return marks.allSatisfy { $0 == first } ? first : .changed
    }
}

/// How each mark is drawn.
extension SchaubildMarks.Mark {
    /// The change this mark stands for, for its German word.
    var kind: Change.Kind {
        switch self {
        case .added: .added
        case .removed: .removed
        case .changed: .changed
        }
    }

    /// "neu", "entfallen", "geändert": the words of the change reports.
    var label: String { ChangeText.kindLabel(kind) }

    /// Border and arrow colour, dark enough for text on white (contrast above 4.5:1).
    var colour: String {
        switch self {
        case .added: "#1a7f37"
        case .removed: "#cf222e"
        case .changed: "#9a6700"
        }
    }

    /// The line style that tells the marks apart without colour.
    var lineStyle: String {
        switch self {
        case .added: "solid"
        case .removed: "dashed"
        case .changed: "dotted"
        }
    }

    var penWidth: String {
        switch self {
        case .added, .changed: "3"
        case .removed: "2.5"
        }
    }

    /// What is gone reads grey.
    var textColour: String? { self == .removed ? "#57606a" : nil }

    /// "neu: Jobcenter (Jobcenter)": how a tooltip starts.
    func tooltip(_ text: String) -> String { label + ": " + text }

    /// A node's `style`: the fill of its kind with this mark's line style
    /// instead of the kind's own.
    func nodeStyle(_ kindStyle: String) -> String {
        let lineStyles: Set<Substring> = ["solid", "dashed", "dotted", "bold"]
        let kept = kindStyle.split(separator: ",").filter { !lineStyles.contains($0) }.map(String.init)
        return (kept + (self == .added ? [] : [lineStyle])).joined(separator: ",")
    }

    /// Added to a marked node's attributes (its `style` comes from `nodeStyle`).
    var nodeAttributes: [(String, String)] {
        [("color", DOTText.quoted(colour)), ("penwidth", penWidth)]
            + (textColour.map { [("fontcolor", DOTText.quoted($0))] } ?? [])
    }

    /// Added to a marked arrow's attributes: colour, width, line style; the
    /// numbers in the arrow's colour.
    var edgeAttributes: [(String, String)] {
        [("color", DOTText.quoted(colour)), ("fontcolor", DOTText.quoted(colour)), ("penwidth", penWidth)]
            + (self == .added ? [] : [("style", DOTText.quoted(lineStyle))])
    }
}

/// The marks as the graph looks them up.
extension SchaubildGraph {
    func mark(ofInstitution id: String) -> SchaubildMarks.Mark? { marks.institutions[id] }

    /// The mark of an arrow, from the handovers it carries (numbered as in
    /// `district.handovers`).
    func mark(of arrow: HandoverArrow) -> SchaubildMarks.Mark? {
        guard !marks.handovers.isEmpty else { return nil }
        return SchaubildMarks.combined(arrow.entries.map { mark(ofHandoverNumber: $0.number) })
    }

    func mark(ofHandoverNumber number: Int) -> SchaubildMarks.Mark? {
        let index = number - 1
        guard district.handovers.indices.contains(index) else { return nil }
        return marks.handovers[district.handovers[index].id]
    }
}
