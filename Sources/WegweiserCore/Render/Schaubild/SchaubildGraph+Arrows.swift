/// The handovers as arrows.
extension SchaubildGraph {
    /// One arrow: the handover numbers as label; each handover's subject,
    /// sender and receiver in the tooltip. Opposite handovers share a line
    /// with two heads.
    func arrow(_ arrow: HandoverArrow, tree: OrganisationTree, into dot: inout DOTWriter) {
        let numbers = arrow.entries.map { SchaubildRenderer.handoverLabel($0.number) }
        let fromName = arrow.fromGroup?.label ?? label(arrow.from, tree: tree)
        let toName = arrow.toGroup?.label ?? label(arrow.to, tree: tree)
        let text = arrow.entries.map { entry in
            let (sender, receiver) = entry.from == arrow.from ? (fromName, toName) : (toName, fromName)
            return SchaubildRenderer.handoverLabel(entry.number) + ": " + entry.subject + " (" + sender + " → " + receiver + ")"
        }.joined(separator: "\n")
        var attributes: [(String, String)] = [
            ("label", DOTText.quoted(LabelText.wrap(numbers.joined(separator: ", "), width: 12).joined(separator: "\n"))),
            ("tooltip", DOTText.quoted(text)), ("labeltooltip", DOTText.quoted(text)),
        ]
        if arrow.isMutual { attributes.append(("dir", "both")) }
        if let group = arrow.fromGroup { attributes.append(("ltail", DOTText.quoted(group.cluster))) }
        if let group = arrow.toGroup { attributes.append(("lhead", DOTText.quoted(group.cluster))) }
        dot.line(DOTText.quoted(arrow.from) + " -> " + DOTText.quoted(arrow.to) + " " + DOTWriter.attributes(attributes) + ";")
    }
}
