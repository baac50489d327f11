/// Applies a district's overrides and exclusions to the catalogue: a district
/// entry with a catalogue id replaces the keys it gives and inherits the rest.
enum TaskMerge {
    struct Merged<Entry> {
        var entry: Entry
        var origin: Origin
        /// The catalogue entry it adapts, if any.
        var base: Entry?
    }

    static func tasks(symbols: SymbolTable, log: inout DiagnosticLog) -> [Merged<TaskDefinition>] {
        let excluded = Set(symbols.definition.info?.excludeTasks.map(\.value) ?? [])
        return merge(
            catalogue: symbols.catalog.tasks, district: symbols.definition.responsibilities, excluded: excluded,
            combine: { base, own in
                TaskDefinition(
                    id: own.id, title: own.title ?? base.title, phase: own.phase ?? base.phase,
                    targetGroups: own.targetGroups ?? base.targetGroups, legalBasis: own.legalBasis ?? base.legalBasis,
                    roles: own.roles ?? base.roles, note: own.note ?? base.note, location: own.location)
            },
            required: { task in
                [("title", task.title != nil), ("phase", task.phase != nil), ("roles", task.roles != nil)]
            }, what: "task", log: &log)
    }

    static func handovers(symbols: SymbolTable, log: inout DiagnosticLog) -> [Merged<HandoverDefinition>] {
        let excluded = Set(symbols.definition.info?.excludeInterfaces.map(\.value) ?? [])
        return merge(
            catalogue: symbols.catalog.interfaces, district: symbols.definition.interfaces, excluded: excluded,
            combine: { base, own in
                HandoverDefinition(
                    id: own.id, from: own.from ?? base.from, to: own.to ?? base.to, subject: own.subject ?? base.subject,
                    trigger: own.trigger ?? base.trigger, transfers: own.transfers ?? base.transfers,
                    legalBasis: own.legalBasis ?? base.legalBasis, note: own.note ?? base.note, location: own.location)
            },
            required: { handover in
                [("from", handover.from != nil), ("to", handover.to != nil), ("subject", handover.subject != nil)]
            }, what: "handover", log: &log)
    }

    private static func merge<Entry>(
        catalogue: [Entry], district: [Entry], excluded: Set<String>,
        combine: (Entry, Entry) -> Entry, required: (Entry) -> [(String, Bool)], what: String,
        log: inout DiagnosticLog
    ) -> [Merged<Entry>] where Entry: Identified {
        var result: [Merged<Entry>] = []
        var index: [String: Int] = [:]
        for entry in catalogue where !excluded.contains(entry.id.value) && index[entry.id.value] == nil {
            index[entry.id.value] = result.count
            result.append(Merged(entry: entry, origin: .catalog, base: nil))
        }
        var seen = Set<String>()
        for own in district where seen.insert(own.id.value).inserted {
            if let position = index[own.id.value] {
                let base = result[position].entry
                result[position] = Merged(entry: combine(base, own), origin: .adapted, base: base)
            } else if let base = catalogue.first(where: { $0.id.value == own.id.value }) {
                // Excluded and overridden: reported as exclude-conflict; the override wins.
                result.append(Merged(entry: combine(base, own), origin: .adapted, base: base))
            } else {
                let missing = required(own).filter { !$0.1 }.map(\.0)
                if !missing.isEmpty {
                    log.report(
                        .missingKey,
                        "the new \(what) '\(own.id.value)' has no \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                        at: own.location,
                        suggestion: Suggestion.closest(to: own.id.value, among: catalogue.map(\.id.value)),
                        hint: "a \(what) that does not adapt a catalogue entry needs \(required(own).map(\.0).joined(separator: ", "))")
                    continue
                }
                result.append(Merged(entry: own, origin: .district, base: nil))
            }
        }
        return result
    }
}
