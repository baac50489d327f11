/// One arrow of the Schaubild: every handover from one institution to
/// another, drawn once.
///
/// Several handovers between the same ordered pair share one arrow whose
/// label lists their numbers, so the diagram stays legible; the full
/// subjects go into the tooltip.
struct HandoverArrow: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        /// The 1-based number of the handover (see `SchaubildRenderer.handoverNumber`).
        var number: Int
        var subject: String
    }

    var from: String
    var to: String
    /// In the order of the numbers.
    var entries: [Entry]

    /// The arrows of a district, sorted by sender and receiver id.
    ///
    /// Internal steps (both ends the same institution) are not drawn; ends
    /// that are not institutions of the district are skipped rather than
    /// turned into stray nodes.
    static func arrows(of district: ResolvedDistrict, known: Set<String>) -> [HandoverArrow] {
        var byPair: [Pair: [Entry]] = [:]
        for (index, handover) in district.handovers.enumerated() {
            let entry = Entry(number: SchaubildRenderer.handoverNumber(index: index), subject: handover.subject)
            for edge in handover.edges where !edge.isInternal && known.contains(edge.from) && known.contains(edge.to) {
                let pair = Pair(from: edge.from, to: edge.to)
                if byPair[pair]?.last?.number != entry.number { byPair[pair, default: []].append(entry) }
            }
        }
        return byPair.map { HandoverArrow(from: $0.key.from, to: $0.key.to, entries: $0.value) }
            .sorted(by: precedes)
    }

    /// Sender id, then receiver id, byte-wise.
    private static func precedes(_ lhs: HandoverArrow, _ rhs: HandoverArrow) -> Bool {
        if lhs.from != rhs.from { return OrganisationTree.byteOrder(lhs.from, rhs.from) }
        return OrganisationTree.byteOrder(lhs.to, rhs.to)
    }

    private struct Pair: Hashable {
        var from: String
        var to: String
    }
}
