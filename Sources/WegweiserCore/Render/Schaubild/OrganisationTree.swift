import Foundation

/// The `part_of` hierarchy of a district's institutions, as the Schaubild
/// draws it: an institution with units becomes a cluster holding itself and
/// its units.
///
/// Children are sorted by id, so the DOT does not depend on the order in
/// which the partners wrote their files. The tree is built defensively: a
/// `part_of` naming an unknown institution, or a cycle (both reported by
/// validation), makes the institution a root instead of losing it.
struct OrganisationTree: Sendable {
    /// Institutions by id.
    let institutions: [String: Institution]
    /// Top-level institutions, sorted by id.
    let roots: [String]
    /// Units of an institution, sorted by id; absent when it has none.
    let children: [String: [String]]
    /// The institution each unit is part of.
    let parent: [String: String]

    init(_ institutions: [Institution]) {
        var byID: [String: Institution] = [:]
        for institution in institutions where byID[institution.id.value] == nil {
            byID[institution.id.value] = institution
        }
        let ids = byID.keys.sorted(by: Self.byteOrder)
        var parent: [String: String] = [:]
        for id in ids {
            if let partOf = byID[id]?.partOf?.value, partOf != id, byID[partOf] != nil { parent[id] = partOf }
        }
        // Break cycles: an institution whose chain of parents comes back to
        // itself is a root (validation has reported the cycle already).
        for id in ids {
            var seen: Set<String> = [id]
            var current = parent[id]
            while let next = current, seen.insert(next).inserted { current = parent[next] }
            if current == id { parent[id] = nil }
        }
        var children: [String: [String]] = [:]
        for id in ids { if let up = parent[id] { children[up, default: []].append(id) } }
        self.institutions = byID
        self.roots = ids.filter { parent[$0] == nil }
        self.children = children
        self.parent = parent
    }

    /// Every institution id, sorted.
    var ids: [String] { institutions.keys.sorted(by: Self.byteOrder) }

    /// Whether the institution is drawn as a cluster.
    func hasUnits(_ id: String) -> Bool { !(children[id] ?? []).isEmpty }

    /// The name without what the surrounding clusters already say: inside
    /// "Landratsamt Meißen", "Landratsamt Meißen – Sozialamt" reads
    /// "Sozialamt". Names of top-level institutions stay whole.
    func displayName(_ id: String) -> String {
        guard let name = institutions[id]?.name.value else { return id }
        guard let dash = name.range(of: " – ") else { return name }
        let head = name[..<dash.lowerBound]
        let tail = name[dash.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !head.isEmpty, !tail.isEmpty else { return name }
        var current = parent[id]
        var seen: Set<String> = []
        while let ancestor = current, seen.insert(ancestor).inserted {
            if institutions[ancestor]?.name.value.hasPrefix(head) == true { return tail }
            current = parent[ancestor]
        }
        return name
    }

    /// Byte-wise order of ids: the same on every machine, whatever its locale.
    static func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
