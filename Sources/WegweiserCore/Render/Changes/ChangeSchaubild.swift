/// The Schaubild of a change report: the new version of the district with
/// what is gone drawn back in, and every change marked.
///
/// The district drawn is the new one, plus every institution and every
/// handover removed since the old one (taken from the old side; the
/// handovers after the new ones, their ends carried over renamed
/// institutions). Removed units whose Träger is gone too stay inside its
/// frame; a unit whose Träger no longer exists at all is drawn on its own.
public struct ChangeSchaubild: Sendable {
    /// What to draw.
    public var district: ResolvedDistrict
    /// What to mark in it.
    public var marks: SchaubildMarks

    public init(old: ResolvedDistrict, new: ResolvedDistrict, changes: DistrictChanges) {
        let institutionChanges = changes.changes(in: .institutions)
        let handoverChanges = changes.changes(in: .handovers)
        var renamed: [String: String] = [:]
        for change in institutionChanges where change.kind == .renamed {
            if let oldID = change.oldID { renamed[oldID] = change.id }
        }
        func carried(_ id: String) -> String { renamed[id] ?? id }

        var district = new
        let removedInstitutions = Set(institutionChanges.filter { $0.kind == .removed }.map(\.id))
        district.institutions += Self.firsts(old.institutions, by: \.id.value).filter { removedInstitutions.contains($0.id.value) }
            .map { institution in
                var institution = institution
                if let partOf = institution.partOf { institution.partOf?.value = carried(partOf.value) }
                return institution
            }
        let removedHandovers = Set(handoverChanges.filter { $0.kind == .removed }.map(\.id))
        district.handovers += Self.firsts(old.handovers, by: \.id).filter { removedHandovers.contains($0.id) }
            .map { handover in
                var handover = handover
                handover.from.institutions = handover.from.institutions.map(carried)
                handover.to.institutions = handover.to.institutions.map(carried)
                handover.edges = handover.edges.map { .init(from: carried($0.from), to: carried($0.to)) }
                return handover
            }
        self.district = district

        var marks = SchaubildMarks()
        for change in institutionChanges {
            marks.institutions[change.id] = Self.mark(change.kind)
        }
        for change in changes.changes(in: .contacts) {
            guard let institution = change.institution, marks.institutions[institution] == nil else { continue }
            marks.institutions[institution] = .changed
        }
        for change in handoverChanges {
            marks.handovers[change.id] = Self.mark(change.kind)
        }
        self.marks = marks
    }

    /// A renamed entry is changed, in the Schaubild.
    static func mark(_ kind: Change.Kind) -> SchaubildMarks.Mark {
        switch kind {
        case .added: .added
        case .removed: .removed
        case .renamed, .changed: .changed
        }
    }

    /// The first entry of each id, in their order: later duplicates are an
    /// error the validator reports, and the comparison ignores them too.
    private static func firsts<Entry>(_ entries: [Entry], by id: (Entry) -> String) -> [Entry] {
        var seen = Set<String>()
        return entries.filter { seen.insert(id($0)).inserted }
    }
}
