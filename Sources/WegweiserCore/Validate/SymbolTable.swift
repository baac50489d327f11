/// The names valid in one district: what references are checked against and
/// what did-you-mean hints are drawn from.
struct SymbolTable {
    let catalog: Catalog
    let definition: DistrictDefinition
    let institutions: [String: Institution]
    let functions: Set<String>
    let phases: Set<String>
    let targetGroups: Set<String>
    let catalogTasks: [String: TaskDefinition]
    let catalogInterfaces: [String: HandoverDefinition]
    /// Institution ids bound to each function, in definition order.
    let holders: [String: [String]]

    init(catalog: Catalog, definition: DistrictDefinition) {
        self.catalog = catalog
        self.definition = definition
        institutions = Dictionary(definition.institutions.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        functions = Set(catalog.functions.map(\.id.value))
        phases = Set(catalog.phases.map(\.id.value))
        targetGroups = Set(catalog.targetGroups.map(\.id.value))
        catalogTasks = Dictionary(catalog.tasks.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        catalogInterfaces = Dictionary(catalog.interfaces.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        var holders: [String: [String]] = [:]
        var seen = Set<String>()
        for institution in definition.institutions where seen.insert(institution.id.value).inserted {
            for function in institution.functions where holders[function.value, default: []].last != institution.id.value {
                holders[function.value, default: []].append(institution.id.value)
            }
        }
        self.holders = holders
    }

    /// What a role key, sender, receiver, provider or member means: the
    /// institution of that id, or every institution bound to that function.
    func resolve(_ key: String) -> [String] {
        if institutions[key] != nil { return [key] }
        return holders[key] ?? []
    }

    func isKnownReference(_ key: String) -> Bool {
        institutions[key] != nil || functions.contains(key)
    }
}
