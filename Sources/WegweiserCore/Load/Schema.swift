/// The keys every mapping in district and catalogue files may hold: one
/// declaration that drives the unknown-key, missing-key and wrong-type checks
/// (and documents the format).
public struct RecordSchema: Sendable {
    /// How an entry of this kind is called in messages ("institution").
    public let name: String
    public let fields: [FieldSchema]

    public func field(_ key: String) -> FieldSchema? { fields.first { $0.key == key } }

    func fieldIndex(_ key: String) -> Int? { fields.firstIndex { $0.key == key } }

    /// "an institution", "a task": the name with its article, for messages.
    var withArticle: String { ("aeiou".contains(name.first ?? "x") ? "an " : "a ") + name }
}

public struct FieldSchema: Sendable {
    public let key: String
    public let kind: FieldKind
    public let required: Bool
    public let summary: String

    init(_ key: String, _ kind: FieldKind, required: Bool = false, _ summary: String) {
        self.key = key
        self.kind = kind
        self.required = required
        self.summary = summary
    }
}

public indirect enum FieldKind: Sendable {
    /// Free text, taken exactly as written.
    case text
    /// A value with a fixed meaning checked later (ids, dates, URLs, enums).
    case value
    case textList
    case record(RecordSchema)
    case recordList(RecordSchema)
    /// `key: role` pairs (a task's `roles`).
    case roleMap

    var expectation: String {
        switch self {
        case .text, .value: "a text"
        case .textList: "a list"
        case .record, .roleMap: "a mapping of keys"
        case .recordList: "a list of entries"
        }
    }
}

public enum Schema {
    public static let person = RecordSchema(name: "person", fields: [
        FieldSchema("name", .text, "full name (internal edition only)"),
        FieldSchema("email", .value, "direct e-mail address"),
        FieldSchema("phone", .value, "direct phone number"),
        FieldSchema("address", .text, "room or postal address"),
    ])

    public static let contact = RecordSchema(name: "contact", fields: [
        FieldSchema("function", .text, required: true, "the contact's function, unique within its institution"),
        FieldSchema("email", .value, "functional e-mail address"),
        FieldSchema("phone", .value, "functional phone number"),
        FieldSchema("web", .value, "http(s) address"),
        FieldSchema("address", .text, "visiting or postal address"),
        FieldSchema("languages", .textList, "languages spoken, e.g. [de, en, uk]"),
        FieldSchema("verified", .value, "YYYY-MM-DD: when someone last checked this contact"),
        FieldSchema("person", .record(person), "personal data, internal edition only"),
        FieldSchema("note", .text, "a remark"),
    ])

    public static let municipality = RecordSchema(name: "municipality", fields: [
        FieldSchema("name", .text, required: true, "name of the Gemeinde"),
        FieldSchema("contact", .record(contact), "its registration office or Bürgerbüro"),
    ])

    public static let edition = RecordSchema(name: "edition", fields: [
        FieldSchema("version", .text, "version of the paper, e.g. \"2.0\""),
        FieldSchema("date", .value, "YYYY-MM-DD; also the reference date for stale contacts"),
        FieldSchema("publisher", .text, "who publishes the paper"),
    ])

    public static let district = RecordSchema(name: "district", fields: [
        FieldSchema("id", .value, required: true, "equal to the folder name"),
        FieldSchema("name", .text, required: true, "e.g. Landkreis Meißen"),
        FieldSchema("state", .text, "the Land, free text"),
        FieldSchema("kind", .value, required: true, "landkreis | kreisfreie-stadt"),
        FieldSchema("jobcenter_model", .value, required: true, "ge (gemeinsame Einrichtung) | zkt (Optionskommune)"),
        FieldSchema("edition", .record(edition), "version, date, publisher"),
        FieldSchema("goals", .textList, "the goals of the paper, in order"),
        FieldSchema("municipalities", .recordList(municipality), "the Gemeinden (Landkreis only)"),
        FieldSchema("exclude_tasks", .textList, "catalogue tasks that do not apply here"),
        FieldSchema("exclude_interfaces", .textList, "catalogue handovers that do not apply here"),
    ])

    public static let institution = RecordSchema(name: "institution", fields: [
        FieldSchema("id", .value, required: true, "unique id, lower-case kebab case"),
        FieldSchema("name", .text, required: true, "full name"),
        FieldSchema("short", .text, "short label for the matrix columns, e.g. JC"),
        FieldSchema("type", .value, "kind of institution (see the type list)"),
        FieldSchema("part_of", .value, "the institution this one is a unit of"),
        FieldSchema("functions", .textList, "catalogue functions this institution holds"),
        FieldSchema("carriers", .textList, "the carriers of a gemeinsame Einrichtung"),
        FieldSchema("address", .text, "postal address"),
        FieldSchema("web", .value, "http(s) address"),
        FieldSchema("target_groups", .textList, "target groups it serves"),
        FieldSchema("note", .text, "a remark"),
        FieldSchema("contacts", .recordList(contact), "functional contacts"),
    ])

