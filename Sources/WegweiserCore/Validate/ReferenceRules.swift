/// Every name that points at something else must point at something that exists.
struct ReferenceRules {
    let symbols: SymbolTable

    /// A role key, sender, receiver, provider, member, chair or secretariat:
    /// an institution id or a function id.
    func checkInstitutionOrFunction(_ key: Text, log: inout DiagnosticLog) {
        guard !symbols.isKnownReference(key.value) else { return }
        let candidates = Array(symbols.institutions.keys) + Array(symbols.functions)
        log.report(
            .unknownReference, "unknown institution or function '\(key.value)'", at: key.location,
            suggestion: Suggestion.closest(to: key.value, among: candidates.sorted()))
    }

    /// `part_of` and `carriers`: institution ids only.
    func checkInstitution(_ key: Text, field: String, log: inout DiagnosticLog) {
        guard symbols.institutions[key.value] == nil else { return }
        let isFunction = symbols.functions.contains(key.value)
        log.report(
            .unknownReference, "unknown institution '\(key.value)' in '\(field)'", at: key.location,
            suggestion: Suggestion.closest(to: key.value, among: symbols.institutions.keys.sorted()),
            hint: isFunction ? "'\(key.value)' is a function; '\(field)' takes the id of an institution" : nil)
    }

    func check(_ key: Text, in set: Set<String>, what: String, log: inout DiagnosticLog) {
        guard !set.contains(key.value) else { return }
        log.report(
            .unknownReference, "unknown \(what) '\(key.value)'", at: key.location,
            suggestion: Suggestion.closest(to: key.value, among: set.sorted()),
            hint: set.isEmpty
                ? "the catalogue defines no \(what) at all; if the catalogue has errors, fix them first"
                : Suggestion.closest(to: key.value, among: set) == nil
                    ? "the catalogue defines: \(set.sorted().joined(separator: ", "))" : nil)
    }

    func checkAll(log: inout DiagnosticLog) {
        let definition = symbols.definition
        for institution in definition.institutions {
            if let partOf = institution.partOf { checkInstitution(partOf, field: "part_of", log: &log) }
            for carrier in institution.carriers { checkInstitution(carrier, field: "carriers", log: &log) }
            for function in institution.functions { check(function, in: symbols.functions, what: "function", log: &log) }
            for group in institution.targetGroups { check(group, in: symbols.targetGroups, what: "target group", log: &log) }
        }
        for task in definition.responsibilities {
            if let phase = task.phase { check(phase, in: symbols.phases, what: "phase", log: &log) }
            for group in task.targetGroups ?? [] { check(group, in: symbols.targetGroups, what: "target group", log: &log) }
            for assignment in task.roles ?? [] { checkInstitutionOrFunction(assignment.key, log: &log) }
        }
        for handover in definition.interfaces {
            for end in [handover.from, handover.to].compactMap({ $0 }) { checkInstitutionOrFunction(end, log: &log) }
        }
        for offer in definition.offers {
            if let provider = offer.provider { checkInstitutionOrFunction(provider, log: &log) }
            if let phase = offer.phase { check(phase, in: symbols.phases, what: "phase", log: &log) }
            for group in offer.targetGroups { check(group, in: symbols.targetGroups, what: "target group", log: &log) }
        }
        for body in definition.bodies {
            for key in body.members + body.chair { checkInstitutionOrFunction(key, log: &log) }
            if let secretariat = body.secretariat { checkInstitutionOrFunction(secretariat, log: &log) }
        }
        checkExclusions(log: &log)
    }

    /// `exclude_tasks` and `exclude_interfaces` name catalogue entries the
    /// district does not also override.
    private func checkExclusions(log: inout DiagnosticLog) {
        // Most districts exclude nothing: then the sets below are not built.
        guard let info = symbols.definition.info, !(info.excludeTasks.isEmpty && info.excludeInterfaces.isEmpty) else { return }
        let overriddenTasks = Set(symbols.definition.responsibilities.map(\.id.value))
        let overriddenInterfaces = Set(symbols.definition.interfaces.map(\.id.value))
        let lists: [(ids: [Text], catalogue: Set<String>, overridden: Set<String>, what: String, key: String)] = [
            (info.excludeTasks, Set(symbols.catalogTasks.keys), overriddenTasks, "catalogue task", "responsibilities"),
            (info.excludeInterfaces, Set(symbols.catalogInterfaces.keys), overriddenInterfaces, "catalogue handover", "interfaces"),
        ]
        for list in lists {
            for id in list.ids {
                if !list.catalogue.contains(id.value) {
                    log.report(
                        .unknownReference, "unknown \(list.what) '\(id.value)'", at: id.location,
                        suggestion: Suggestion.closest(to: id.value, among: list.catalogue.sorted()))
                } else if list.overridden.contains(id.value) {
                    log.report(
                        .excludeConflict, "the \(list.what) '\(id.value)' is excluded and also overridden in '\(list.key)'",
                        at: id.location, hint: "either exclude it or adapt it, not both")
                }
            }
        }
    }
}
