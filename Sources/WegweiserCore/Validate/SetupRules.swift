/// The district's setup: its own administration, the Jobcenter model, the
/// municipalities, and an organisation hierarchy without cycles.
struct SetupRules {
    let symbols: SymbolTable

    var info: DistrictInfo? { symbols.definition.info }

    /// The institution of the administration's type, if there is exactly one.
    func ownAdministration(log: inout DiagnosticLog) -> Institution? {
        guard let info, let kind = info.kind else { return nil }
        let type = kind.value.administrationType
        let candidates = symbols.definition.institutions.filter { $0.type?.value == type }
        let wrongType: InstitutionType = kind.value == .landkreis ? .stadtverwaltung : .kreisverwaltung
        for institution in symbols.definition.institutions where institution.type?.value == wrongType {
            log.report(
                .ownAdministration,
                "'\(institution.id.value)' has type '\(wrongType.rawValue)', but this district is a \(kind.value.rawValue)",
                at: institution.type!.location, hint: "a \(kind.value.rawValue)'s own administration has type '\(type.rawValue)'")
        }
        switch candidates.count {
        case 0:
            log.report(
                .ownAdministration, "no institution is the district's own administration", at: info.location,
                hint: "give the \(kind.value == .landkreis ? "Landratsamt" : "Stadtverwaltung") 'type: \(type.rawValue)'")
            return nil
        case 1:
            return candidates[0]
        default:
            for extra in candidates.dropFirst() {
                log.report(
                    .ownAdministration, "more than one institution has type '\(type.rawValue)'", at: extra.type!.location,
                    hint: "only the district's own administration has this type; use 'verwaltungseinheit' for its units",
                    notes: [.init("the first one is here", at: candidates[0].type!.location)])
            }
            return candidates[0]
        }
    }

    /// Follows `part_of` upwards; stops at a cycle.
    func ancestors(of id: String) -> [String] {
        var chain: [String] = []
        var current = symbols.institutions[id]?.partOf?.value
        while let next = current, symbols.institutions[next] != nil, !chain.contains(next), next != id {
            chain.append(next)
            current = symbols.institutions[next]?.partOf?.value
        }
        return chain
    }

    func checkCycles(log: inout DiagnosticLog) {
        var reported = Set<String>()
        for institution in symbols.definition.institutions {
            var path = [institution.id.value]
            var current = institution.partOf?.value
            while let next = current, let parent = symbols.institutions[next] {
                if let start = path.firstIndex(of: next) {
                    let cycle = Array(path[start...])
                    if reported.isDisjoint(with: cycle), cycle.first == institution.id.value {
                        reported.formUnion(cycle)
                        log.report(
                            .partOfCycle, "'part_of' goes round in a circle: \((cycle + [next]).joined(separator: " → "))",
                            at: institution.partOf!.location, hint: "an institution cannot be part of itself")
                    }
                    break
                }
                path.append(next)
                current = parent.partOf?.value
            }
        }
    }

    func checkMunicipalities(log: inout DiagnosticLog) {
        guard let info, let kind = info.kind else { return }
        if kind.value == .landkreis, info.municipalities.isEmpty {
            log.report(
                .municipalities, "a Landkreis needs its 'municipalities' (the Gemeinden)", at: info.location,
                hint: "list the Gemeinden under 'municipalities:' with name and contact")
        } else if kind.value == .kreisfreieStadt, let first = info.municipalities.first {
            log.report(
                .municipalities, "a kreisfreie Stadt has no 'municipalities'", at: first.location,
                hint: "remove 'municipalities', or set 'kind: landkreis'")
        }
    }

    /// zkt: the `sgb2` holder is part of the district's own administration.
    /// ge: it is not, and names the `sgb3` holder and the administration as carriers.
    func checkJobcenter(administration: Institution?, log: inout DiagnosticLog) {
        guard let info, let model = info.jobcenterModel, let administration else { return }
        let adminID = administration.id.value
        for id in symbols.holders["sgb2"] ?? [] {
            guard let jobcenter = symbols.institutions[id] else { continue }
            let insideAdministration = ancestors(of: id).contains(adminID)
            switch model.value {
            case .zkt:
                if !insideAdministration {
                    log.report(
                        .jobcenterModel,
                        "with 'jobcenter_model: zkt' the Jobcenter '\(id)' must be part of the district's own administration '\(adminID)'",
                        at: jobcenter.partOf?.location ?? jobcenter.id.location,
                        hint: "add 'part_of: \(adminID)' (or a unit of it), or set 'jobcenter_model: ge'",
                        notes: [.init("the jobcenter model is set here", at: model.location)])
                }
                if let carriers = jobcenter.carriers.first {
                    log.report(
                        .jobcenterModel, "an Optionskommune's Jobcenter has no 'carriers'; the district carries it alone",
                        at: carriers.location, hint: "remove 'carriers', or set 'jobcenter_model: ge'")
                }
            case .ge:
                if insideAdministration {
                    log.report(
                        .jobcenterModel,
                        "with 'jobcenter_model: ge' the Jobcenter '\(id)' is a joint institution, not part of '\(adminID)'",
                        at: jobcenter.partOf?.location ?? jobcenter.id.location,
                        hint: "remove 'part_of' and name its carriers, or set 'jobcenter_model: zkt'",
                        notes: [.init("the jobcenter model is set here", at: model.location)])
                }
                let carriers = Set(jobcenter.carriers.map(\.value))
                let agencies = symbols.holders["sgb3"] ?? []
                var missing: [String] = []
                if !agencies.contains(where: carriers.contains) { missing.append("the Agentur für Arbeit (an institution holding 'sgb3')") }
                if !carriers.contains(adminID) { missing.append("the district's own administration '\(adminID)'") }
                if !missing.isEmpty {
                    let proposal = ([agencies.first].compactMap { $0 } + [adminID]).joined(separator: ", ")
                    log.report(
                        .jobcenterModel,
                        "a gemeinsame Einrichtung names its two carriers; missing: \(missing.joined(separator: " and "))",
                        at: jobcenter.carriers.first?.location ?? jobcenter.id.location,
                        hint: "add 'carriers: [\(proposal)]'")
                }
            }
        }
    }
}
