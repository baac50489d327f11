/// Institutions drawn together in one frame although no `part_of` joins
/// them: the Gemeinden of a Landkreis. Arrows that reach all of them are
/// drawn once, to the frame.
struct NodeGroup: Sendable, Equatable {
    /// The DOT name of the cluster, `cluster__…`: the double underscore
    /// cannot occur in an institution's cluster (ids have no `_`).
    var cluster: String
    /// The frame's label.
    var label: String
    /// Member ids, sorted.
    var members: [String]

    /// The member an arrow to or from the frame is attached to: the middle
    /// one, so the arrow meets the frame near its centre.
    var anchor: String { members[members.count / 2] }

    /// The top-level Gemeinden (type `gemeinde`, not part of anything,
    /// without units), when there are at least two.
    static func gemeinden(in tree: OrganisationTree) -> NodeGroup? {
        let members = tree.roots.filter { id in
            tree.institutions[id]?.type?.value == .gemeinde && !tree.hasUnits(id)
        }
        guard members.count >= 2 else { return nil }
        return NodeGroup(cluster: "cluster__gemeinden", label: "Städte und Gemeinden", members: members)
    }
}
