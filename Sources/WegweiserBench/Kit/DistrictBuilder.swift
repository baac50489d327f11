/// Builds one synthetic district to a `DistrictSpec`, valid against the catalogue.
///
/// The rules it keeps so that `wegweiser validate` finds nothing to report:
/// every catalogue function is held by an institution (no gaps), a function
/// that leads a catalogue task by exactly one (one lead per row), every lead
/// institution has a contact, every institution is a member of a committee
/// (none unused), contacts were verified within 24 months of the edition date,
/// ids are unique and never equal a function id, and the Jobcenter matches
/// the district's model.
struct DistrictBuilder {
    private var rng: SplitMix64
    private let catalog: CatalogSummary
    private let spec: DistrictSpec
    private let functionIDs: Set<String>
    private let leadFunctions: Set<String>
    private(set) var district: SynthDistrict

    private var usedIDs = Set<String>()
    private var usedNames = Set<String>()
    private var usedPlaces = Set<String>()
    /// Function id → institution ids, in binding order (looked up, never iterated).
    private var holders: [String: [String]] = [:]
    private var areaCode = ""
    private var postcode = ""
    private var adminID = ""
    private var adminName = ""
    private var adminDomain = ""
    private var dezernate: [String] = []
    private var aemter: [String] = []
    private var verbaende: [String] = []

    init(id: String, place: String, setup: DistrictSetup, spec: DistrictSpec, catalog: CatalogSummary, seed: String) {
        rng = SplitMix64(seed: seed)
        self.catalog = catalog
        self.spec = spec
        functionIDs = Set(catalog.functions)
        leadFunctions = catalog.leadFunctions
        let state = rng.pick(Names.states)
        district = SynthDistrict(
            id: id, name: (setup.kind == .landkreis ? "Landkreis " : "Stadt ") + place, place: place, state: state,
            setup: setup, version: "\(rng.between(1, 4)).\(rng.between(0, 9))", publisher: "IQ Netzwerk \(state)",
            goals: rng.sample(Names.goals, rng.between(2, 4)))
        usedPlaces.insert(place)
        areaCode = "3\(rng.between(100, 999))"
        postcode = String(rng.between(10, 99)) + String(rng.between(100, 999))
    }

    static func build(
        id: String, place: String, setup: DistrictSetup, spec: DistrictSpec, catalog: CatalogSummary, seed: String
    ) -> SynthDistrict {
        var builder = DistrictBuilder(id: id, place: place, setup: setup, spec: spec, catalog: catalog, seed: seed)
        builder.buildInstitutions()
        builder.buildMunicipalitiesAndContacts()
        builder.buildTasks()
        builder.buildHandovers()
        builder.buildOffers()
        builder.buildBodies()
        return builder.district
    }

    // MARK: - Names, places, channels

    private var isLandkreis: Bool { district.setup.kind == .landkreis }

    private mutating func newPlace() -> String {
        for attempt in 0..<200 {
            let place = rng.pick(Names.placeHeads) + rng.pick(Names.placeTails)
            if usedPlaces.insert(place).inserted { return place }
            if attempt == 199 { break }
        }
        let place = rng.pick(Names.placeHeads) + rng.pick(Names.placeTails) + " \(usedPlaces.count)"
        usedPlaces.insert(place)
        return place
    }

    /// The name, or where it is taken, the name of another site: "… – Standort Birkenau".
    private mutating func uniqueName(_ name: String) -> String {
        if usedNames.insert(name).inserted { return name }
        while true {
            let candidate = "\(name) – Standort \(newPlace())"
            if usedNames.insert(candidate).inserted { return candidate }
        }
    }

    /// One of the choices whose full name is still free, if any is.
    private mutating func freshChoice(_ choices: [String], _ fullName: (String) -> String) -> String {
        let free = choices.filter { !usedNames.contains(fullName($0)) }
        return rng.pick(free.isEmpty ? choices : free)
    }

    private mutating func uniqueID(_ base: String) -> String {
        let slug = Slug.make(base, maxLength: 40)
        var candidate = slug
        var number = 2
        while usedIDs.contains(candidate) || functionIDs.contains(candidate) {
            candidate = "\(slug)-\(number)"
            number += 1
        }
        usedIDs.insert(candidate)
        return candidate
    }

