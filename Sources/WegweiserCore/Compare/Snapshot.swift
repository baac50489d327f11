/// An entry as the comparison sees it: its id, what readers call it, and
/// its fields in the order reports list them. Built from either side of a
/// comparison in the same way, so that comparing two snapshots is generic.
struct Snapshot {
    var id: String
    var title: String
    /// The institution a contact belongs to.
    var institution: String? = nil
    var fields: [Field]
    /// Content compared elsewhere that must still match for a rename (an
    /// institution's contacts).
    var hidden: [String] = []

    struct Field {
        var key: String
        var label: String
        var value: Value
    }

    /// A value compared by key and shown by label: an id shown as its name,
    /// or plain text (key and label the same).
    struct Item: Hashable {
        var key: String
        var label: String

        static func text(_ text: String) -> Item { Item(key: text, label: text) }
    }

    enum Value {
        case single(Item?)
        /// Compared as a set: reordering is no change.
        case set([Item])

        /// The form that decides equality.
        var comparable: [String] {
            switch self {
            case .single(let item): [item?.key ?? "\u{0}"]
            case .set(let items): ["\u{1}"] + Set(items.map(\.key)).sorted()
            }
        }
    }

    /// Everything but the id: equal content under another id is a rename.
    var content: [[String]] { fields.map { [$0.key] + $0.value.comparable } + [hidden] }

    /// Whether any field is given.
    var hasContent: Bool {
        !hidden.isEmpty || fields.contains { field in
            switch field.value {
            case .single(let item): item != nil
            case .set(let items): !items.isEmpty
            }
        }
    }
}

extension Snapshot.Field {
    static func text(_ key: String, _ label: String, _ text: String?) -> Self {
        .init(key: key, label: label, value: .single(text.map(Snapshot.Item.text)))
    }

    static func reference(_ key: String, _ label: String, _ id: String?, shownAs name: (String) -> String) -> Self {
        .init(key: key, label: label, value: .single(id.map { Snapshot.Item(key: $0, label: name($0)) }))
    }

    static func texts(_ key: String, _ label: String, _ texts: [String]) -> Self {
        .init(key: key, label: label, value: .set(texts.map(Snapshot.Item.text)))
    }

    static func references(_ key: String, _ label: String, _ ids: [String], shownAs name: (String) -> String) -> Self {
        .init(key: key, label: label, value: .set(ids.map { Snapshot.Item(key: $0, label: name($0)) }))
    }
}
