/// Checks on the resolved district: what the paper would be missing.
struct CompletenessRules {
    let symbols: SymbolTable
    let districtLocation: SourceLocation

    func checkAll(_ district: ResolvedDistrict, log: inout DiagnosticLog) {
        checkRechtskreiswechsel(district, log: &log)
        checkUnused(district, log: &log)
        checkLeadContacts(district, log: &log)
    }

    /// The classic handover after recognition: AsylbLG benefits authority → Jobcenter.
    func checkRechtskreiswechsel(_ district: ResolvedDistrict, log: inout DiagnosticLog) {
        let payers = Set(symbols.holders["asylblg"] ?? [])
        let jobcenters = Set(symbols.holders["sgb2"] ?? [])
        guard !payers.isEmpty, !jobcenters.isEmpty else { return }
        let present = district.handovers.contains { handover in
            handover.edges.contains { payers.contains($0.from) && jobcenters.contains($0.to) }
        }
        if !present {
            log.report(
                .rechtskreiswechsel,
                "no handover leads from the AsylbLG benefits authority (\(payers.sorted().joined(separator: ", "))) to the Jobcenter (\(jobcenters.sorted().joined(separator: ", "))): the Rechtskreiswechsel after recognition is missing",
                at: districtLocation,
                hint: "keep the catalogue handover 'rechtskreiswechsel-sgb2', or add a handover from 'asylblg' to 'sgb2' in 'interfaces'")
        }
    }

    func checkUnused(_ district: ResolvedDistrict, log: inout DiagnosticLog) {
        var used = Set<String>()
        for task in district.tasks { used.formUnion(task.roles.keys) }
        for handover in district.handovers {
            for edge in handover.edges { used.formUnion([edge.from, edge.to]) }
        }
        for offer in district.offers { used.formUnion(offer.providers) }
        for body in district.bodies { used.formUnion(body.members + body.chair + body.secretariat) }
        for institution in district.institutions {
            if let parent = institution.partOf { used.insert(parent.value) }
            used.formUnion(institution.carriers.map(\.value))
        }
        for institution in district.institutions where !used.contains(institution.id.value) {
            log.report(
                .unusedInstitution,
                "the institution '\(institution.id.value)' appears nowhere in the paper: no task, handover, offer or committee names it",
                at: institution.id.location,
                hint: "give it a role in 'responsibilities', a function that tasks use, or remove it")
        }
    }

    func checkLeadContacts(_ district: ResolvedDistrict, log: inout DiagnosticLog) {
        let leads = Set(district.tasks.compactMap(\.lead))
        for institution in district.institutions where leads.contains(institution.id.value) && institution.contacts.isEmpty {
            let count = district.tasks.filter { $0.lead == institution.id.value }.count
            log.report(
                .leadWithoutContact,
                "'\(institution.id.value)' leads \(count) task\(count == 1 ? "" : "s") but has no contact",
                at: institution.id.location, hint: "add 'contacts:' with at least one functional channel")
        }
    }
}