    private mutating func phone() -> String { "+49 \(areaCode) 555-\(rng.between(1000, 9899))" }

    private mutating func address(_ place: String? = nil) -> String {
        "\(rng.pick(Names.streets)) \(rng.between(1, 120)), \(postcode) \(place ?? district.place)"
    }

    /// A date in the 23 months before the edition date 2026-03-01.
    private mutating func verified() -> String {
        let month = rng.between(0, 22)  // 0 = 2024-04
        let year = 2024 + (month + 3) / 12
        let monthOfYear = (month + 3) % 12 + 1
        return "\(year)-\(monthOfYear < 10 ? "0" : "")\(monthOfYear)-\(padded(rng.between(1, 28), 2))"
    }

    // MARK: - Institutions

    private mutating func add(_ institution: SynthInstitution) {
        var institution = institution
        // Only catalogue functions; a function that leads catalogue tasks is held once.
        institution.functions = institution.functions.filter {
            functionIDs.contains($0) && !(leadFunctions.contains($0) && holders[$0] != nil)
        }
        for function in institution.functions { holders[function, default: []].append(institution.id) }
        district.institutions.append(institution)
    }

    private mutating func institution(
        _ idBase: String, _ name: String, type: String, group: SynthInstitution.Group, short: String? = nil,
        partOf: String? = nil, functions: [String] = [], domain: String? = nil, takesContacts: Bool = true
    ) -> SynthInstitution {
        let id = uniqueID(idBase)
        let name = uniqueName(name)
        let ownDomain = domain ?? (Slug.make(idBase, maxLength: 30) + "-" + Slug.make(district.place) + ".example")
        var institution = SynthInstitution(
            id: id, name: name, short: short, type: type, partOf: partOf, functions: functions, group: group,
            takesContacts: takesContacts, domain: ownDomain)
        if takesContacts {
            if rng.chance(75) { institution.address = address() }
            if rng.chance(80) {
                institution.web = domain == adminDomain && !adminDomain.isEmpty
                    ? "https://www.\(ownDomain)/\(Slug.make(idBase, maxLength: 30))" : "https://www.\(ownDomain)/"
            }
            if rng.chance(20) { institution.targetGroups = rng.sample(catalog.targetGroups, rng.between(1, 3)) }
            if rng.chance(25) {
                institution.note = rng.pick([
                    "Sprechzeiten Montag bis Donnerstag, Termine nach Vereinbarung.",
                    "Außensprechstunden in den Gemeinden nach Absprache.",
                    "Beratung auf Wunsch mit Sprachmittlung.",
                    "Zuständig für das gesamte Kreisgebiet.",
                    "Barrierefreier Zugang über den Seiteneingang.",
                ])
            }
        }
        return institution
    }

