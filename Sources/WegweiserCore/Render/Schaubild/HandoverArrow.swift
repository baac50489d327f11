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
        /// The sender, for arrows that carry handovers in both directions.
        var from: String
    }

    var from: String
    var to: String
    /// In the order of the numbers.
    var entries: [Entry]
    /// The arrow starts at the border of this group's cluster (`ltail`):
    /// it stands for an arrow from every member.
    var fromGroup: NodeGroup? = nil
    /// The arrow ends at the border of this group's cluster (`lhead`): it
    /// stands for an arrow to every member.
    var toGroup: NodeGroup? = nil
    /// Handovers in both directions between the two institutions: one line
    /// with two arrowheads; each entry knows its own direction.
    var isMutual: Bool { entries.contains { $0.from != from } }

    /// The arrows of a district, sorted by sender and receiver id.
    ///
    /// Internal steps (both ends the same institution) are not drawn; ends
    /// that are not institutions of the district are skipped rather than
    /// turned into stray nodes.
    static func arrows(of district: ResolvedDistrict, known: Set<String>) -> [HandoverArrow] {
        var byPair: [Pair: [Entry]] = [:]
        for (index, handover) in district.handovers.enumerated() {
            let number = SchaubildRenderer.handoverNumber(index: index)
            for edge in handover.edges where !edge.isInternal && known.contains(edge.from) && known.contains(edge.to) {
                let pair = Pair(from: edge.from, to: edge.to)
                if byPair[pair]?.last?.number != number {
                    byPair[pair, default: []].append(Entry(number: number, subject: handover.subject, from: edge.from))
                }
            }
        }
        return byPair.map { HandoverArrow(from: $0.key.from, to: $0.key.to, entries: $0.value) }.sorted(by: precedes)
    }

    /// The arrows with every pair of opposite arrows (A → B and B → A)
    /// drawn as one line with two heads, pointing the way of the lower
    /// handover number; fewer lines, and no two labels fighting for the
    /// same place.
    static func mergingOpposites(_ arrows: [HandoverArrow]) -> [HandoverArrow] {
        var result: [HandoverArrow] = []
        var merged: Set<Int> = []
        // The arrows between two institutions (not groups), by pair, in order:
        // a large district has hundreds, and searching them all for each was quadratic.
        var byPair: [Pair: [Int]] = [:]
        for (index, arrow) in arrows.enumerated() where arrow.fromGroup == nil && arrow.toGroup == nil {
            byPair[Pair(from: arrow.from, to: arrow.to), default: []].append(index)
        }
        for (index, arrow) in arrows.enumerated() where !merged.contains(index) {
            guard arrow.fromGroup == nil, arrow.toGroup == nil,
                let opposite = byPair[Pair(from: arrow.to, to: arrow.from)]?.first(where: { other in
                    other > index && !merged.contains(other)
                })
            else {
                result.append(arrow)
                continue
            }
            merged.insert(opposite)
            let entries = (arrow.entries + arrows[opposite].entries).sorted { $0.number < $1.number }
            let first = entries[0].from
            let other = first == arrow.from ? arrow.to : arrow.from
            result.append(HandoverArrow(from: first, to: other, entries: entries))
        }
        return result.sorted(by: precedes)
    }

    /// The arrows with every handover that reaches *all* members of `group`
    /// from one sender (or leaves all of them for one receiver) drawn once,
    /// to (or from) the group's frame: five Gemeinden that each get the same
    /// notice need one arrow, not five.
    static func bundled(_ arrows: [HandoverArrow], into group: NodeGroup) -> [HandoverArrow] {
        let members = Set(group.members)
        guard members.count >= 2 else { return arrows }
        var result = arrows
        var bundles: [HandoverArrow] = []
        for incoming in [true, false] {
            let outside = Set(result.compactMap { arrow -> String? in
                let (inner, other) = incoming ? (arrow.to, arrow.from) : (arrow.from, arrow.to)
                return members.contains(inner) && !members.contains(other) && arrow.fromGroup == nil && arrow.toGroup == nil ? other : nil
            }).sorted(by: OrganisationTree.byteOrder)
            for other in outside {
                let touching = result.indices.filter { index in
                    let arrow = result[index]
                    return incoming
                        ? arrow.from == other && members.contains(arrow.to) : arrow.to == other && members.contains(arrow.from)
                }
                guard touching.count == members.count, let first = touching.first else { continue }
                let shared = result[first].entries.map(\.number).filter { number in
                    touching.allSatisfy { result[$0].entries.contains { $0.number == number } }
                }
                guard !shared.isEmpty else { continue }
                let sender = incoming ? other : group.anchor
                let entries = result[first].entries.filter { shared.contains($0.number) }
                    .map { Entry(number: $0.number, subject: $0.subject, from: sender) }
                for index in touching { result[index].entries.removeAll { shared.contains($0.number) } }
                bundles.append(
                    incoming
                        ? HandoverArrow(from: other, to: group.anchor, entries: entries, toGroup: group)
                        : HandoverArrow(from: group.anchor, to: other, entries: entries, fromGroup: group))
            }
        }
        return (result.filter { !$0.entries.isEmpty } + bundles).sorted(by: precedes)
    }

    /// Sender id, then receiver id, byte-wise; a bundled arrow after a plain one.
    private static func precedes(_ lhs: HandoverArrow, _ rhs: HandoverArrow) -> Bool {
        if lhs.from != rhs.from { return OrganisationTree.byteOrder(lhs.from, rhs.from) }
        if lhs.to != rhs.to { return OrganisationTree.byteOrder(lhs.to, rhs.to) }
        return (lhs.fromGroup == nil && lhs.toGroup == nil) && (rhs.fromGroup != nil || rhs.toGroup != nil)
    }

    private struct Pair: Hashable {
        var from: String
        var to: String
    }
}
