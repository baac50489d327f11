/// Computes a district's coverage from its resolved form, with the
/// validator's definitions: a gap is a task whose lead function no
/// institution holds (the `gap` warning; excluded tasks are not in the
/// district at all), and a contact is stale when `ContactRules` says so
/// (the `stale-contact` warning), or when it was never checked.
public enum CoverageAnalysis {
    public static func analyse(_ district: ResolvedDistrict) -> Coverage {
        let organisation = Organisation(district)
        let functionLabels = Dictionary(
            district.functions.map { ($0.id.value, $0.label.value) }, uniquingKeysWith: { first, _ in first })
        let editionDate = district.edition?.date?.value

        let gaps = district.tasks.compactMap { task in
            task.gap.map { Coverage.Gap(id: task.id, title: task.title, function: $0, functionLabel: functionLabels[$0] ?? $0) }
        }

        let held = Set(district.institutions.flatMap { $0.functions.map(\.value) })
        var seenFunctions = Set<String>()
        let unheld = district.functions.filter { !held.contains($0.id.value) && seenFunctions.insert($0.id.value).inserted }
            .map { Coverage.Function(id: $0.id.value, label: $0.label.value) }

        let institutions = organisation.readingOrder()
        let withTasks = Set(district.tasks.flatMap(\.roles.keys))
        let idle = institutions.filter { !withTasks.contains($0.id.value) }
            .map { Coverage.Institution(id: $0.id.value, name: organisation.heading(of: $0)) }

        let withoutBasis = district.handovers.enumerated().filter { isBlank($1.legalBasis) }.map { index, handover in
            Coverage.Handover(id: handover.id, number: SchaubildRenderer.handoverLabel(index: index), subject: handover.subject)
        }

        func isUnverified(_ contact: Contact) -> Bool {
            guard let verified = contact.verified?.value else { return true }
            guard let editionDate else { return false }
            return ContactRules.isStale(verified: verified, editionDate: editionDate)
        }
        var unverified: [Coverage.Contact] = []
        for institution in institutions {
            for contact in institution.contacts where isUnverified(contact) {
                unverified.append(.init(
                    institution: institution.id.value, owner: organisation.heading(of: institution),
                    function: contact.function.value, verified: contact.verified?.value))
            }
        }
        for municipality in district.municipalities {
            guard let contact = municipality.contact, isUnverified(contact) else { continue }
            unverified.append(.init(
                institution: nil, owner: municipality.name.value, function: contact.function.value,
                verified: contact.verified?.value))
        }

        return Coverage(
            districtID: district.id, districtName: district.name, version: district.edition?.version?.value,
            date: editionDate, staleBefore: editionDate.map { ContactRules.staleBefore(editionDate: $0) }, gaps: gaps, unheldFunctions: unheld,
            institutionsWithoutTasks: idle, handoversWithoutLegalBasis: withoutBasis, unverifiedContacts: unverified)
    }

    private static func isBlank(_ text: String?) -> Bool {
        text?.allSatisfy(\.isWhitespace) ?? true
    }
}