    /// The institutions every district has: the administration and its units,
    /// one holder of each catalogue function, the partners.
    private mutating func buildInstitutions() {
        let place = district.place
        let placeSlug = Slug.make(place)
        adminName = isLandkreis ? "Landratsamt \(place)" : "Stadt \(place)"
        adminDomain = isLandkreis ? "kreis-\(placeSlug).example" : "\(placeSlug).example"
        let adminType = isLandkreis ? "kreisverwaltung" : "stadtverwaltung"

        var admin = institution(
            isLandkreis ? "landratsamt" : "stadtverwaltung", adminName, type: adminType, group: .administration,
            short: isLandkreis ? "LRA" : "Stadt", domain: adminDomain)
        admin.address = address()
        adminID = admin.id
        add(admin)
        let ordnung = unit("dezernat-ordnung", "Dezernat Ordnung und Sicherheit", partOf: adminID, takesContacts: false)
        let soziales = unit("dezernat-soziales", "Dezernat Soziales, Jugend und Gesundheit", partOf: adminID, takesContacts: false)
        dezernate = [ordnung, soziales]
        _ = unit("auslaenderbehoerde-amt", "Ausländerbehörde", short: "ABH", partOf: ordnung, functions: ["auslaenderbehoerde"])
        _ = unit("sozialamt", "Sozialamt", short: "Sozialamt", partOf: soziales, functions: ["asylblg"])
        _ = unit(isLandkreis ? "kreisjugendamt" : "amt-jugend-familie", isLandkreis ? "Kreisjugendamt" : "Amt für Jugend und Familie",
                 short: "Jugendamt", partOf: soziales, functions: ["jugendamt"])
        let integration = unit("stabsstelle-integration", "Stabsstelle Integration", short: "KIK", partOf: adminID,
                               functions: ["integrationskoordination"])
        add(institution("willkommensbuero", "Willkommensbüro \(place)", type: "verwaltungseinheit", group: .administration,
                        short: "WB", partOf: integration, functions: ["erstanlaufstelle"], domain: adminDomain))
        if !isLandkreis {
            _ = unit("buergeramt", "Bürgeramt", short: "Bürgeramt", partOf: ordnung, functions: ["meldebehoerde"])
        }

        let agency = institution("agentur", "Agentur für Arbeit \(place)", type: "arbeitsagentur", group: .agency,
                                 short: "AA", functions: ["sgb3", "berufsberatung"], domain: "arbeitsagentur.example")
        add(agency)
        if district.setup.jobcenter == .zkt {
            add(institution("jobcenter", "Jobcenter \(district.name)", type: "jobcenter", group: .administration, short: "JC",
                            partOf: soziales, functions: ["sgb2"], domain: "jobcenter-\(placeSlug).example"))
        } else {
            var jobcenter = institution("jobcenter", "Jobcenter \(place)", type: "jobcenter", group: .agency, short: "JC",
                                        functions: ["sgb2"], domain: "jobcenter-\(placeSlug).example")
            jobcenter.carriers = [agency.id, adminID]
            jobcenter.note = "Gemeinsame Einrichtung nach § 44b SGB II von Agentur für Arbeit und \(isLandkreis ? "Landkreis" : "Stadt")."
            add(jobcenter)
        }

        let state = district.state
        add(institution("bamf-aussenstelle", "Bundesamt für Migration und Flüchtlinge – Außenstelle \(place)", type: "bundesbehoerde",
                        group: .federalState, short: "BAMF", functions: ["bamf"], domain: "bamf.example"))
        add(institution("landesaufnahme", "Landesaufnahmebehörde \(state)", type: "landesbehoerde", group: .federalState,
                        short: "LAB", functions: ["erstaufnahme"], domain: "lab-\(Slug.make(state)).example"))
        add(institution("landesamt-schule", "Landesamt für Schule und Bildung – Standort \(place)", type: "landesbehoerde",
                        group: .federalState, short: "LaSuB", functions: ["schulaufsicht", "anerkennungsstelle"],
                        domain: "schule-\(Slug.make(state)).example"))
        add(institution("ihk", "Industrie- und Handelskammer \(place)", type: "kammer", group: .chamber, short: "IHK",
                        functions: ["kammer", "anerkennungsstelle"]))
        add(institution("hwk", "Handwerkskammer \(place)", type: "kammer", group: .chamber, short: "HWK",
                        functions: ["kammer", "anerkennungsstelle"]))
        let iq = institution("iq-netzwerk", "IQ Netzwerk \(state)", type: "netzwerk", group: .counselling, short: "IQ",
                             domain: "iq-\(Slug.make(state)).example")
        add(iq)
        add(institution("iq-anerkennungsberatung", "IQ Anerkennungs- und Qualifizierungsberatung \(place)", type: "beratungsstelle",
                        group: .counselling, short: "IQ-Beratung", partOf: iq.id, functions: ["anerkennungsberatung"],
                        domain: iq.domain))
        let verband = institution("caritas", "Caritasverband \(place)", type: "wohlfahrtsverband", group: .counselling, short: "Caritas")
        add(verband)
        verbaende = [verband.id]
        add(institution("mbe", "Migrationsberatung für erwachsene Zuwanderer (MBE) \(place)", type: "beratungsstelle",
                        group: .counselling, short: "MBE", partOf: verband.id, functions: ["migrationsberatung"], domain: verband.domain))
        add(institution("jmd", "Jugendmigrationsdienst \(place)", type: "wohlfahrtsverband", group: .counselling, short: "JMD",
                        functions: ["jugendmigrationsdienst"]))
        add(institution("welcome-center", "Welcome Center \(place)", type: "beratungsstelle", group: .counselling,
                        short: "WCC", functions: ["fachkraefteberatung"]))
        add(institution("faire-integration", "Faire Integration \(state) – Beratungsstelle \(place)", type: "beratungsstelle",
                        group: .counselling, short: "Faire Int.", functions: ["arbeitsrechtsberatung"],
                        domain: "faire-integration-\(Slug.make(state)).example"))
        add(institution("vhs", "Volkshochschule \(place)", type: "bildungstraeger", group: .education, short: "VHS",
                        functions: ["sprachkurstraeger"]))
        if isLandkreis {
            for _ in 0..<3 { addMunicipalityInstitution(big: true) }
        }
        // A catalogue function none of the above holds gets a Fachstelle of its own.
        for function in catalog.functions where holders[function] == nil {
            add(institution("fachstelle-\(function)", "Fachstelle \(function) \(place)", type: "sonstige", group: .counselling,
                            functions: [function]))
        }
        precondition(
            district.institutions.count <= spec.institutions,
            "a district needs at least \(district.institutions.count) institutions for the catalogue's functions")
        while district.institutions.count < spec.institutions { addExtraInstitution() }
    }