    static func task(name: String, catalogue: Bool) -> RecordSchema {
        RecordSchema(name: name, fields: [
            FieldSchema("id", .value, required: true, "unique id; a catalogue id overrides that task"),
            FieldSchema("title", .text, required: catalogue, "what is done"),
            FieldSchema("phase", .value, required: catalogue, "a phase id: the matrix row group"),
            FieldSchema("target_groups", .textList, "target group ids"),
            FieldSchema("legal_basis", .text, "e.g. § 4a AufenthG"),
            FieldSchema("roles", .roleMap, required: catalogue, "institution or function id: lead | involved | advises | informed"),
            FieldSchema("note", .text, "a remark"),
        ])
    }

    static func handover(name: String, catalogue: Bool) -> RecordSchema {
        RecordSchema(name: name, fields: [
            FieldSchema("id", .value, required: true, "unique id; a catalogue id overrides that handover"),
            FieldSchema("from", .value, required: catalogue, "sender: institution or function id"),
            FieldSchema("to", .value, required: catalogue, "receiver: institution or function id"),
            FieldSchema("subject", .text, required: catalogue, "what the handover is about"),
            FieldSchema("trigger", .text, "the event that starts it"),
            FieldSchema("transfers", .textList, "what is handed over"),
            FieldSchema("legal_basis", .text, "e.g. § 7 SGB II"),
            FieldSchema("note", .text, "a remark"),
        ])
    }

    public static let responsibility = task(name: "task", catalogue: false)
    public static let catalogTask = task(name: "task", catalogue: true)
    public static let interface = handover(name: "handover", catalogue: false)
    public static let catalogInterface = handover(name: "handover", catalogue: true)

    public static let offer = RecordSchema(name: "offer", fields: [
        FieldSchema("id", .value, required: true, "unique id"),
        FieldSchema("title", .text, required: true, "name of the offer"),
        FieldSchema("provider", .value, required: true, "institution or function id"),
        FieldSchema("phase", .value, "a phase id"),
        FieldSchema("target_groups", .textList, "target group ids"),
        FieldSchema("access", .text, "how people get access"),
        FieldSchema("web", .value, "http(s) address"),
        FieldSchema("note", .text, "a remark"),
    ])

    public static let body = RecordSchema(name: "committee", fields: [
        FieldSchema("id", .value, required: true, "unique id"),
        FieldSchema("name", .text, required: true, "name of the committee or network"),
        FieldSchema("members", .textList, required: true, "institution or function ids"),
        FieldSchema("chair", .textList, "members who chair it; several: rotating, in this order"),
        FieldSchema("secretariat", .value, "institution or function id of its office"),
        FieldSchema("rhythm", .text, "how often it meets"),
        FieldSchema("web", .value, "http(s) address"),
        FieldSchema("note", .text, "a remark"),
    ])

    /// Any file of a district folder. `district` is allowed in district.yaml only.
    public static let districtFile = RecordSchema(name: "district file", fields: [
        FieldSchema("district", .record(district), "the district itself (district.yaml only)"),
        FieldSchema("institutions", .recordList(institution), "institutions, units and partners"),
        FieldSchema("responsibilities", .recordList(responsibility), "tasks added or overridden"),
        FieldSchema("interfaces", .recordList(interface), "handovers added or overridden"),
        FieldSchema("offers", .recordList(offer), "offers (Angebote)"),
        FieldSchema("bodies", .recordList(body), "committees and networks (Gremien)"),
    ])

    public static let vocabularyEntry = RecordSchema(name: "entry", fields: [
        FieldSchema("id", .value, required: true, "unique id"),
        FieldSchema("label", .text, required: true, "German label"),
    ])

    public static let glossaryEntry = RecordSchema(name: "glossary entry", fields: [
        FieldSchema("term", .text, required: true, "the abbreviation, e.g. SGB II"),
        FieldSchema("definition", .text, required: true, "what it stands for"),
    ])

    /// Any file of the catalogue folder (vocabulary.yaml, tasks.yaml, …).
    public static let catalogFile = RecordSchema(name: "catalogue file", fields: [
        FieldSchema("phases", .recordList(vocabularyEntry), "matrix row groups, in this order"),
        FieldSchema("target_groups", .recordList(vocabularyEntry), "target groups"),
        FieldSchema("functions", .recordList(vocabularyEntry), "abstract roles that districts bind"),
        FieldSchema("glossary", .recordList(glossaryEntry), "abbreviations explained in the paper"),
        FieldSchema("tasks", .recordList(catalogTask), "standard tasks (matrix rows)"),
        FieldSchema("interfaces", .recordList(catalogInterface), "standard handovers"),
    ])
}
