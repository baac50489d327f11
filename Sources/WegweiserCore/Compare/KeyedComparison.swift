/// Compares two lists of snapshots of one section by id: what was added,
/// removed, renamed (same content under a new id) and changed field by field.
/// Positions never matter.
struct KeyedComparison {
    var changes: [Change] = []
    /// Old id → new id, for every rename found.
    var renames: [String: String] = [:]

    init(_ section: Change.Section, old: [Snapshot], new: [Snapshot]) {
        let oldByID = Self.byID(old)
        let newByID = Self.byID(new)
        var removed = oldByID.keys.filter { newByID[$0] == nil }.sorted(by: Self.byteOrder)
        var added = newByID.keys.filter { oldByID[$0] == nil }.sorted(by: Self.byteOrder)

        // An entry with nothing but its id (a Gemeinde without contact) says nothing to match on.
        for oldID in removed where oldByID[oldID]!.hasContent {
            let content = oldByID[oldID]!.content
            guard let newID = added.first(where: { newByID[$0]!.content == content }) else { continue }
            renames[oldID] = newID
            added.removeAll { $0 == newID }
            let entry = newByID[newID]!
            changes.append(Change(
                section: section, kind: .renamed, id: newID, oldID: oldID, title: entry.title,
                institution: entry.institution))
        }
        removed.removeAll { renames[$0] != nil }
        for id in added {
            let entry = newByID[id]!
            changes.append(Change(section: section, kind: .added, id: id, title: entry.title, institution: entry.institution))
        }
        for id in removed {
            let entry = oldByID[id]!
            changes.append(Change(section: section, kind: .removed, id: id, title: entry.title, institution: entry.institution))
        }
        for (id, entry) in newByID {
            guard let before = oldByID[id] else { continue }
            let fields = Self.fieldChanges(before.fields, entry.fields)
            if !fields.isEmpty {
                changes.append(Change(
                    section: section, kind: .changed, id: id, title: entry.title, institution: entry.institution,
                    fields: fields))
            }
        }
        changes.sort { Self.byteOrder($0.id, $1.id) }
    }

    /// The first entry of each id: later duplicates are an error the validator reports.
    private static func byID(_ snapshots: [Snapshot]) -> [String: Snapshot] {
        Dictionary(snapshots.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Field by field, in the order of the new side's fields.
    static func fieldChanges(_ old: [Snapshot.Field], _ new: [Snapshot.Field]) -> [FieldChange] {
        let before = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [FieldChange] = []
        for field in new {
            let previous = before[field.key]?.value ?? .single(nil)
            switch (previous, field.value) {
            case (.single(let a), .single(let b)):
                if a?.key != b?.key {
                    result.append(FieldChange(field: field.key, label: field.label, old: a?.label, new: b?.label))
                }
            case (.set(let a), .set(let b)):
                let oldKeys = Set(a.map(\.key))
                let newKeys = Set(b.map(\.key))
                let added = labels(of: b.filter { !oldKeys.contains($0.key) })
                let removed = labels(of: a.filter { !newKeys.contains($0.key) })
                if !added.isEmpty || !removed.isEmpty {
                    result.append(FieldChange(field: field.key, label: field.label, added: added, removed: removed))
                }
            default:
                result.append(FieldChange(field: field.key, label: field.label, old: previous.shown, new: field.value.shown))
            }
        }
        return result
    }

    /// Each label once, in German dictionary order.
    private static func labels(of items: [Snapshot.Item]) -> [String] {
        Array(Set(items.map(\.label))).sorted { (GermanText.sortKey($0), $0) < (GermanText.sortKey($1), $1) }
    }

    static func byteOrder(_ a: String, _ b: String) -> Bool { Array(a.utf8).lexicographicallyPrecedes(b.utf8) }
}

extension Snapshot.Value {
    /// The value as one line of text.
    var shown: String? {
        switch self {
        case .single(let item): item?.label
        case .set(let items): items.isEmpty ? nil : GermanText.list(items.map(\.label))
        }
    }
}