    /// A unit of the administration: "Landratsamt X – Sozialamt".
    @discardableResult
    private mutating func unit(
        _ idBase: String, _ unitName: String, short: String? = nil, partOf: String, functions: [String] = [],
        takesContacts: Bool = true
    ) -> String {
        let made = institution(idBase, "\(adminName) – \(unitName)", type: "verwaltungseinheit", group: .administration,
                               short: short, partOf: partOf, functions: functions, domain: adminDomain, takesContacts: takesContacts)
        add(made)
        return made.id
    }

    private mutating func addMunicipalityInstitution(big: Bool) {
        let place = newPlace()
        let name = (big ? "Große Kreisstadt " : rng.pick(["Stadt ", "Gemeinde ", "Gemeinde "])) + place
        let canHold = !leadFunctions.contains("meldebehoerde")
        add(institution("gemeinde-\(Slug.make(place))", name, type: "gemeinde", group: .municipality, short: place,
                        functions: canHold ? ["meldebehoerde"] : [], domain: "\(Slug.make(place)).example"))
        district.municipalities.append(SynthMunicipality(name: name, contact: nil))
    }

    /// One more institution: a unit of the administration, a Gemeinde, a
    /// counselling service under a welfare association, an education provider …
    private mutating func addExtraInstitution() {
        let place = district.place
        let roll = rng.below(100)
        switch roll {
        case 0..<36:
            // Dezernat → Amt → Sachgebiet: new Dezernate as the administration grows.
            if dezernate.count < 2 + (aemter.count / 6) {
                let name = freshChoice([
                    "Dezernat Finanzen und Bauen", "Dezernat Bildung und Kultur", "Dezernat Gesundheit",
                    "Dezernat Umwelt und Landwirtschaft", "Dezernat Wirtschaft und Digitales", "Dezernat Zentrale Dienste",
                ]) { [adminName] in "\(adminName) – \($0)" }
                dezernate.append(unit(Slug.make(name), name, partOf: adminID, takesContacts: false))
            } else if aemter.isEmpty || rng.chance(55) {
                let name = freshChoice([
                    "Gesundheitsamt", "Schulverwaltungsamt", "Amt für Wohnen", "Amt für Wirtschaftsförderung",
                    "Ordnungsamt", "Amt für Kindertagesstätten", "Kulturamt", "Amt für Gleichstellung", "Bauordnungsamt",
                    "Amt für Soziale Hilfen", "Amt für Statistik und Wahlen", "Amt für Teilhabe", "Sportamt",
                    "Amt für Bürgerbeteiligung", "Amt für Schule und Bildung", "Umweltamt", "Amt für Digitalisierung",
                ]) { [adminName] in "\(adminName) – \($0)" }
                aemter.append(unit(Slug.make(name), name, partOf: rng.pick(dezernate)))
            } else {
                let name = freshChoice([
                    "Wohngeld", "Unterhaltsvorschuss", "Eingliederungshilfe", "Kita-Bedarfsplanung", "Bildung und Teilhabe",
                    "Schuldnerberatung", "Sozialplanung", "Hilfe zur Pflege", "Schulsozialarbeit", "Integration im Quartier",
                    "Wohnungsnotfallhilfe", "Sprachmittlung", "Ehrenamtskoordination", "Gemeinschaftsunterkünfte",
                    "Gesundheitsförderung", "Jugendberufshilfe", "Elterngeld", "Frühe Hilfen",
                ].map { "Sachgebiet " + $0 }) { [adminName] in "\(adminName) – \($0)" }
                _ = unit(Slug.make(name), name, partOf: rng.pick(aemter))
            }
        case 36..<52:
            if isLandkreis {
                addMunicipalityInstitution(big: false)
            } else {
                let quarter = newPlace()
                _ = unit("stadtteilbuero-\(Slug.make(quarter))", "Stadtteilbüro \(quarter)", partOf: adminID)
            }
        case 52..<62:
            let name = rng.pick(["Diakonisches Werk", "AWO Kreisverband", "DRK Kreisverband", "Paritätischer Wohlfahrtsverband",
                                 "Malteser Hilfsdienst", "Johanniter-Unfall-Hilfe"]) + " " + place
            let made = institution(Slug.make(name), name, type: "wohlfahrtsverband", group: .counselling)
            add(made)
            verbaende.append(made.id)
        case 62..<78:
            let service = rng.pick([
                "Flüchtlingssozialarbeit", "Psychosoziales Zentrum", "Frauen- und Familienberatung", "Schuldnerberatung",
                "Bildungsberatung", "Berufsorientierung für Zugewanderte", "Erstberatung Ankommen",
            ])
            let location = rng.chance(50) ? place : newPlace()
            let holds = rng.chance(25) && !leadFunctions.contains("erstanlaufstelle") ? ["erstanlaufstelle"] : []
            add(institution(Slug.make(service + " " + location), "\(service) \(location)", type: "beratungsstelle",
                            group: .counselling, partOf: rng.chance(60) ? rng.pick(verbaende) : nil, functions: holds))
        case 78..<92:
            let name = rng.pick(["Bildungswerk", "Sprachschule", "Berufsbildungszentrum", "Bildungsakademie", "Qualifizierungswerkstatt"])
                + " " + (rng.chance(50) ? place : newPlace())
            let holds = rng.chance(60) && !leadFunctions.contains("sprachkurstraeger") ? ["sprachkurstraeger"] : []
            add(institution(Slug.make(name), name, type: "bildungstraeger", group: .education, functions: holds))
        default:
            let name = rng.pick([
                "Ehrenamtsinitiative Willkommen", "Migrantenorganisation Brücke e. V.", "Netzwerk Arbeitgeber für Vielfalt",
                "Verein Sprachpaten", "Bündnis Wohnen für alle",
            ]) + " " + (rng.chance(50) ? place : newPlace())
            add(institution(Slug.make(name), name, type: rng.chance(50) ? "netzwerk" : "sonstige", group: .counselling))
        }
    }

