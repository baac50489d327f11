/// Builds one extract per institution, in the paper's reading order.
public struct ExtractBuilder {
    /// The folder beside the paper that holds the extracts.
    public static let folderName = "auszuege"
    /// The overview page; an institution with the id `index` gets `_index.html`
    /// instead (no id can start with `_`).
    public static let indexFileName = "index.html"

    let district: ResolvedDistrict
    let paper: Paper

    public init(district: ResolvedDistrict, paper: Paper) {
        self.district = district
        self.paper = paper
    }

    public static func fileName(of institutionID: String) -> String {
        institutionID + ".html" == indexFileName ? "_" + indexFileName : institutionID + ".html"
    }

    public func build() -> ExtractSet {
        let organisation = Organisation(district)
        let phaseLabels = Dictionary(
            district.phases.map { ($0.id.value, $0.label.value) }, uniquingKeysWith: { first, _ in first })
        let entries = Dictionary(paper.institutions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let numbered = Array(district.handovers.enumerated())

        let extracts = organisation.readingOrder().map { institution -> Extract in
            let id = institution.id.value
            let roles = Role.allCases.map { role in
                Extract.RoleGroup(
                    role: role, title: role.label.prefix(1).uppercased() + role.label.dropFirst(),
                    tasks: district.tasks.filter { $0.roles[id] == role }.map {
                        .init(title: $0.title, phase: phaseLabels[$0.phase] ?? $0.phase)
                    })
            }
            // As in the paper's institution sections: steps inside the institution are no handover.
            func lines(_ end: (ResolvedHandover.Edge) -> String, partner: @escaping (ResolvedHandover.Edge) -> String) -> [Extract.HandoverLine] {
                numbered.compactMap { index, handover in
                    let edges = handover.edges.filter { end($0) == id && !$0.isInternal }
                    guard !edges.isEmpty else { return nil }
                    return Extract.HandoverLine(
                        number: SchaubildRenderer.handoverLabel(index: index), subject: handover.subject,
                        partners: GermanText.list(edges.map { organisation.name(partner($0)) }.uniqued()),
                        legalBasis: handover.legalBasis)
                }
            }
            let entry = entries[id]
            return Extract(
                institutionID: id, fileName: Self.fileName(of: id), heading: organisation.heading(of: institution),
                shortLabel: institution.short?.value, kind: entry?.kind, functions: entry?.functions ?? [],
                address: institution.address?.value, web: institution.web?.value, roles: roles,
                handoversOut: lines(\.from, partner: \.to), handoversIn: lines(\.to, partner: \.from),
                contacts: entry?.contacts ?? [])
        }
        return ExtractSet(meta: paper.meta, extracts: extracts, indexFileName: Self.indexFileName)
    }
}
