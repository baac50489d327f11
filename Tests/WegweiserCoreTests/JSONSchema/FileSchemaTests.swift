import Testing
@testable import WegweiserCore

/// The JSON Schema follows the loader's key tables, so it cannot drift.
@Suite struct FileSchemaTests {
    static let catalog: Catalog = {
        var log = DiagnosticLog()
        return CatalogLoader.embedded(log: &log)
    }()

    /// Every record of each kind of file, by its `$defs` name ("" for the file itself).
    static let records: [FileSchema: [(String, RecordSchema)]] = [
        .district: [
            ("", Schema.districtFile), ("district", Schema.district), ("edition", Schema.edition),
            ("municipality", Schema.municipality), ("institution", Schema.institution), ("contact", Schema.contact),
            ("person", Schema.person), ("task", Schema.responsibility), ("handover", Schema.interface),
            ("offer", Schema.offer), ("committee", Schema.body),
        ],
        .catalog: [
            ("", Schema.catalogFile), ("entry", Schema.vocabularyEntry), ("glossaryEntry", Schema.glossaryEntry),
            ("task", Schema.catalogTask), ("handover", Schema.catalogInterface),
        ],
    ]

    @Test(arguments: FileSchema.allCases)
    func everyKeyTheLoaderAcceptsIsInTheSchema(_ file: FileSchema) throws {
        let document = file.document(catalog: Self.catalog)
        for (name, record) in Self.records[file]! {
            let object = try #require(name.isEmpty ? document : document["$defs"]?[name], "no $defs/\(name)")
            guard case .object(let members)? = object["properties"] else {
                Issue.record("$defs/\(name) has no properties")
                continue
            }
            #expect(members.map(\.key) == record.fields.map(\.key), "keys of \(name.isEmpty ? "the file" : name)")
            guard case .bool(false)? = object["additionalProperties"] else {
                Issue.record("$defs/\(name) allows unknown keys, which the loader rejects")
                continue
            }
            let required = record.fields.filter(\.required).map(\.key)
            if case .array(let listed)? = object["required"] {
                #expect(listed.map { if case .string(let key) = $0 { key } else { "" } } == required)
            } else {
                #expect(required.isEmpty, "\(name) lacks 'required'")
            }
        }
    }

    @Test(arguments: FileSchema.allCases)
    func definitionNamesAreUnique(_ file: FileSchema) throws {
        guard case .object(let definitions)? = file.document(catalog: Self.catalog)["$defs"] else {
            Issue.record("no $defs")
            return
        }
        let names = definitions.map(\.key)
        #expect(Set(names).count == names.count, "\(names)")
    }

    /// A key of a value or a list of values with no known format would be plain text in the schema.
    @Test func everyValueKeyHasAFormat() {
        let all = Self.records.values.flatMap { $0.map(\.1) }
        for record in all {
            for field in record.fields {
                switch field.kind {
                case .value, .textList:
                    #expect(ValueFormat.of(key: field.key) != nil, "no format for '\(field.key)' of \(record.name)")
                default:
                    break
                }
            }
        }
    }

    @Test func theDistrictSchemaListsTheCataloguesVocabulary() throws {
        let document = FileSchema.district.document(catalog: Self.catalog)
        guard case .array(let phases)? = document["$defs"]?["phase"]?["enum"] else {
            Issue.record("no enum of phases")
            return
        }
        #expect(phases.count == Self.catalog.phases.count)
        guard case .array(let kinds)? = document["$defs"]?["districtKind"]?["enum"] else {
            Issue.record("no enum of district kinds")
            return
        }
        #expect(kinds.count == 2)
        // The catalogue's own schema defines phases, so it cannot list them.
        #expect(FileSchema.catalog.document(catalog: Self.catalog)["$defs"]?["phase"]?["enum"] == nil)
    }

    @Test func jsonStringsAreEscaped() {
        #expect(JSONValue.quoted("a\"b\\c\n\u{1}ä") == "\"a\\\"b\\\\c\\n\\u0001ä\"")
        let value = JSONValue.object([
            .init("a", .array([.string("x"), .integer(1), .bool(true), .null])), .init("b", .object([])),
            .init("c", .object([.init("$ref", .string("#/$defs/text"))])),
        ])
        #expect(value.prettyPrinted() == "{\n  \"a\": [\"x\", 1, true, null],\n  \"b\": {},\n  \"c\": {\"$ref\": \"#/$defs/text\"}\n}\n")
    }
}