    // MARK: - Contacts

    private mutating func buildMunicipalitiesAndContacts() {
        if isLandkreis {
            let wanted = max(5, spec.institutions / 6, district.municipalities.count)
            while district.municipalities.count < wanted {
                district.municipalities.append(
                    SynthMunicipality(name: rng.pick(["Stadt ", "Gemeinde ", "Gemeinde "]) + newPlace(), contact: nil))
            }
            // Every fourth municipality reports no contact.
            for index in district.municipalities.indices where index % 4 != 3 {
                let name = district.municipalities[index].name
                let domain = Slug.make(name.split(separator: " ").last.map(String.init) ?? name) + ".example"
                district.municipalities[index].contact = SynthContact(
                    function: index < 3 ? "Bürgerbüro" : "Einwohnermeldeamt",
                    email: (index < 3 ? "buergerbuero@" : "meldeamt@") + domain, phone: phone(), verified: verified())
            }
        }
        let municipal = district.municipalities.filter { $0.contact != nil }.count
        let eligible = district.institutions.indices.filter { district.institutions[$0].takesContacts }
        var counts = Array(repeating: 0, count: district.institutions.count)
        var remaining = spec.contacts - municipal
        precondition(remaining >= 0, "more municipality contacts than contacts")
        // One for each (core institutions first: they lead), then the rest at random, at most six each.
        for index in eligible where remaining > 0 {
            counts[index] = 1
            remaining -= 1
        }
        let cap = min(6, Names.contactFunctions.count)
        precondition(remaining <= eligible.count * (cap - 1), "too many contacts for the institutions")
        while remaining > 0 {
            let index = rng.pick(eligible)
            if counts[index] < cap {
                counts[index] += 1
                remaining -= 1
            }
        }
        for index in district.institutions.indices where counts[index] > 0 {
            let functions = rng.sample(Names.contactFunctions, counts[index])
            district.institutions[index].contacts = functions.map { contact($0, of: district.institutions[index]) }
        }
    }

