/// The anchors of the paper's entries, the same in HTML and DocBook: the
/// matrix, the Schnittstellen, the institutions and the coverage section
/// link to one another by them.
enum PaperAnchor {
    static func task(_ id: String) -> String { "aufgabe-" + id }
    static func institution(_ id: String) -> String { "stelle-" + id }
    static func handover(_ id: String) -> String { "schnittstelle-" + id }
}
