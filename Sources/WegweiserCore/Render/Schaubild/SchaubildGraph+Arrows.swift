/// The handovers as arrows.
extension SchaubildGraph {
    /// One arrow: the handover numbers as label; each handover's subject,
    /// sender and receiver in the tooltip. Opposite handovers share a line
    /// with two heads. A marked arrow is drawn in its mark's style, and each
    /// marked handover's line in the tooltip starts with the mark.
    func arrow(_ arrow: HandoverArrow, tree: OrganisationTree, into dot: inout DOTWriter) {
        let numbers = arrow.entries.map { SchaubildRenderer.handoverLabel($0.number) }
        let fromName = arrow.fromGroup?.label ?? label(arrow.from, tree: tree)
        let toName = arrow.toGroup?.label ?? label(arrow.to, tree: tree)
        let text = arrow.entries.map { entry in
            let (sender, receiver) = entry.from == arrow.from ? (fromName, toName) : (toName, fromName)
            let line = SchaubildRenderer.handoverLabel(entry.number) + ": " + entry.subject + " (" + sender + " → " + receiver + ")"
            return mark(ofHandoverNumber: entry.number)?.tooltip(line) ?? line
        }.joined(separator: "\n")
        let tooltip = DOTText.quoted(text)
        var attributes: [(String, String)] = [
            ("label", DOTText.quoted(LabelText.wrap(numbers.joined(separator: ", "), width: 12).joined(separator: "\n"))),
            ("tooltip", tooltip), ("labeltooltip", tooltip),
        ]
        if arrow.isMutual { attributes.append(("dir", "both")) }
        if let group = arrow.fromGroup { attributes.append(("ltail", DOTText.quoted(group.cluster))) }
        if let group = arrow.toGroup { attributes.append(("lhead", DOTText.quoted(group.cluster))) }
        if let mark = mark(of: arrow) { attributes += mark.edgeAttributes }
        dot.line(DOTText.quoted(arrow.from) + " -> " + DOTText.quoted(arrow.to) + " " + DOTWriter.attributes(attributes) + ";")
    }
}