    private mutating func contact(_ function: String, of institution: SynthInstitution) -> SynthContact {
        let local = Slug.make(function, maxLength: 24) + (institution.domain == adminDomain ? "." + Slug.make(institution.id, maxLength: 20) : "")
        var contact = SynthContact(function: function, verified: verified())
        let channels = rng.below(10)
        if channels < 8 { contact.email = "\(local)@\(institution.domain)" }
        if channels >= 2 || contact.email == nil { contact.phone = phone() }
        if rng.chance(10) { contact.web = "https://www.\(institution.domain)/termine" }
        if rng.chance(15) { contact.address = address() }
        if rng.chance(35) { contact.languages = ["de"] + rng.sample(Array(Names.languages.dropFirst()), rng.between(1, 4)) }
        if rng.chance(25) {
            let first = rng.pick(Names.firstNames)
            let last = rng.pick(Names.lastNames)
            let mailbox = Slug.make(first) + "." + Slug.make(last) + "@" + institution.domain
            contact.person = (name: "\(first) \(last)", email: mailbox, phone: rng.chance(60) ? phone() : nil)
        }
        if rng.chance(10) { contact.note = "Erreichbar Dienstag und Donnerstag vormittags." }
        return contact
    }

    // MARK: - Tasks and handovers

    /// Institutions that appear in the paper with contacts: they may lead.
    private var withContacts: [String] { district.institutions.filter { !$0.contacts.isEmpty }.map(\.id) }
    private var allIDs: [String] { district.institutions.map(\.id) }

