/// Validates one district against a catalogue and resolves it: every problem
/// of every file in one pass, never only the first.
public enum Validator {
    /// Checks the catalogue itself; call once per catalogue.
    public static func check(catalog: Catalog, log: inout DiagnosticLog) {
        CatalogRules.check(catalog, log: &log)
    }

    /// Checks a loaded district and resolves it. The resolved district is
    /// returned whenever its basic data is there, even with errors in the log:
    /// the caller decides (generation needs an error-free log).
    public static func check(_ definition: DistrictDefinition, catalog: Catalog, log: inout DiagnosticLog) -> ResolvedDistrict? {
        let symbols = SymbolTable(catalog: catalog, definition: definition)
        // The rules and the resolution only read the symbols and each write a
        // log of their own: they run at once (a large district gets both
        // cores), and their logs, taken in this order, are what running one
        // after the other writes.
        let (rules, resolved) = atOnce({
            var log = DiagnosticLog()
            checkIdentifiers(symbols, log: &log)
            ReferenceRules(symbols: symbols).checkAll(log: &log)
            ContactRules(editionDate: definition.info?.edition?.date?.value).checkAll(definition, log: &log)
            PlaceholderRules.check(definition, log: &log)
            let setup = SetupRules(symbols: symbols)
            setup.checkCycles(log: &log)
            setup.checkMunicipalities(log: &log)
            let administration = setup.ownAdministration(log: &log)
            setup.checkJobcenter(administration: administration, log: &log)
            return (log: log, administration: administration)
        }, {
            var log = DiagnosticLog()
            let resolver = BindingResolver(symbols: symbols)
            let tasks = resolver.tasks(log: &log)
            let handovers = resolver.handovers(log: &log)
            let offers = resolver.offers()
            let bodies = resolver.bodies(log: &log)
            return (log: log, tasks: tasks, handovers: handovers, offers: offers, bodies: bodies, districtLocation: resolver.districtLocation)
        })
        log.append(contentsOf: rules.log.diagnostics)
        log.append(contentsOf: resolved.log.diagnostics)
        let (administration, tasks, handovers, offers, bodies) =
            (rules.administration, resolved.tasks, resolved.handovers, resolved.offers, resolved.bodies)
        guard let info = definition.info, let id = info.id, let name = info.name,
            let kind = info.kind, let model = info.jobcenterModel
        else { return nil }
        let district = ResolvedDistrict(
            id: id.value, name: name.value, state: info.state?.value, kind: kind.value, jobcenterModel: model.value,
            edition: info.edition, goals: info.goals.map(\.value), municipalities: info.municipalities,
            institutions: definition.institutions.uniquedByID(), administrationID: administration?.id.value,
            phases: catalog.phases, targetGroups: catalog.targetGroups, functions: catalog.functions,
            glossary: catalog.glossary, tasks: tasks, handovers: handovers, offers: offers, bodies: bodies)
        CompletenessRules(symbols: symbols, districtLocation: resolved.districtLocation).checkAll(district, log: &log)
        return district
    }

    private static func checkIdentifiers(_ symbols: SymbolTable, log: inout DiagnosticLog) {
        let definition = symbols.definition
        if let id = definition.info?.id {
            IdentifierRules.check([id], kind: "district", log: &log)
            if id.value != definition.folderID {
                log.report(
                    .districtIdMismatch,
                    "the district id '\(id.value)' does not match its folder '\(definition.folderID)'", at: id.location,
                    // Renaming the folder to an invalid id ('../../etc') is no advice.
                    hint: IdentifierRules.isValid(id.value)
                        ? "set 'id: \(definition.folderID)', or rename the folder to '\(id.value)'"
                        : "set 'id: \(definition.folderID)'")
            }
        }
        IdentifierRules.check(definition.institutions.map(\.id), kind: "institution", log: &log)
        IdentifierRules.check(definition.responsibilities.map(\.id), kind: "task", log: &log)
        IdentifierRules.check(definition.interfaces.map(\.id), kind: "handover", log: &log)
        IdentifierRules.check(definition.offers.map(\.id), kind: "offer", log: &log)
        IdentifierRules.check(definition.bodies.map(\.id), kind: "committee", log: &log)
        for institution in definition.institutions where symbols.functions.contains(institution.id.value) {
            log.report(
                .idCollision,
                "the institution id '\(institution.id.value)' is also the id of a function in the catalogue",
                at: institution.id.location,
                hint: "role keys could not tell them apart; rename the institution, e.g. '\(institution.id.value)-\(definition.folderID)'")
        }
    }
}
