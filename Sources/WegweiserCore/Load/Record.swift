/// A mapping read against its schema. Creating one reports unknown keys
/// (with did-you-mean), missing required keys and values of the wrong kind;
/// the accessors then hand out only values of the declared kind.
struct Record {
    let schema: RecordSchema
    let location: SourceLocation
    /// The value of each field of the schema, in its order: a record has a
    /// handful of keys, so finding one among the fields beats hashing it.
    private var values: [YAMLNode?]

    init?(_ node: YAMLNode, schema: RecordSchema, log: inout DiagnosticLog) {
        guard case .mapping(let pairs, let location) = node else {
            log.report(
                .wrongType, "expected \(schema.withArticle) (a mapping of keys), found \(node.kindDescription)",
                at: node.location)
            return nil
        }
        self.schema = schema
        self.location = location
        values = Array(repeating: nil, count: schema.fields.count)
        var wrongType = Set<String>()
        for (key, value) in pairs {
            guard let index = schema.fieldIndex(key.text) else {
                let known = schema.fields.map(\.key)
                log.report(
                    .unknownKey, "unknown key '\(key.text)' in \(schema.withArticle)", at: key.location,
                    suggestion: Suggestion.closest(to: key.text, among: known),
                    hint: Suggestion.closest(to: key.text, among: known) == nil
                        ? "allowed here: \(known.joined(separator: ", "))" : nil)
                continue
            }
            if case .scalar(let scalar) = value, scalar.isNull { continue }  // `key:` alone means absent
            let field = schema.fields[index]
            guard Self.fits(value, field.kind) else {
                log.report(
                    .wrongType, "'\(key.text)' must be \(field.kind.expectation), found \(value.kindDescription)",
                    at: value.location, hint: Self.hint(for: value, field.kind))
                wrongType.insert(key.text)
                continue
            }
            values[index] = value
        }
        // A required key of the wrong kind is reported once, as wrong-type.
        for (field, value) in zip(schema.fields, values) where field.required && value == nil && !wrongType.contains(field.key) {
            let given = pairs.contains { $0.key.text == field.key }
            log.report(
                .missingKey,
                given ? "'\(field.key)' of this \(schema.name) has no value" : "this \(schema.name) has no '\(field.key)'",
                at: location, hint: "add '\(field.key):' (\(field.summary))")
        }
    }

    private static func fits(_ node: YAMLNode, _ kind: FieldKind) -> Bool {
        switch (kind, node) {
        case (.text, .scalar), (.value, .scalar), (.textList, .sequence), (.recordList, .sequence),
            (.record, .mapping), (.roleMap, .mapping):
            true
        default:
            false
        }
    }

    private static func hint(for node: YAMLNode, _ kind: FieldKind) -> String? {
        switch (kind, node) {
        case (.textList, .scalar(let scalar)): "write a list: [\(scalar.text)]"
        case (.text, .sequence), (.value, .sequence): "give a single value, not a list"
        case (.text, .mapping), (.value, .mapping): "a text containing ': ' must be put in quotes"
        default: nil
        }
    }

    private func value(_ key: String) -> YAMLNode? { schema.fieldIndex(key).flatMap { values[$0] } }

    func has(_ key: String) -> Bool { value(key) != nil }

    /// Where the value of a key (of the declared kind) stands.
    func location(of key: String) -> SourceLocation? { value(key)?.location }

    /// A scalar value; nil when absent.
    func text(_ key: String) -> Text? {
        guard case .scalar(let scalar) = value(key) else { return nil }
        return scalar.located
    }

    /// A list of scalars; items of another kind are reported and skipped.
    func texts(_ key: String, log: inout DiagnosticLog) -> [Text]? {
        guard case .sequence(let items, _) = value(key) else { return nil }
        var result: [Text] = []
        for item in items {
            guard case .scalar(let scalar) = item, !scalar.isNull else {
                log.report(.wrongType, "each entry of '\(key)' must be a text, found \(item.kindDescription)", at: item.location)
                continue
            }
            result.append(scalar.located)
        }
        return result
    }

    func record(_ key: String, log: inout DiagnosticLog) -> Record? {
        guard let node = value(key), case .record(let schema) = schema.field(key)?.kind else { return nil }
        return Record(node, schema: schema, log: &log)
    }

    func records(_ key: String, log: inout DiagnosticLog) -> [Record] {
        guard case .sequence(let items, _) = value(key), case .recordList(let schema) = schema.field(key)?.kind
        else { return [] }
        return items.compactMap { Record($0, schema: schema, log: &log) }
    }

    /// `key: value` pairs of a mapping whose values are scalars.
    func pairs(_ key: String, log: inout DiagnosticLog) -> [(key: Text, value: Text)] {
        guard case .mapping(let pairs, _) = value(key) else { return [] }
        var result: [(key: Text, value: Text)] = []
        for (name, value) in pairs {
            guard case .scalar(let scalar) = value, !scalar.isNull else {
                log.report(
                    .wrongType, "the role of '\(name.text)' must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")), found \(value.kindDescription)",
                    at: value.location)
                continue
            }
            result.append((name.located, scalar.located))
        }
        return result
    }
}