    private mutating func buildTasks() {
        let catalogue = catalog.tasks
        let excluded = rng.sample(catalogue.map(\.id), min(spec.excludedTasks, catalogue.count))
        district.excludedTasks = catalogue.map(\.id).filter { excluded.contains($0) }
        let adaptable = catalogue.filter { !excluded.contains($0.id) }
        let adapted = Set(rng.sample(adaptable.map(\.id), min(spec.adaptedTasks, adaptable.count)))
        for task in adaptable where adapted.contains(task.id) {
            var adaptation = SynthTask(id: task.id)
            if rng.chance(50) {
                // Name the lead institution instead of the function, and add a partner.
                adaptation.roles = task.roles.map { entry in
                    entry.role == "lead" ? (holders[entry.function]?.first ?? entry.function, "lead") : (entry.function, entry.role)
                }
                let keys = Set(adaptation.roles.map(\.key))
                if let partner = rng.shuffled(withContacts).first(where: { !keys.contains($0) }) {
                    adaptation.roles.append((partner, rng.pick(["involved", "advises"])))
                }
            }
            adaptation.note = rng.pick([
                "Im \(isLandkreis ? "Landkreis" : "Stadtgebiet") über die Außenstellen abgestimmt.",
                "Abweichend vom Standard nach dem Workshop vom Herbst vereinbart.",
                "Anträge werden gebündelt weitergeleitet.",
            ])
            district.adaptedTasks.append(adaptation)
        }

        let own = spec.tasks - (catalogue.count - district.excludedTasks.count)
        precondition(own >= 0, "the catalogue alone has more tasks than the size asks for")
        let catalogueIDs = Set(catalogue.map(\.id))
        let leaders = withContacts
        let everyone = allIDs
        let width = max(3, String(own).count)
        for number in 1...max(own, 1) where own > 0 {
            let phase = rng.pick(catalog.phases)
            let topic = rng.pick(Names.topics[phase] ?? Names.genericTopics)
            let qualifier = rng.chance(70) ? " " + rng.pick(Names.qualifiers) : ""
            var id = Slug.make(topic, maxLength: 40) + "-" + padded(number, width)
            while catalogueIDs.contains(id) { id += "-x" }
            var task = SynthTask(id: id, title: topic + qualifier, phase: phase)
            let lead = rng.pick(leaders)
            task.roles = [(lead, "lead")]
            var taken: Set<String> = [lead]
            for _ in 0..<rng.between(1, 4) {
                let key: String
                if rng.chance(20) {
                    key = rng.pick(catalog.functions)
                } else {
                    key = rng.pick(everyone)
                }
                guard taken.insert(key).inserted else { continue }
                task.roles.append((key, rng.pick(["involved", "involved", "advises", "informed"])))
            }
            if rng.chance(40) { task.targetGroups = rng.sample(catalog.targetGroups, rng.between(1, 3)) }
            if rng.chance(30) {
                task.legalBasis = rng.pick(["§ 16 SGB II", "§ 45 SGB III", "§ 44 AufenthG", "§ 13 SGB VIII", "§ 6 AsylbLG", "BQFG", "§ 60c AufenthG"])
            }
            if rng.chance(30) {
                task.note = rng.pick([
                    "Vereinbart im Netzwerk Integration.", "Gilt zunächst als Modellprojekt für zwei Jahre.",
                    "Ansprechpersonen werden jährlich abgeglichen.", "Mit Einwilligung der Person; Datenschutzhinweis beachten.",
                ])
            }
            district.ownTasks.append(task)
        }
    }

    private mutating func buildHandovers() {
        let catalogue = catalog.handovers
        // The Rechtskreiswechsel AsylbLG → SGB II stays: without it wegweiser warns.
        let excludable = catalogue.filter { !($0.from == "asylblg" && $0.to == "sgb2") }.map(\.id)
        let excluded = rng.sample(excludable, min(spec.excludedHandovers, excludable.count))
        district.excludedHandovers = catalogue.map(\.id).filter { excluded.contains($0) }
        let adaptable = catalogue.filter { !excluded.contains($0.id) }
        let adapted = Set(rng.sample(adaptable.map(\.id), min(spec.adaptedHandovers, adaptable.count)))
        for handover in adaptable where adapted.contains(handover.id) {
            var adaptation = SynthHandover(id: handover.id)
            adaptation.note = rng.pick([
                "Übergabe mit dem im \(isLandkreis ? "Landkreis" : "Stadtgebiet") abgestimmten Übergabebogen.",
                "Bei Bedarf gemeinsame Fallbesprechung innerhalb von zwei Wochen.",
                "Elektronisch über das gemeinsame Postfach.",
            ])
            if rng.chance(40) { adaptation.trigger = rng.pick(Names.triggers) }
            district.adaptedHandovers.append(adaptation)
        }

        let own = spec.handovers - (catalogue.count - district.excludedHandovers.count)
        precondition(own >= 0, "the catalogue alone has more handovers than the size asks for")
        let active = district.institutions.filter(\.takesContacts).map(\.id)
        let width = max(3, String(own).count)
        let catalogueIDs = Set(catalogue.map(\.id))
        for number in 1...max(own, 1) where own > 0 {
            let from = rng.pick(active)
            var to = rng.pick(active)
            while to == from { to = rng.pick(active) }
            var ends = (from: from, to: to)
            // Now and then one end is a function: every institution bound to it.
            if rng.chance(20) {
                let function = rng.pick(catalog.functions)
                let reached = holders[function] ?? []
                if !reached.isEmpty {
                    if rng.chance(50), !reached.contains(to) { ends.from = function }
                    else if !reached.contains(from) { ends.to = function }
                }
            }
            let subject = rng.pick(Names.handoverSubjects)
            var id = Slug.make(subject, maxLength: 40) + "-" + padded(number, width)
            while catalogueIDs.contains(id) { id += "-x" }
            var handover = SynthHandover(
                id: id, from: ends.from, to: ends.to,
                subject: subject + (rng.chance(60) ? " " + rng.pick(Names.qualifiers) : ""))
            if rng.chance(80) { handover.trigger = rng.pick(Names.triggers) }
            handover.transfers = rng.sample(Names.transfers, rng.between(0, 3))
            if rng.chance(20) { handover.legalBasis = rng.pick(["Art. 6 Abs. 1 Buchst. a DSGVO (Einwilligung)", "§ 50 SGB II", "§ 67 SGB X"]) }
            if rng.chance(20) { handover.note = "Rückmeldung an die abgebende Stelle innerhalb von zehn Arbeitstagen." }
            district.ownHandovers.append(handover)
        }
    }

