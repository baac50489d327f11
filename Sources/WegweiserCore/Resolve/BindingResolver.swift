/// Resolves roles and handovers through the district's function bindings:
/// a function key reaches every institution bound to it, an institution key
/// that institution alone.
struct BindingResolver {
    let symbols: SymbolTable

    var districtLocation: SourceLocation {
        symbols.definition.info?.location ?? .start(of: symbols.definition.files.first ?? symbols.definition.folderID)
    }

    func tasks(log: inout DiagnosticLog) -> [ResolvedTask] {
        let phaseOrder = Dictionary(
            symbols.catalog.phases.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let merged = TaskMerge.tasks(symbols: symbols, log: &log)
        let resolved = merged.compactMap { resolve($0, log: &log) }
        // Stable sort by phase: catalogue order within a phase is kept. Each phase is looked up once.
        let order = resolved.indices.map { (phase: phaseOrder[resolved[$0].phase] ?? .max, offset: $0) }
        return order.sorted { a, b in a.phase != b.phase ? a.phase < b.phase : a.offset < b.offset }
            .map { resolved[$0.offset] }
    }

    private func resolve(_ merged: TaskMerge.Merged<TaskDefinition>, log: inout DiagnosticLog) -> ResolvedTask? {
        let task = merged.entry
        guard let title = task.title, let phase = task.phase, let assignments = task.roles else { return nil }
        // Whether the roles were written in the district (then messages point there).
        let ownRoles = merged.origin == .district || symbols.definition.responsibilities.first {
            $0.id.value == task.id.value
        }?.roles != nil
        var roles: [String: Role] = [:]
        for assignment in assignments {
            for institution in symbols.resolve(assignment.key.value) where (roles[institution] ?? .informed) <= assignment.role.value {
                roles[institution] = max(roles[institution] ?? .informed, assignment.role.value)
            }
        }
        let leads = leadInstitutions(roles)
        let leadKeys = assignments.filter { $0.role.value == .lead }
        var gap: String?
        if leads.count > 1 {
            reportSeveralLeads(merged, leads: leads, keys: leadKeys, ownRoles: ownRoles, log: &log)
        } else if leads.isEmpty {
            if let unheld = leadKeys.first(where: { symbols.functions.contains($0.key.value) && symbols.resolve($0.key.value).isEmpty }) {
                gap = unheld.key.value
                log.report(
                    .gap, "no institution holds the function '\(unheld.key.value)', so the task '\(task.id.value)' has no lead",
                    at: ownRoles ? unheld.key.location : districtLocation,
                    hint: "bind '\(unheld.key.value)' to an institution with 'functions: [\(unheld.key.value)]', or add '\(task.id.value)' to exclude_tasks",
                    notes: ownRoles ? [] : [.init("the catalogue task is defined here", at: (merged.base ?? task).location)])
            } else if leadKeys.isEmpty, ownRoles {
                log.report(
                    .leadCount, "the task '\(task.id.value)' has no lead", at: task.location,
                    hint: "give exactly one institution or function the role 'lead'")
            }
        }
        return ResolvedTask(
            id: task.id.value, title: title.value, phase: phase.value,
            targetGroups: (task.targetGroups ?? []).map(\.value), legalBasis: task.legalBasis?.value,
            note: task.note?.value, origin: merged.origin, roles: roles, lead: leads.count == 1 ? leads[0] : nil, gap: gap)
    }

    /// The institutions with the role lead, in definition order. Every key of
    /// `roles` is an institution id of the district (`SymbolTable.resolve` hands
    /// out nothing else), so a single lead needs no walk through the institutions.
    private func leadInstitutions(_ roles: [String: Role]) -> [String] {
        var leads = roles.lazy.filter { $0.value == .lead }.makeIterator()
        guard let first = leads.next() else { return [] }
        if leads.next() == nil { return [first.key] }
        return symbols.definition.institutions.map(\.id.value).filter { roles[$0] == .lead }.uniqued()
    }

    private func reportSeveralLeads(
        _ merged: TaskMerge.Merged<TaskDefinition>, leads: [String], keys: [RoleAssignment], ownRoles: Bool,
        log: inout DiagnosticLog
    ) {
        let task = merged.entry
        let names = leads.map { "'\($0)'" }.joined(separator: ", ")
        if ownRoles {
            log.report(
                .leadCount, "the task '\(task.id.value)' has \(leads.count) lead institutions: \(names)",
                at: (keys.dropFirst().first ?? keys.first)?.key.location ?? task.location,
                hint: "a task has exactly one lead; make the others 'involved'")
            return
        }
        // Catalogue roles: the district's bindings made the lead ambiguous.
        let function = keys.first { symbols.resolve($0.key.value).count > 1 }?.key.value
        let binding = function.flatMap { function in
            symbols.institutions[leads[1]]?.functions.first { $0.value == function }
        }
        log.report(
            .leadCount,
            "the task '\(task.id.value)' has \(leads.count) lead institutions: \(names)"
                + (function.map { " (all hold '\($0)')" } ?? ""),
            at: binding?.location ?? districtLocation,
            hint: "adapt '\(task.id.value)' in 'responsibilities' and name the lead institution, or bind the function to one institution",
            notes: [.init("the catalogue task is defined here", at: (merged.base ?? task).location)])
    }

    func handovers(log: inout DiagnosticLog) -> [ResolvedHandover] {
        TaskMerge.handovers(symbols: symbols, log: &log).compactMap { resolve($0, log: &log) }
    }

    private func resolve(_ merged: TaskMerge.Merged<HandoverDefinition>, log: inout DiagnosticLog) -> ResolvedHandover? {
        let handover = merged.entry
        guard let from = handover.from, let to = handover.to, let subject = handover.subject else { return nil }
        let ends = [from, to].map { key in
            HandoverEnd(
                key: key.value, institutions: symbols.resolve(key.value),
                isFunction: symbols.institutions[key.value] == nil)
        }
        var edges: [ResolvedHandover.Edge] = []
        for sender in ends[0].institutions {
            for receiver in ends[1].institutions { edges.append(.init(from: sender, to: receiver)) }
        }
        // An override may write one end and inherit the other from the catalogue;
        // messages point at what the district wrote.
        let isWritten = { (key: Text) in symbols.definition.files.contains(key.location.file) }
        if isWritten(from) || isWritten(to), !edges.isEmpty, edges.allSatisfy(\.isInternal) {
            log.report(
                .selfHandover, "the handover '\(handover.id.value)' leads from '\(edges[0].from)' to itself",
                at: isWritten(to) ? to.location : from.location,
                hint: "a handover connects two institutions; describe internal steps in the task's note")
        }
        for (end, key, word) in [(ends[0], from, "sender"), (ends[1], to, "receiver")]
        where end.institutions.isEmpty && symbols.functions.contains(key.value) {
            log.report(
                .gap, "no institution holds the function '\(key.value)', so the handover '\(handover.id.value)' has no \(word)",
                at: isWritten(key) ? key.location : districtLocation,
                hint: "bind '\(key.value)' to an institution, or add '\(handover.id.value)' to exclude_interfaces",
                notes: isWritten(key) ? [] : [.init("the catalogue handover is defined here", at: (merged.base ?? handover).location)])
        }
        return ResolvedHandover(
            id: handover.id.value, subject: subject.value, trigger: handover.trigger?.value,
            transfers: (handover.transfers ?? []).map(\.value), legalBasis: handover.legalBasis?.value,
            note: handover.note?.value, origin: merged.origin, from: ends[0], to: ends[1], edges: edges)
    }

    func offers() -> [ResolvedOffer] {
        symbols.definition.offers.uniquedByID().map { offer in
            ResolvedOffer(offer: offer, providers: offer.provider.map { symbols.resolve($0.value) } ?? [])
        }
    }

    func bodies(log: inout DiagnosticLog) -> [ResolvedBody] {
        symbols.definition.bodies.uniquedByID().map { body in
            let members = body.members.flatMap { symbols.resolve($0.value) }.uniqued()
            for chair in body.chair where symbols.isKnownReference(chair.value) {
                let outside = symbols.resolve(chair.value).filter { !members.contains($0) }
                if !outside.isEmpty {
                    log.report(
                        .chairNotMember,
                        "the chair '\(chair.value)' of '\(body.id.value)' is not one of its members",
                        at: chair.location, hint: "add '\(chair.value)' to 'members'")
                }
            }
            return ResolvedBody(
                body: body, members: members, chair: body.chair.flatMap { symbols.resolve($0.value) }.uniqued(),
                secretariat: body.secretariat.map { symbols.resolve($0.value) } ?? [])
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension Array where Element: Identified {
    /// The first entry of each id; later duplicates are reported as duplicate-id.
    func uniquedByID() -> [Element] {
        var seen = Set<String>()
        return filter { seen.insert($0.id.value).inserted }
    }
}

/// Entries that carry an id and a place.
protocol Identified {
    var id: Text { get }
    var location: SourceLocation { get }
}

extension TaskDefinition: Identified {}
extension HandoverDefinition: Identified {}
extension Offer: Identified {}
extension Body: Identified {}
extension Institution: Identified {}
