/// The `$defs` entry of each value format. Patterns mirror the validator's
/// checks (format.md, "Values"); scalars that a YAML 1.2 editor reads as
/// numbers or booleans are allowed where wegweiser takes them as text.
extension ValueFormat {
    static let idPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"

    func definition(vocabulary: SchemaVocabulary?) -> JSONValue {
        switch self {
        case .text:
            return object(
                "Text, taken exactly as written: `version: 2.0` is the text \"2.0\".",
                ("type", .array([.string("string"), .string("number"), .string("boolean")])))
        case .id:
            return Self.idSchema("An id: lower-case kebab case, at most 64 characters, e.g. agentur-riesa.")
        case .reference:
            return Self.idSchema("An institution id, or a function id: then every institution bound to that function.")
        case .institutionReference:
            return Self.idSchema("The id of an institution of this district.")
        case .date:
            return object(
                "A date, YYYY-MM-DD.", ("type", .string("string")),
                ("pattern", .string("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")))
        case .email:
            return object(
                "An e-mail address: one @, a dotted domain, no spaces.", ("type", .string("string")),
                ("pattern", .string("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$")))
        case .phone:
            return object(
                "A phone number: digits, spaces and + - / ( ), at least five digits; best quoted: \"+49 341 123-4567\".",
                ("type", .array([.string("string"), .string("integer")])),
                ("pattern", .string("^\\+?[ ()/-]*([0-9][ ()/-]*){5,}$")), ("minimum", .integer(0)))
        case .web:
            return object(
                "A web address with http:// or https://; no other scheme.", ("type", .string("string")),
                ("pattern", .string("^[hH][tT][tT][pP][sS]?://[^\\s<>`\\\\]+$")))
        case .districtKind:
            return Self.choice(
                "Landkreis or kreisfreie Stadt.",
                DistrictKind.allCases.map { ($0.rawValue, $0 == .landkreis ? "Landkreis mit kreisangehörigen Gemeinden" : "Kreisfreie Stadt") })
        case .jobcenterModel:
            return Self.choice(
                "Who carries the Jobcenter (§ 6 SGB II).",
                [("ge", "gemeinsame Einrichtung von Agentur für Arbeit und Kommune (§ 44b SGB II)"),
                 ("zkt", "zugelassener kommunaler Träger, Optionskommune (§ 6a SGB II)")])
        case .institutionType:
            return Self.choice(
                "Kind of institution: its shape in the Schaubild; kreisverwaltung or stadtverwaltung marks the district's own administration.",
                InstitutionType.allCases.map { ($0.rawValue, GermanText.kindLabel($0)) })
        case .role:
            return Self.choice("The role in a task.", Role.allCases.map { ($0.rawValue, $0.label) })
        case .phase, .targetGroup, .function:
            guard let entries = vocabulary?.entries(for: self) else {
                return Self.idSchema(vocabularyDescription + " (an id of the catalogue).")
            }
            return Self.choice(vocabularyDescription + " of the catalogue.", entries)
        }
    }

    private var vocabularyDescription: String {
        switch self {
        case .phase: "A phase: a row group of the matrix"
        case .targetGroup: "A target group"
        default: "A function"
        }
    }

    private func object(_ description: String, _ members: (String, JSONValue)...) -> JSONValue {
        .object([.init("description", .string(description))] + members.map { .init($0.0, $0.1) })
    }

    static func idSchema(_ description: String) -> JSONValue {
        .object([
            .init("description", .string(description)),
            // A YAML 1.2 editor reads `id: 2024` as a number; wegweiser reads the text "2024".
            .init("type", .array([.string("string"), .string("integer")])),
            .init("pattern", .string(idPattern)), .init("maxLength", .integer(64)), .init("minimum", .integer(0)),
        ])
    }

    /// An enum with a German description per value, shown by editors that know `enumDescriptions`.
    static func choice(_ description: String, _ values: [(value: String, label: String)]) -> JSONValue {
        .object([
            .init("description", .string(description)), .init("type", .string("string")),
            .init("enum", .array(values.map { .string($0.value) })),
            .init("enumDescriptions", .array(values.map { .string($0.label) })),
        ])
    }
}

/// The catalogue's phases, target groups and functions, for the enums of the district schema.
struct SchemaVocabulary: Sendable {
    var phases: [VocabularyEntry]
    var targetGroups: [VocabularyEntry]
    var functions: [VocabularyEntry]

    init(_ catalog: Catalog) {
        phases = catalog.phases
        targetGroups = catalog.targetGroups
        functions = catalog.functions
    }

    func entries(for format: ValueFormat) -> [(value: String, label: String)]? {
        let list: [VocabularyEntry]
        switch format {
        case .phase: list = phases
        case .targetGroup: list = targetGroups
        case .function: list = functions
        default: return nil
        }
        return list.map { ($0.id.value, $0.label.value) }
    }
}