    // MARK: - Offers and committees

    private mutating func buildOffers() {
        let providers = district.institutions.filter { !$0.contacts.isEmpty }.map(\.id)
        let count = max(5, spec.institutions / 4)
        let width = max(2, String(count).count)
        for number in 1...count {
            let kind = rng.pick(Names.offerKinds)
            let provider = rng.chance(75) ? rng.pick(providers) : rng.pick(catalog.functions)
            var offer = SynthOffer(
                id: Slug.make(kind, maxLength: 40) + "-" + padded(number, width),
                title: kind + (rng.chance(60) ? " " + rng.pick(Names.qualifiers) : ""), provider: provider)
            if rng.chance(85) { offer.phase = rng.pick(catalog.phases) }
            if rng.chance(50) { offer.targetGroups = rng.sample(catalog.targetGroups, rng.between(1, 4)) }
            if rng.chance(80) { offer.access = rng.pick(Names.access) }
            if rng.chance(50) { offer.web = "https://www.\(adminDomain)/angebote/\(offer.id)" }
            if rng.chance(20) { offer.note = "Plätze sind begrenzt; Warteliste bei der Koordination." }
            district.offers.append(offer)
        }
    }

    /// Every institution is a member of one committee at least, so none is unused.
    private mutating func buildBodies() {
        let count = max(3, (spec.institutions + 11) / 12)
        let members = rng.shuffled(allIDs.filter { $0 != adminID })
        var groups = Array(repeating: [adminID], count: count)
        for (index, id) in members.enumerated() { groups[index % count].append(id) }
        for (index, group) in groups.enumerated() {
            // More committees than kinds: one per part of the district.
            let round = index / Names.bodyKinds.count
            let regions = ["", " Nord", " Süd", " Ost", " West", " Mitte"]
            let name = Names.bodyKinds[index % Names.bodyKinds.count] + " " + district.place
                + (round < regions.count ? regions[round] : " \(round + 1)")
            var body = SynthBody(id: Slug.make(name, maxLength: 60), name: name, members: group, chair: [])
            if rng.chance(30) {
                // A function as a member: every institution bound to it.
                body.members.append(rng.pick(catalog.functions))
            }
            let others = Array(group.dropFirst())
            body.chair = rng.chance(25) && !others.isEmpty ? [adminID, rng.pick(others)] : [rng.pick(group)]
            if rng.chance(80) { body.secretariat = rng.pick(group) }
            body.rhythm = rng.pick(Names.rhythms)
            if rng.chance(30) { body.web = "https://www.\(adminDomain)/gremien/\(body.id)" }
            if rng.chance(30) { body.note = "Vorsitz und Geschäftsstelle werden alle zwei Jahre neu gewählt." }
            district.bodies.append(body)
        }
    }
}

/// A number with leading zeros: padded(7, 3) = "007".
func padded(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
