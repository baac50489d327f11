/// The JSON Schema (draft 2020-12) of one kind of file, derived from the
/// loader's own key tables (`Schema`), so that it cannot drift from what
/// `validate` accepts. Editors need one schema per file, so there are two
/// documents: district files and catalogue files.
public enum FileSchema: String, CaseIterable, Sendable {
    /// Any file of a district folder: district.yaml and every contribution.
    case district
    /// Any file of the catalogue folder.
    case catalog

    /// Where the committed schema lives, relative to the repository root.
    public var committedPath: String { "schema/wegweiser-\(rawValue).schema.json" }

    /// The schema document. The district schema lists the phases, target
    /// groups and functions of `catalog` as enums.
    public func document(catalog: Catalog) -> JSONValue {
        var builder = Builder(vocabulary: self == .district ? SchemaVocabulary(catalog) : nil)
        let root = self == .district ? Schema.districtFile : Schema.catalogFile
        let properties = builder.properties(of: root)
        var members: [JSONValue.Member] = [
            .init("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            .init("$id", .string("https://wegweiser.example/\(committedPath)")),
            .init("title", .string(title)),
            .init("description", .string(description)),
            // An empty file (or one with only comments) is a valid, empty contribution.
            .init("type", .array([.string("object"), .string("null")])),
            .init("properties", properties),
            .init("additionalProperties", .bool(false)),
        ]
        members.append(.init("$defs", .object(builder.definitions())))
        return .object(members)
    }

    private var title: String {
        self == .district ? "wegweiser district file" : "wegweiser catalogue file"
    }

    private var description: String {
        switch self {
        case .district:
            "A file of a district folder (Districts/<id>/*.yaml): district.yaml with the 'district:' block, or a contribution whose lists are added to the district's. See docs/format.md."
        case .catalog:
            "A file of the catalogue folder (Districts/_catalog/*.yaml): phases, target groups, functions, glossary, standard tasks and handovers. See docs/format.md."
        }
    }

    /// Collects the `$defs` while it turns records into schemas.
    private struct Builder {
        let vocabulary: SchemaVocabulary?
        private var records: [(name: String, schema: JSONValue)] = []
        private var formats: Set<ValueFormat> = []

        init(vocabulary: SchemaVocabulary?) {
            self.vocabulary = vocabulary
        }

        mutating func properties(of record: RecordSchema) -> JSONValue {
            .object(record.fields.map { .init($0.key, property($0)) })
        }

        func definitions() -> [JSONValue.Member] {
            let values = ValueFormat.allCases.filter(formats.contains).map {
                JSONValue.Member($0.rawValue, $0.definition(vocabulary: vocabulary))
            }
            let absent = JSONValue.Member("absent", .object([
                .init("description", .string("`key:` with nothing after it (or ~, null): the key is absent.")),
                .init("type", .string("null")),
            ]))
            return records.map { .init($0.name, $0.schema) } + values + [absent]
        }

        private mutating func property(_ field: FieldSchema) -> JSONValue {
            let value = schema(of: field)
            let description = JSONValue.Member("description", .string(field.summary))
            if field.required {
                guard case .object(let members) = value else { return value }
                return .object([description] + members)
            }
            return .object([description, .init("anyOf", .array([value, Self.reference("absent")]))])
        }

        private mutating func schema(of field: FieldSchema) -> JSONValue {
            switch field.kind {
            case .text:
                return format(.text)
            case .value:
                return format(ValueFormat.of(key: field.key) ?? .text)
            case .textList:
                return .object([.init("type", .string("array")), .init("items", format(ValueFormat.of(key: field.key) ?? .text))])
            case .record(let nested):
                return record(nested)
            case .recordList(let nested):
                return .object([.init("type", .string("array")), .init("items", record(nested))])
            case .roleMap:
                return .object([
                    .init("type", .string("object")),
                    .init("propertyNames", format(.id)),
                    .init("additionalProperties", format(.role)),
                ])
            }
        }

        private mutating func format(_ format: ValueFormat) -> JSONValue {
            formats.insert(format)
            return Self.reference(format.rawValue)
        }

        private mutating func record(_ record: RecordSchema) -> JSONValue {
            let name = Self.definitionName(record.name)
            if !records.contains(where: { $0.name == name }) {
                records.append((name, .null))  // reserved first: records may nest
                let index = records.count - 1
                var members: [JSONValue.Member] = [
                    .init("description", .string(record.withArticle.prefix(1).uppercased() + record.withArticle.dropFirst())),
                    .init("type", .string("object")),
                ]
                let required = record.fields.filter(\.required).map { JSONValue.string($0.key) }
                if !required.isEmpty { members.append(.init("required", .array(required))) }
                members.append(.init("properties", properties(of: record)))
                members.append(.init("additionalProperties", .bool(false)))
                records[index].schema = .object(members)
            }
            return Self.reference(name)
        }

        static func reference(_ name: String) -> JSONValue {
            .object([.init("$ref", .string("#/$defs/\(name)"))])
        }

        /// "glossary entry" → "glossaryEntry".
        static func definitionName(_ name: String) -> String {
            let words = name.split(separator: " ")
            return words.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }
                .joined()
        }
    }
}
