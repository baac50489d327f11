/// Checks on the catalogue itself, once per run: ids, and that tasks and
/// handovers name phases, target groups and functions it defines.
enum CatalogRules {
    static func check(_ catalog: Catalog, log: inout DiagnosticLog) {
        IdentifierRules.check(catalog.phases.map(\.id), kind: "phase", log: &log)
        IdentifierRules.check(catalog.targetGroups.map(\.id), kind: "target group", log: &log)
        IdentifierRules.check(catalog.functions.map(\.id), kind: "function", log: &log)
        IdentifierRules.check(catalog.tasks.map(\.id), kind: "task", log: &log)
        IdentifierRules.check(catalog.interfaces.map(\.id), kind: "handover", log: &log)
        let phases = Set(catalog.phases.map(\.id.value))
        let groups = Set(catalog.targetGroups.map(\.id.value))
        let functions = Set(catalog.functions.map(\.id.value))
        func expect(_ key: Text, in set: Set<String>, _ what: String) {
            guard !set.contains(key.value) else { return }
            log.report(
                .unknownReference, "unknown \(what) '\(key.value)'", at: key.location,
                suggestion: Suggestion.closest(to: key.value, among: set.sorted()),
                hint: what == "function" ? "catalogue tasks and handovers name functions, never institutions" : nil)
        }
        for task in catalog.tasks {
            if let phase = task.phase { expect(phase, in: phases, "phase") }
            for group in task.targetGroups ?? [] { expect(group, in: groups, "target group") }
            let roles = task.roles ?? []
            for assignment in roles { expect(assignment.key, in: functions, "function") }
            let leads = roles.filter { $0.role.value == .lead }
            if leads.count != 1, task.roles != nil {
                log.report(
                    .leadCount,
                    leads.isEmpty ? "the task '\(task.id.value)' has no lead" : "the task '\(task.id.value)' has \(leads.count) lead functions",
                    at: leads.dropFirst().first?.key.location ?? task.location,
                    hint: "give exactly one function the role 'lead'")
            }
        }
        for handover in catalog.interfaces {
            for end in [handover.from, handover.to].compactMap({ $0 }) { expect(end, in: functions, "function") }
            if let from = handover.from, let to = handover.to, from.value == to.value {
                log.report(
                    .selfHandover, "the handover '\(handover.id.value)' leads from '\(from.value)' to itself",
                    at: to.location, hint: "a handover connects two functions")
            }
        }
    }
}
