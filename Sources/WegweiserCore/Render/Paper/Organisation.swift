/// The organisation hierarchy (`part_of`) of a district: who belongs to
/// whom, and the reading order that keeps every unit beside its Träger.
struct Organisation {
    let district: ResolvedDistrict
    private let parent: [String: String]
    private let byID: [String: Institution]

    init(_ district: ResolvedDistrict) {
        self.district = district
        byID = Dictionary(district.institutions.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        var parent: [String: String] = [:]
        for institution in district.institutions {
            if let partOf = institution.partOf?.value, byID[partOf] != nil { parent[institution.id.value] = partOf }
        }
        self.parent = parent
    }

    /// The chain of units above an institution, nearest first (cycles cut).
    func ancestors(of id: String) -> [String] {
        var chain: [String] = []
        var current = parent[id]
        while let next = current, next != id, !chain.contains(next) {
            chain.append(next)
            current = parent[next]
        }
        return chain
    }

    /// The top of the hierarchy an institution belongs to ("Träger").
    func root(of id: String) -> String { ancestors(of: id).last ?? id }

    /// Whether an institution is the administration or one of its units.
    func isWithinAdministration(_ id: String) -> Bool {
        guard let admin = district.administrationID else { return false }
        return id == admin || ancestors(of: id).contains(admin)
    }

    /// Depth first: each top-level institution in written order, followed by its units.
    func readingOrder() -> [Institution] {
        var children: [String: [Institution]] = [:]
        var roots: [Institution] = []
        for institution in district.institutions {
            if let up = parent[institution.id.value], !ancestors(of: up).contains(institution.id.value) {
                children[up, default: []].append(institution)
            } else {
                roots.append(institution)
            }
        }
        var order: [Institution] = []
        var seen = Set<String>()
        func visit(_ institution: Institution) {
            guard seen.insert(institution.id.value).inserted else { return }
            order.append(institution)
            for child in children[institution.id.value] ?? [] { visit(child) }
        }
        roots.forEach(visit)
        district.institutions.forEach(visit)  // anything left in a cycle
        return order
    }

    /// "Landratsamt Meißen – Jugendamt": Träger and unit, as the papers head their sections.
    func heading(of institution: Institution) -> String {
        let top = root(of: institution.id.value)
        guard top != institution.id.value, let carrier = byID[top] else { return institution.name.value }
        // "Stadt Leipzig – Sozialamt" already names its Träger.
        if institution.name.value.hasPrefix(carrier.name.value + " ") { return institution.name.value }
        return "\(carrier.name.value) – \(institution.name.value)"
    }

    func name(_ id: String) -> String { byID[id]?.name.value ?? id }
}
