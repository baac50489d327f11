/// Compares two resolved versions of a district, section by section, keyed
/// by id. Both sides come through the same load → validate → resolve as
/// `generate`, so a change in the catalogue or in a function binding shows
/// as the matrix cells it changes.
public enum DistrictComparer {
    /// - Parameters:
    ///   - oldSource, newSource: how the user named the two versions.
    ///   - edition: `public` leaves every `person` value out of the comparison.
    public static func compare(
        _ old: ResolvedDistrict, _ new: ResolvedDistrict, oldSource: String, newSource: String,
        edition: Paper.Edition = .internal
    ) -> DistrictChanges {
        var before = ComparedSide(old, edition: edition)
        let after = ComparedSide(new, edition: edition)
        var changes: [Change] = []

        changes += KeyedComparison(.district, old: [before.districtSnapshot()], new: [after.districtSnapshot()])
            .changes.filter { $0.kind == .changed }.map { change in
                var change = change
                change.id = new.id
                return change
            }
        changes += KeyedComparison(.municipalities, old: before.municipalitySnapshots(), new: after.municipalitySnapshots()).changes

        // Renames first, so that every later section sees the old ids under their new names;
        // then once more with those names, which finds units renamed along with their Träger.
        before.institutionRenames = KeyedComparison(
            .institutions, old: before.institutionSnapshots(), new: after.institutionSnapshots()
        ).renames
        let institutions = KeyedComparison(.institutions, old: before.institutionSnapshots(), new: after.institutionSnapshots())
        before.institutionRenames = institutions.renames
        changes += institutions.changes
        changes += contactChanges(before, after)

        let tasks = KeyedComparison(.tasks, old: before.taskSnapshots(), new: after.taskSnapshots())
        changes += tasks.changes
        changes += cellChanges(before, after, taskRenames: tasks.renames)
        changes += KeyedComparison(.handovers, old: before.handoverSnapshots(), new: after.handoverSnapshots()).changes
        changes += KeyedComparison(.offers, old: before.offerSnapshots(), new: after.offerSnapshots()).changes
        changes += KeyedComparison(.bodies, old: before.bodySnapshots(), new: after.bodySnapshots()).changes

        let order = Dictionary(uniqueKeysWithValues: Change.Section.allCases.enumerated().map { ($1, $0) })
        changes = changes.enumerated().sorted { ($0.element.section != $1.element.section)
            ? order[$0.element.section]! < order[$1.element.section]! : $0.offset < $1.offset
        }.map(\.element)
        return DistrictChanges(
            edition: edition, old: side(old, source: oldSource), new: side(new, source: newSource), changes: changes)
    }

    private static func side(_ district: ResolvedDistrict, source: String) -> DistrictChanges.Side {
        .init(
            source: source, district: district.id, name: district.name, version: district.edition?.version?.value,
            date: district.edition?.date?.value.description, digest: DefinitionDigest.compute(district))
    }

    /// Contacts of the institutions on both sides, matched by function
    /// within their institution (a contact of an added or removed
    /// institution comes and goes with it).
    private static func contactChanges(_ before: ComparedSide, _ after: ComparedSide) -> [Change] {
        let oldByID = Dictionary(
            before.district.institutions.map { (before.mapped($0.id.value), $0) }, uniquingKeysWith: { first, _ in first })
        var result: [Change] = []
        var seen = Set<String>()
        for institution in after.district.institutions where seen.insert(institution.id.value).inserted {
            guard let previous = oldByID[institution.id.value] else { continue }
            result += KeyedComparison(
                .contacts, old: before.contactSnapshots(of: previous), new: after.contactSnapshots(of: institution)
            ).changes
        }
        return result.sorted { precedes(($0.institution ?? "", $0.id), ($1.institution ?? "", $1.id)) }
    }

    /// The cells of every task on both sides: a role given, taken or changed.
    private static func cellChanges(_ before: ComparedSide, _ after: ComparedSide, taskRenames: [String: String]) -> [Change] {
        var oldTasks: [String: ResolvedTask] = [:]
        for task in before.district.tasks where oldTasks[taskRenames[task.id] ?? task.id] == nil {
            oldTasks[taskRenames[task.id] ?? task.id] = task
        }
        var result: [Change] = []
        var seen = Set<String>()
        for task in after.district.tasks where seen.insert(task.id).inserted {
            guard let previous = oldTasks[task.id] else { continue }
            let oldRoles = Dictionary(previous.roles.map { (before.mapped($0.key), $0.value) }, uniquingKeysWith: max)
            let institutions = Set(oldRoles.keys).union(task.roles.keys).sorted(by: KeyedComparison.byteOrder)
            for institution in institutions {
                let (was, now) = (oldRoles[institution], task.roles[institution])
                guard was != now else { continue }
                let name = now == nil ? before.institutionName(oldName(institution, before)) : after.institutionName(institution)
                result.append(Change(
                    section: .matrix, kind: was == nil ? .added : now == nil ? .removed : .changed, id: task.id,
                    title: "\(task.title): \(name)", institution: institution,
                    fields: [FieldChange(field: "role", label: "Rolle", old: was?.label, new: now?.label)]))
            }
        }
        return result.sorted { precedes(($0.id, $0.institution ?? ""), ($1.id, $1.institution ?? "")) }
    }

    /// Byte order on the first string, then the second.
    private static func precedes(_ a: (String, String), _ b: (String, String)) -> Bool {
        a.0 != b.0 ? KeyedComparison.byteOrder(a.0, b.0) : KeyedComparison.byteOrder(a.1, b.1)
    }

    /// The old id of an institution that `before` knows under its new id.
    private static func oldName(_ id: String, _ side: ComparedSide) -> String {
        side.institutionRenames.first { $0.value == id }?.key ?? id
    }
}

